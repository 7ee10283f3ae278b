import { and, asc, eq, getTableColumns, gt, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AttendancePeriod, Meeting, MeetingListItem, agendaItemInput, meetingInput, meetingListQuery, meetingPatch } from '@ci/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { actionItems, actors, agendaItems, decisions, meetingAttendance, meetings } from '../../db/schema/index.js';
import { found, ValidationError } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';
import { assertInInitiative, type Reference } from '../activities/initiative-references.js';

export type MeetingValues = z.output<typeof meetingInput>;
type MeetingPatch = z.output<typeof meetingPatch>;
type AgendaItemInput = z.output<typeof agendaItemInput>;
type MeetingListQuery = z.output<typeof meetingListQuery>;
type MeetingRow = typeof meetings.$inferSelect;

function base(row: MeetingRow) {
  return {
    id: row.id,
    seriesId: row.seriesId,
    title: row.title,
    kind: row.kind as Meeting['kind'],
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place,
    status: row.status as Meeting['status'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

type ChildTable = typeof agendaItems | typeof meetingAttendance | typeof decisions | typeof actionItems;

function countOf(table: ChildTable, extra: SQL = sql``) {
  // Qualified by hand: inside the subquery an unqualified "id" would be the child table's own.
  return sql<number>`(select count(*)::int from ${table} where ${table.meetingId} = ${sql.identifier('meetings')}.${sql.identifier('id')}${extra})`;
}

const listSelection = {
  ...getTableColumns(meetings),
  agendaItemCount: countOf(agendaItems),
  attendanceCount: countOf(meetingAttendance),
  peopleCount: sql<number>`(select coalesce(sum(${meetingAttendance.people}), 0)::int from ${meetingAttendance} where ${meetingAttendance.meetingId} = ${meetings.id})`,
  decisionCount: countOf(decisions),
  actionItemCount: countOf(actionItems),
  openActionItemCount: countOf(actionItems, sql` and ${actionItems.done} = false`),
};

/** The meeting's attendance lists the actor with at least one person. */
function attendedBy(actorId: string) {
  return sql`exists (select 1 from ${meetingAttendance} where ${meetingAttendance.meetingId} = ${meetings.id} and ${meetingAttendance.actorId} = ${actorId} and ${meetingAttendance.people} > 0)`;
}

/** Meetings in time order; `from`/`to` select those overlapping the range. */
export async function listMeetings(db: DbOrTx, initiativeId: string, query: MeetingListQuery, now = new Date()) {
  const conditions: SQL[] = [eq(meetings.initiativeId, initiativeId)];
  if (query.from) conditions.push(gte(meetings.endsAt, query.from));
  if (query.to) conditions.push(lt(meetings.startsAt, query.to));
  if (query.seriesId) conditions.push(eq(meetings.seriesId, query.seriesId));
  if (query.kind) conditions.push(eq(meetings.kind, query.kind));
  if (query.upcoming === true) conditions.push(gte(meetings.endsAt, now));
  if (query.upcoming === false) conditions.push(lt(meetings.endsAt, now));
  if (query.indicatorId) {
    conditions.push(sql`exists (select 1 from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id} and ${agendaItems.indicatorId} = ${query.indicatorId})`);
  }
  if (query.actorId) conditions.push(attendedBy(query.actorId));
  const ks = keyset([{ key: meetings.startsAt }, { key: meetings.id }], query);
  const found = await db
    .select({ ...listSelection, pageKey: ks.pageKey })
    .from(meetings)
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, query);
  const items: MeetingListItem[] = rows.map((r) => ({
    ...base(r),
    agendaItemCount: r.agendaItemCount,
    attendanceCount: r.attendanceCount,
    peopleCount: r.peopleCount,
    decisionCount: r.decisionCount,
    actionItemCount: r.actionItemCount,
    openActionItemCount: r.openActionItemCount,
  }));
  return { items, nextCursor };
}

export async function getMeeting(db: DbOrTx, initiativeId: string, id: string): Promise<Meeting | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.initiativeId, initiativeId), eq(meetings.id, id)));
  if (!row) return undefined;
  const agenda = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  const present = await db
    .select({ actorId: meetingAttendance.actorId, people: meetingAttendance.people })
    .from(meetingAttendance)
    .innerJoin(actors, eq(actors.id, meetingAttendance.actorId))
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(actors.name));
  const decided = await db
    .select({ id: decisions.id, position: decisions.position, text: decisions.text })
    .from(decisions)
    .where(eq(decisions.meetingId, id))
    .orderBy(asc(decisions.position), asc(decisions.id));
  const actions = await db
    .select()
    .from(actionItems)
    .where(eq(actionItems.meetingId, id))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));
  return {
    ...base(row),
    minutes: row.minutes,
    agendaItems: agenda.map(({ meetingId: _m, ...a }) => a),
    attendance: present,
    decisions: decided,
    actionItems: actions.map(({ meetingId: _m, createdAt: _c, ...a }) => a),
  };
}

/** The meeting row, locked for the rest of the transaction; 404 when it is not the initiative's. */
export async function lockMeeting(tx: DbOrTx, initiativeId: string, id: string): Promise<MeetingRow> {
  const [row] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.initiativeId, initiativeId), eq(meetings.id, id)))
    .for('update');
  return found(row, 'Meeting');
}

function agendaReferences(items: AgendaItemInput[] | undefined): Reference[] {
  return (items ?? []).flatMap((item, i): Reference[] => [
    { kind: 'indicator', id: item.indicatorId, field: `body.agendaItems.${i}.indicatorId` },
    { kind: 'idea', id: item.ideaId, field: `body.agendaItems.${i}.ideaId` },
  ]);
}

async function writeAgenda(tx: DbOrTx, meetingId: string, items: AgendaItemInput[]) {
  await tx.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  if (items.length === 0) return;
  await tx.insert(agendaItems).values(items.map((item, position) => ({ ...item, meetingId, position })));
}

export async function insertMeeting(tx: DbOrTx, initiativeId: string, values: MeetingValues): Promise<Meeting> {
  await assertInInitiative(tx, initiativeId, [
    { kind: 'meetingSeries', id: values.seriesId, field: 'body.seriesId' },
    ...agendaReferences(values.agendaItems),
  ]);
  const { agendaItems: agenda, ...fields } = values;
  const [row] = await tx
    .insert(meetings)
    .values({ ...fields, initiativeId })
    .returning({ id: meetings.id });
  await writeAgenda(tx, row.id, agenda);
  return found(await getMeeting(tx, initiativeId, row.id), 'Meeting');
}

export async function updateMeeting(
  tx: DbOrTx,
  initiativeId: string,
  id: string,
  patch: MeetingPatch,
): Promise<{ before: Meeting; after: Meeting }> {
  await lockMeeting(tx, initiativeId, id);
  const before = found(await getMeeting(tx, initiativeId, id), 'Meeting');
  const startsAt = patch.startsAt ?? before.startsAt;
  const endsAt = patch.endsAt ?? before.endsAt;
  if (endsAt < startsAt) {
    const field = patch.endsAt ? 'body.endsAt' : 'body.startsAt';
    throw new ValidationError('The meeting cannot end before it starts', [
      { field, message: `The meeting would run from ${startsAt.toISOString()} to ${endsAt.toISOString()}` },
    ]);
  }
  await assertInInitiative(tx, initiativeId, agendaReferences(patch.agendaItems));
  const { agendaItems: agenda, ...fields } = patch;
  await tx
    .update(meetings)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(meetings.id, id));
  if (agenda) await writeAgenda(tx, id, agenda);
  const after = found(await getMeeting(tx, initiativeId, id), 'Meeting');
  return { before, after };
}

export async function deleteMeeting(tx: DbOrTx, initiativeId: string, id: string): Promise<Meeting> {
  await lockMeeting(tx, initiativeId, id);
  const before = found(await getMeeting(tx, initiativeId, id), 'Meeting');
  await tx.delete(meetings).where(eq(meetings.id, id));
  return before;
}

/** Replaces who was there; every actor must be the initiative's, or nothing changes. */
export async function replaceAttendance(
  tx: DbOrTx,
  initiativeId: string,
  meetingId: string,
  items: { actorId: string; people: number }[],
) {
  await lockMeeting(tx, initiativeId, meetingId);
  await assertInInitiative(
    tx,
    initiativeId,
    items.map((item, i) => ({ kind: 'actor', id: item.actorId, field: `body.items.${i}.actorId` })),
  );
  const before = found(await getMeeting(tx, initiativeId, meetingId), 'Meeting').attendance;
  await tx.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  if (items.length) await tx.insert(meetingAttendance).values(items.map((item) => ({ ...item, meetingId })));
  const after = found(await getMeeting(tx, initiativeId, meetingId), 'Meeting').attendance;
  return { before, after };
}

/**
 * The actor's attendance per quarter (of the meeting's start, in UTC), oldest first, over the
 * meetings held whose attendance was taken; undefined when the actor is not the initiative's.
 */
export async function attendanceByQuarter(db: DbOrTx, initiativeId: string, actorId: string): Promise<AttendancePeriod[] | undefined> {
  const [actor] = await db
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.initiativeId, initiativeId), eq(actors.id, actorId)));
  if (!actor) return undefined;
  const period = sql<string>`to_char(${meetings.startsAt} at time zone 'UTC', 'YYYY-"Q"Q')`;
  return db
    .select({
      period,
      held: sql<number>`count(*)::int`,
      attended: sql<number>`count(${meetingAttendance.actorId})::int`,
      people: sql<number>`coalesce(sum(${meetingAttendance.people}), 0)::int`,
    })
    .from(meetings)
    // At most one row per meeting (the key is meeting and actor): the actor's, if it came.
    .leftJoin(
      meetingAttendance,
      and(eq(meetingAttendance.meetingId, meetings.id), eq(meetingAttendance.actorId, actorId), gt(meetingAttendance.people, 0)),
    )
    .where(
      and(
        eq(meetings.initiativeId, initiativeId),
        eq(meetings.status, 'held'),
        sql`exists (select 1 from ${meetingAttendance} as taken where taken.meeting_id = ${meetings.id})`,
      ),
    )
    .groupBy(period)
    .orderBy(period);
}
