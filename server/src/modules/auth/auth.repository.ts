import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, memberships, membershipActors, users } from '../../db/schema/index.js';
import type { EmailPreference, Me, MembershipSummary, Role, User } from '@ci/shared';

export function toUser(row: typeof users.$inferSelect): User {
  return { id: row.id, email: row.email, name: row.name, locale: row.locale as User['locale'] };
}

/** The form an e-mail address is stored and counted in (sign-in limits key on it). */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return row;
}

export async function findUserById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function membershipsOf(db: DbOrTx, userId: string): Promise<MembershipSummary[]> {
  const rows = await db
    .select({
      id: memberships.id,
      initiativeId: memberships.initiativeId,
      initiativeName: initiatives.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(initiatives.name));
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
    initiativeId: r.initiativeId,
    initiativeName: r.initiativeName,
    role: r.role as Role,
    actorIds: links.filter((l) => l.membershipId === r.id).map((l) => l.actorId),
  }));
}

export async function me(db: DbOrTx, userId: string): Promise<Me | undefined> {
  const row = await findUserById(db, userId);
  if (!row) return undefined;
  return {
    user: { ...toUser(row), emailPreference: row.emailPreference as EmailPreference, mustChangePassword: row.mustChangePassword },
    memberships: await membershipsOf(db, userId),
  };
}
