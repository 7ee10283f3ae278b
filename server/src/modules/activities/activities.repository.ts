import { and, asc, eq, getTableColumns, gte, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Activity, ActivityListQuery, activityInput, activityPatch } from '@ci/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { activities, activityActors, activityGoals, activityIndicators } from '../../db/schema/index.js';
import { found, Unprocessable, ValidationError } from '../../lib/errors.js';
import { EVERYTHING, keyset, page, type SortKey } from '../../lib/paging.js';
import { assertInInitiative, refs, type Reference } from './initiative-references.js';

type ActivityInput = z.output<typeof activityInput>;
type ActivityPatch = z.output<typeof activityPatch>;
type LinkTable = typeof activityGoals | typeof activityIndicators | typeof activityActors;
type LinkColumn = typeof activityGoals.goalId | typeof activityIndicators.indicatorId | typeof activityActors.actorId;

/** The ids linked through a link table, as a JSON array, in one correlated subquery. */
function linkedIds(table: LinkTable, column: LinkColumn) {
  return sql<string[]>`coalesce((select json_agg(${column} order by ${column}) from ${table} where ${table.activityId} = ${activities.id}), '[]'::json)`;
}

const selection = {
  ...getTableColumns(activities),
  goalIds: linkedIds(activityGoals, activityGoals.goalId),
  indicatorIds: linkedIds(activityIndicators, activityIndicators.indicatorId),
  participantActorIds: linkedIds(activityActors, activityActors.actorId),
};

const sortKeys: SortKey[] = [
  { key: activities.priority },
  { key: activities.startDate, nullable: true },
  { key: activities.title },
  { key: activities.id },
];
const ordering = [asc(activities.priority), sql`${activities.startDate} asc nulls last`, asc(activities.title), asc(activities.id)];

type Row = typeof activities.$inferSelect & { goalIds: string[]; indicatorIds: string[]; participantActorIds: string[] };

function toActivity(row: Row): Activity {
  const { initiativeId: _initiativeId, ...rest } = row;
  return { ...rest, status: row.status as Activity['status'] };
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function linkExists(table: LinkTable, column: LinkColumn, value: string) {
  return sql`exists (select 1 from ${table} where ${table.activityId} = ${activities.id} and ${column} = ${value})`;
}

/** One page of the activities by priority, then start date. */
export async function listActivities(db: DbOrTx, initiativeId: string, query: ActivityListQuery & { limit?: number }) {
  const conditions: (SQL | undefined)[] = [eq(activities.initiativeId, initiativeId)];
  if (query.status) conditions.push(eq(activities.status, query.status));
  if (query.workingGroupId) conditions.push(eq(activities.workingGroupId, query.workingGroupId));
  if (query.goalId) conditions.push(linkExists(activityGoals, activityGoals.goalId, query.goalId));
  if (query.indicatorId) conditions.push(linkExists(activityIndicators, activityIndicators.indicatorId, query.indicatorId));
  if (query.actorId) {
    conditions.push(or(eq(activities.leadActorId, query.actorId), linkExists(activityActors, activityActors.actorId, query.actorId)));
  }
  if (query.from || query.to) {
    // An undated idea is not "in" any range; an open end or start counts as unbounded.
    conditions.push(or(isNotNull(activities.startDate), isNotNull(activities.endDate)));
    if (query.from) conditions.push(or(isNull(activities.endDate), gte(activities.endDate, query.from)));
    if (query.to) conditions.push(or(isNull(activities.startDate), lte(activities.startDate, query.to)));
  }
  if (query.q) {
    const p = likePattern(query.q);
    conditions.push(
      or(ilike(activities.title, p), ilike(activities.description, p), ilike(activities.how, p), ilike(activities.when, p), ilike(activities.who, p)),
    );
  }
  const pageQuery = { limit: query.limit ?? EVERYTHING.limit, cursor: query.cursor };
  const ks = keyset(sortKeys, pageQuery);
  const rows = await db
    .select({ ...selection, pageKey: ks.pageKey })
    .from(activities)
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: kept, nextCursor } = page(rows, pageQuery);
  return { items: kept.map(toActivity), nextCursor };
}

export async function getActivity(db: DbOrTx, initiativeId: string, id: string): Promise<Activity | undefined> {
  const [row] = await db
    .select(selection)
    .from(activities)
    .where(and(eq(activities.initiativeId, initiativeId), eq(activities.id, id)));
  return row ? toActivity(row) : undefined;
}

function referencesOf(v: Partial<ActivityInput>): Reference[] {
  return [
    ...refs('goal', v.goalIds, 'body.goalIds'),
    ...refs('indicator', v.indicatorIds, 'body.indicatorIds'),
    { kind: 'actor', id: v.leadActorId, field: 'body.leadActorId' },
    ...refs('actor', v.participantActorIds, 'body.participantActorIds'),
    { kind: 'workingGroup', id: v.workingGroupId, field: 'body.workingGroupId' },
  ];
}

/** Replaces the given link lists; lists left undefined stay as they are. */
async function writeLinks(
  tx: DbOrTx,
  activityId: string,
  links: { goalIds?: string[]; indicatorIds?: string[]; participantActorIds?: string[] },
  leadActorId: string | null,
) {
  if (links.goalIds) {
    await tx.delete(activityGoals).where(eq(activityGoals.activityId, activityId));
    const ids = [...new Set(links.goalIds)];
    if (ids.length) await tx.insert(activityGoals).values(ids.map((goalId) => ({ activityId, goalId })));
  }
  if (links.indicatorIds) {
    await tx.delete(activityIndicators).where(eq(activityIndicators.activityId, activityId));
    const ids = [...new Set(links.indicatorIds)];
    if (ids.length) await tx.insert(activityIndicators).values(ids.map((indicatorId) => ({ activityId, indicatorId })));
  }
  if (links.participantActorIds) {
    await tx.delete(activityActors).where(eq(activityActors.activityId, activityId));
    // The lead already takes part; listing it twice would count it twice on the actor page.
    const ids = [...new Set(links.participantActorIds)].filter((a) => a !== leadActorId);
    if (ids.length) await tx.insert(activityActors).values(ids.map((actorId) => ({ activityId, actorId })));
  } else if (leadActorId) {
    await tx.delete(activityActors).where(and(eq(activityActors.activityId, activityId), eq(activityActors.actorId, leadActorId)));
  }
}

export async function createActivity(tx: DbOrTx, initiativeId: string, input: ActivityInput): Promise<Activity> {
  await assertInInitiative(tx, initiativeId, referencesOf(input));
  const { goalIds, indicatorIds, participantActorIds, priority, ...fields } = input;
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${activities.priority}) + 1, 0)::int` })
    .from(activities)
    .where(eq(activities.initiativeId, initiativeId));
  const [row] = await tx
    .insert(activities)
    .values({ ...fields, initiativeId, priority: priority ?? next })
    .returning({ id: activities.id });
  await writeLinks(tx, row.id, { goalIds, indicatorIds, participantActorIds }, input.leadActorId);
  return found(await getActivity(tx, initiativeId, row.id), 'Activity');
}

export async function updateActivity(
  tx: DbOrTx,
  initiativeId: string,
  id: string,
  patch: ActivityPatch,
): Promise<{ before: Activity; after: Activity }> {
  const [locked] = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.initiativeId, initiativeId), eq(activities.id, id)))
    .for('update');
  found(locked, 'Activity');
  const before = found(await getActivity(tx, initiativeId, id), 'Activity');
  const startDate = patch.startDate !== undefined ? patch.startDate : before.startDate;
  const endDate = patch.endDate !== undefined ? patch.endDate : before.endDate;
  if (startDate && endDate && endDate < startDate) {
    const field = patch.endDate !== undefined ? 'body.endDate' : 'body.startDate';
    throw new ValidationError('The end date cannot be before the start date', [
      { field, message: `The activity would run from ${startDate} to ${endDate}` },
    ]);
  }
  await assertInInitiative(tx, initiativeId, referencesOf(patch));
  const { goalIds, indicatorIds, participantActorIds, ...fields } = patch;
  await tx
    .update(activities)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(activities.id, id));
  const leadActorId = patch.leadActorId !== undefined ? patch.leadActorId : before.leadActorId;
  await writeLinks(tx, id, { goalIds, indicatorIds, participantActorIds }, leadActorId);
  const after = found(await getActivity(tx, initiativeId, id), 'Activity');
  return { before, after };
}

export async function deleteActivity(tx: DbOrTx, initiativeId: string, id: string): Promise<Activity> {
  const before = found(await getActivity(tx, initiativeId, id), 'Activity');
  await tx.delete(activities).where(and(eq(activities.initiativeId, initiativeId), eq(activities.id, id)));
  return before;
}

/** Gives the listed activities priorities 0..n-1; the rest follow in their current order. */
export async function reorderActivities(tx: DbOrTx, initiativeId: string, ids: string[]) {
  const current = await tx
    .select({ id: activities.id, priority: activities.priority })
    .from(activities)
    .where(eq(activities.initiativeId, initiativeId))
    .orderBy(...ordering)
    .for('update');
  const known = new Set(current.map((c) => c.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new Unprocessable('A referenced record does not belong to this initiative', [
      { field: 'body.ids', message: `Unknown activity ${unknown.join(', ')} in this initiative` },
    ]);
  }
  const listed = new Set(ids);
  const order = [...ids, ...current.filter((c) => !listed.has(c.id)).map((c) => c.id)];
  const priorityBefore = new Map(current.map((c) => [c.id, c.priority]));
  const changes = order
    .map((id, priority) => ({ id, before: priorityBefore.get(id)!, after: priority }))
    .filter((c) => c.before !== c.after);
  const now = new Date();
  for (const c of changes) {
    await tx.update(activities).set({ priority: c.after, updatedAt: now }).where(eq(activities.id, c.id));
  }
  return changes;
}
