import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { PageQuery, WorkingGroup } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, workingGroupMembers, workingGroups } from '../../db/schema/index.js';
import { Conflict, Unprocessable } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

type Row = typeof workingGroups.$inferSelect;

function toWorkingGroup(row: Row, actorIds: string[]): WorkingGroup {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    actorIds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Member actor ids per group, in the actors' name order. */
async function membersOf(db: DbOrTx, groupIds: string[]): Promise<Map<string, string[]>> {
  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db
    .select({ groupId: workingGroupMembers.workingGroupId, actorId: workingGroupMembers.actorId })
    .from(workingGroupMembers)
    .innerJoin(actors, eq(actors.id, workingGroupMembers.actorId))
    .where(inArray(workingGroupMembers.workingGroupId, groupIds))
    .orderBy(sql`lower(${actors.name})`, asc(actors.id));
  for (const r of rows) byGroup.get(r.groupId)!.push(r.actorId);
  return byGroup;
}

/** One page of the working groups by name (ignoring case). */
export async function listWorkingGroups(db: DbOrTx, initiativeId: string, query: PageQuery) {
  const ks = keyset([{ key: sql`lower(${workingGroups.name})` }, { key: workingGroups.id }], query);
  const found = await db
    .select({ group: workingGroups, pageKey: ks.pageKey })
    .from(workingGroups)
    .where(and(eq(workingGroups.initiativeId, initiativeId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, query);
  const members = await membersOf(db, rows.map((r) => r.group.id));
  return { items: rows.map((r) => toWorkingGroup(r.group, members.get(r.group.id)!)), nextCursor };
}

export async function getWorkingGroup(db: DbOrTx, initiativeId: string, id: string): Promise<WorkingGroup | undefined> {
  const [row] = await db
    .select()
    .from(workingGroups)
    .where(and(eq(workingGroups.initiativeId, initiativeId), eq(workingGroups.id, id)));
  if (!row) return undefined;
  const members = await membersOf(db, [row.id]);
  return toWorkingGroup(row, members.get(row.id)!);
}

/** Members must be actors of the same initiative; anything else is refused as a whole. */
export async function assertActorsOfInitiative(db: DbOrTx, initiativeId: string, actorIds: string[]) {
  if (actorIds.length === 0) return;
  const rows = await db
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.initiativeId, initiativeId), inArray(actors.id, actorIds)));
  const known = new Set(rows.map((r) => r.id));
  const unknown = actorIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Unprocessable('Some member actors are not actors of this initiative', [
      { field: 'body.actorIds', message: 'Not an actor of this initiative', actorIds: unknown },
    ]);
  }
}

export async function assertWorkingGroupNameFree(db: DbOrTx, initiativeId: string, name: string, exceptId?: string) {
  const conditions = [eq(workingGroups.initiativeId, initiativeId), eq(workingGroups.name, name)];
  if (exceptId) conditions.push(ne(workingGroups.id, exceptId));
  const [clash] = await db.select({ id: workingGroups.id }).from(workingGroups).where(and(...conditions));
  if (clash) {
    throw new Conflict(`A working group named "${name}" already exists in this initiative`, [
      { field: 'body.name', workingGroupId: clash.id },
    ]);
  }
}

export async function replaceMembers(db: DbOrTx, workingGroupId: string, actorIds: string[]) {
  await db.delete(workingGroupMembers).where(eq(workingGroupMembers.workingGroupId, workingGroupId));
  if (actorIds.length > 0) {
    await db.insert(workingGroupMembers).values(actorIds.map((actorId) => ({ workingGroupId, actorId })));
  }
}
