import { and, eq, gte, lte } from 'drizzle-orm';
import type { Meeting, MeetingSeries, Occurrence, PageQuery, meetingSeriesInput, meetingSeriesPatch } from '@ci/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { meetings, meetingSeries } from '../../db/schema/index.js';
import { Conflict, found, Unprocessable, ValidationError } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';
import { assertInInitiative } from '../activities/initiative-references.js';
import { insertMeeting } from '../meetings/meetings.repository.js';
import { expandOccurrences, isOccurrence, validRecurrence } from './recurrence.js';

type SeriesInput = z.output<typeof meetingSeriesInput>;
type SeriesPatch = z.output<typeof meetingSeriesPatch>;
type SeriesRow = typeof meetingSeries.$inferSelect;

const NEXT_OCCURRENCES = 4;

export function toSeries(row: SeriesRow, now = new Date()): MeetingSeries {
  const { initiativeId: _initiativeId, ...rest } = row;
  return {
    ...rest,
    kind: row.kind as MeetingSeries['kind'],
    nextOccurrences: expandOccurrences(row, { from: now, limit: NEXT_OCCURRENCES }),
  };
}

/** Meeting times are kept to the second: occurrences are matched by exact instant. */
function toSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** One page of the series by name. */
export async function listSeries(db: DbOrTx, initiativeId: string, query: PageQuery) {
  const ks = keyset([{ key: meetingSeries.name }, { key: meetingSeries.id }], query);
  const found = await db
    .select({ series: meetingSeries, pageKey: ks.pageKey })
    .from(meetingSeries)
    .where(and(eq(meetingSeries.initiativeId, initiativeId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, query);
  const now = new Date();
  const items: MeetingSeries[] = [];
  for (const r of rows) {
    items.push(toSeries(r.series, now));
    // Each series' expansion is bounded; letting other requests in between keeps a long list from
    // holding the event loop for their sum.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { items, nextCursor };
}

async function seriesRow(db: DbOrTx, initiativeId: string, id: string, lock = false): Promise<SeriesRow> {
  const q = db
    .select()
    .from(meetingSeries)
    .where(and(eq(meetingSeries.initiativeId, initiativeId), eq(meetingSeries.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return found(row, 'Meeting series');
}

export async function getSeries(db: DbOrTx, initiativeId: string, id: string): Promise<MeetingSeries> {
  return toSeries(await seriesRow(db, initiativeId, id));
}

export async function createSeries(tx: DbOrTx, initiativeId: string, input: SeriesInput): Promise<MeetingSeries> {
  const startsAt = toSecond(input.startsAt);
  const rrule = validRecurrence({ rrule: input.rrule, startsAt, timezone: input.timezone });
  await assertInInitiative(tx, initiativeId, [{ kind: 'workingGroup', id: input.workingGroupId, field: 'body.workingGroupId' }]);
  const [row] = await tx
    .insert(meetingSeries)
    .values({ ...input, rrule, startsAt, initiativeId })
    .returning();
  return toSeries(row);
}

export async function updateSeries(tx: DbOrTx, initiativeId: string, id: string, patch: SeriesPatch) {
  const beforeRow = await seriesRow(tx, initiativeId, id, true);
  const changes = { ...patch };
  if (changes.startsAt) changes.startsAt = toSecond(changes.startsAt);
  if (changes.rrule !== undefined || changes.startsAt || changes.timezone) {
    changes.rrule = validRecurrence({
      rrule: changes.rrule ?? beforeRow.rrule,
      startsAt: changes.startsAt ?? beforeRow.startsAt,
      timezone: changes.timezone ?? beforeRow.timezone,
    });
  }
  await assertInInitiative(tx, initiativeId, [{ kind: 'workingGroup', id: changes.workingGroupId, field: 'body.workingGroupId' }]);
  const [row] = await tx
    .update(meetingSeries)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(meetingSeries.id, id))
    .returning();
  return { before: toSeries(beforeRow), after: toSeries(row) };
}

/** Meetings created from the series keep their record; they just no longer belong to a series. */
export async function deleteSeries(tx: DbOrTx, initiativeId: string, id: string): Promise<MeetingSeries> {
  const before = await seriesRow(tx, initiativeId, id, true);
  await tx.delete(meetingSeries).where(eq(meetingSeries.id, id));
  return toSeries(before);
}

export async function listOccurrences(
  db: DbOrTx,
  initiativeId: string,
  id: string,
  range: { from?: Date; to?: Date; limit: number },
): Promise<Occurrence[]> {
  const row = await seriesRow(db, initiativeId, id);
  const starts = expandOccurrences(row, { from: range.from ?? new Date(), to: range.to, limit: range.limit });
  if (starts.length === 0) return [];
  const created = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.seriesId, id), gte(meetings.startsAt, starts[0]), lte(meetings.startsAt, starts[starts.length - 1])));
  const byStart = new Map(created.map((m) => [m.startsAt.getTime(), m.id]));
  return starts.map((startsAt) => ({
    startsAt,
    endsAt: new Date(startsAt.getTime() + row.durationMinutes * 60_000),
    meetingId: byStart.get(startsAt.getTime()) ?? null,
  }));
}

/**
 * The meeting of one occurrence, with the series' title, kind, place, duration and default agenda.
 * Without `startsAt`: the next occurrence from now that has no meeting yet.
 */
export async function createMeetingForOccurrence(
  tx: DbOrTx,
  initiativeId: string,
  id: string,
  startsAt: Date | undefined,
  now = new Date(),
): Promise<Meeting> {
  // Locking the series makes two simultaneous requests pick different occurrences.
  const series = await seriesRow(tx, initiativeId, id, true);
  const existing = await tx.select({ id: meetings.id, startsAt: meetings.startsAt }).from(meetings).where(eq(meetings.seriesId, id));
  const taken = new Map(existing.map((m) => [m.startsAt.getTime(), m.id]));
  let at: Date | undefined;
  if (startsAt) {
    if (!isOccurrence(series, startsAt)) {
      throw new ValidationError('Not an occurrence of the series', [
        { field: 'body.startsAt', message: `The series ${series.rrule} does not meet at ${startsAt.toISOString()}` },
      ]);
    }
    const meetingId = taken.get(startsAt.getTime());
    if (meetingId) throw new Conflict('A meeting already exists for this occurrence', { meetingId });
    at = startsAt;
  } else {
    const upcoming = expandOccurrences(series, { from: now, limit: taken.size + 1 });
    at = upcoming.find((d) => !taken.has(d.getTime()));
    if (!at) throw new Unprocessable('The series has no further occurrences without a meeting');
  }
  return insertMeeting(tx, initiativeId, {
    seriesId: series.id,
    title: series.name,
    kind: series.kind as Meeting['kind'],
    startsAt: at,
    endsAt: new Date(at.getTime() + series.durationMinutes * 60_000),
    place: series.place,
    status: 'planned',
    minutes: '',
    agendaItems: series.defaultAgenda.map((title) => ({ title, notes: '', durationMinutes: null, indicatorId: null, ideaId: null })),
  });
}
