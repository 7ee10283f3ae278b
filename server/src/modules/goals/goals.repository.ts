import { and, eq, max } from 'drizzle-orm';
import type { Goal, PageQuery } from '@ci/shared';
import { EVERYTHING, keyset, page } from '../../lib/paging.js';
import type { DbOrTx } from '../../db/client.js';
import { goals } from '../../db/schema/index.js';

type Row = typeof goals.$inferSelect;

export function toGoal(row: Row): Goal {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** One page of the goals in agenda order. */
export async function pageGoals(db: DbOrTx, initiativeId: string, query: PageQuery) {
  const ks = keyset([{ key: goals.position }, { key: goals.createdAt }, { key: goals.id }], query);
  const rows = await db
    .select({ goal: goals, pageKey: ks.pageKey })
    .from(goals)
    .where(and(eq(goals.initiativeId, initiativeId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: kept, nextCursor } = page(rows, query);
  return { items: kept.map((r) => toGoal(r.goal)), nextCursor };
}

/** Every goal in agenda order, for reports and the public page. */
export async function listGoals(db: DbOrTx, initiativeId: string): Promise<Goal[]> {
  return (await pageGoals(db, initiativeId, EVERYTHING)).items;
}

export async function getGoal(db: DbOrTx, initiativeId: string, id: string): Promise<Goal | undefined> {
  const [row] = await db.select().from(goals).where(and(eq(goals.initiativeId, initiativeId), eq(goals.id, id)));
  return row ? toGoal(row) : undefined;
}

/** The position after the last goal, so that a new goal goes last. */
export async function nextGoalPosition(db: DbOrTx, initiativeId: string): Promise<number> {
  const [row] = await db.select({ last: max(goals.position) }).from(goals).where(eq(goals.initiativeId, initiativeId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}
