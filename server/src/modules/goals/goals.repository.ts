import { and, asc, eq, max } from 'drizzle-orm';
import type { Goal } from '@ci/shared';
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

export async function listGoals(db: DbOrTx, initiativeId: string): Promise<Goal[]> {
  const rows = await db
    .select()
    .from(goals)
    .where(eq(goals.initiativeId, initiativeId))
    .orderBy(asc(goals.position), asc(goals.createdAt), asc(goals.id));
  return rows.map(toGoal);
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
