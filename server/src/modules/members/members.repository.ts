import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Member, PageQuery, Role } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, memberships, membershipActors, users } from '../../db/schema/index.js';
import { Unprocessable } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

const columns = {
  id: memberships.id,
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  role: memberships.role,
  createdAt: memberships.createdAt,
};

async function withActors(db: DbOrTx, rows: { id: string; userId: string; email: string; name: string; role: string; createdAt: Date }[]): Promise<Member[]> {
  const links = rows.length
    ? await db
        .select()
        .from(membershipActors)
        .where(
          inArray(
            membershipActors.membershipId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    role: r.role as Role,
    actorIds: links.filter((l) => l.membershipId === r.id).map((l) => l.actorId).sort(),
  }));
}

/** One page of the members by name, then e-mail. */
export async function listMembers(db: DbOrTx, initiativeId: string, query: PageQuery) {
  const ks = keyset([{ key: users.name }, { key: users.email }, { key: memberships.id }], query);
  const found = await db
    .select({ ...columns, pageKey: ks.pageKey })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.initiativeId, initiativeId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, query);
  return { items: await withActors(db, rows), nextCursor };
}

export async function getMember(db: DbOrTx, initiativeId: string, id: string): Promise<Member | undefined> {
  const rows = await db
    .select(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.initiativeId, initiativeId), eq(memberships.id, id)));
  return (await withActors(db, rows))[0];
}

/** Linked actors must be actors of the same initiative (422 with the offending positions). */
export async function assertActorsOfInitiative(db: DbOrTx, initiativeId: string, actorIds: string[]) {
  if (actorIds.length === 0) return;
  const rows = await db
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.initiativeId, initiativeId), inArray(actors.id, actorIds)));
  const known = new Set(rows.map((r) => r.id));
  const details = actorIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `body.actorIds.${i}`, message: 'Actor not found in this initiative' }],
  );
  if (details.length > 0) throw new Unprocessable('Linked actors must belong to this initiative', details);
}

export async function replaceActorLinks(db: DbOrTx, membershipId: string, actorIds: string[]) {
  await db.delete(membershipActors).where(eq(membershipActors.membershipId, membershipId));
  const unique = [...new Set(actorIds)];
  if (unique.length > 0) await db.insert(membershipActors).values(unique.map((actorId) => ({ membershipId, actorId })));
}

/** Locks the initiative's admin memberships, so two demotions cannot both pass the last-admin check. */
export async function lockAdmins(db: DbOrTx, initiativeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.initiativeId, initiativeId), eq(memberships.role, 'admin')))
    .orderBy(asc(memberships.id))
    .for('update');
  return rows.map((r) => r.id);
}
