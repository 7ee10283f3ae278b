// Meeting packs: the report PDF as it was shown at a meeting, stored once and never changed.
import { and, eq } from 'drizzle-orm';
import type { MeetingPack, PageQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { meetingPacks, meetings } from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

const columns = {
  id: meetingPacks.id,
  meetingId: meetingPacks.meetingId,
  fileName: meetingPacks.fileName,
  sizeBytes: meetingPacks.sizeBytes,
  fromPeriod: meetingPacks.fromPeriod,
  toPeriod: meetingPacks.toPeriod,
  createdBy: meetingPacks.createdBy,
  createdAt: meetingPacks.createdAt,
};

export async function findMeeting(db: DbOrTx, initiativeId: string, meetingId: string) {
  const [row] = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.initiativeId, initiativeId), eq(meetings.id, meetingId)));
  return found(row, 'Meeting');
}

/** One page of a meeting's packs, newest first. */
export async function listPacks(db: DbOrTx, meetingId: string, query: PageQuery) {
  const ks = keyset([{ key: meetingPacks.createdAt, desc: true }, { key: meetingPacks.id, desc: true }], query);
  const rows = await db
    .select({ ...columns, pageKey: ks.pageKey })
    .from(meetingPacks)
    .where(and(eq(meetingPacks.meetingId, meetingId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: items, nextCursor } = page(rows, query);
  return { items: items as MeetingPack[], nextCursor };
}

export async function packFile(db: DbOrTx, meetingId: string, packId: string) {
  const [row] = await db
    .select({ fileName: meetingPacks.fileName, contentBase64: meetingPacks.contentBase64 })
    .from(meetingPacks)
    .where(and(eq(meetingPacks.meetingId, meetingId), eq(meetingPacks.id, packId)));
  const pack = found(row, 'Meeting pack');
  return { fileName: pack.fileName, bytes: Buffer.from(pack.contentBase64, 'base64') };
}

export async function packById(db: DbOrTx, meetingId: string, packId: string): Promise<MeetingPack | undefined> {
  const [row] = await db
    .select(columns)
    .from(meetingPacks)
    .where(and(eq(meetingPacks.meetingId, meetingId), eq(meetingPacks.id, packId)));
  return row;
}

/** `id`: the id of the job that rendered it, so the request waiting for the job finds the pack. */
export async function insertPack(
  tx: DbOrTx,
  pack: { id?: string; meetingId: string; fileName: string; bytes: Buffer; fromPeriod: string | null; toPeriod: string | null; createdBy: string },
): Promise<MeetingPack> {
  const [row] = await tx
    .insert(meetingPacks)
    .values({
      id: pack.id,
      meetingId: pack.meetingId,
      fileName: pack.fileName,
      contentBase64: pack.bytes.toString('base64'),
      sizeBytes: pack.bytes.length,
      fromPeriod: pack.fromPeriod,
      toPeriod: pack.toPeriod,
      createdBy: pack.createdBy,
    })
    .returning(columns);
  return row;
}
