// Server-side sign-in records: a token is only as good as its session row, so logout, a password
// change, an admin reset or deleting the user ends it at once.
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';
import { executePrepared } from './prepared.js';

/** How often the last-seen time is written: once per window, not on every request. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

export async function createSession(db: DbOrTx, userId: string, ttlSeconds: number, userAgent?: string): Promise<string> {
  const now = new Date();
  const [row] = await db
    .insert(sessions)
    .values({
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
      userAgent: userAgent?.slice(0, 400) ?? null,
    })
    .returning({ id: sessions.id });
  return row.id;
}

/** Whether the session is live: not revoked, not expired, and its user still exists. */
export async function isSessionActive(db: DbOrTx, sessionId: string, userId: string): Promise<boolean> {
  // The clock of this process, not the database's, so both sides of an expiry agree.
  const now = new Date();
  const [row] = await db
    .select({ lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  if (!row) return false;
  await touch(db, sessionId, row.lastSeenAt, now);
  return true;
}

async function touch(db: DbOrTx, sessionId: string, lastSeenAt: Date | null, now: Date): Promise<void> {
  if (!lastSeenAt || now.getTime() - lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
}

export interface SessionMembership {
  membershipId: string;
  role: string;
  actorIds: string[];
}

/**
 * For a request in an initiative, in one round trip: undefined when the session is not live (as
 * isSessionActive), else the caller's membership of the initiative (null for a non-member).
 */
export async function sessionMembership(
  db: DbOrTx,
  sessionId: string,
  userId: string,
  initiativeId: string,
): Promise<SessionMembership | null | undefined> {
  const now = new Date();
  const [row] = await executePrepared<{ lastSeenAt: Date | string | null; membershipId: string | null; role: string | null; actorIds: string[] }>(
    db,
    'session_membership',
    sql`select s.last_seen_at as "lastSeenAt", m.id::text as "membershipId", m.role,
        coalesce(array_agg(ma.actor_id::text order by ma.actor_id) filter (where ma.actor_id is not null), '{}') as "actorIds"
      from sessions s
      join users u on u.id = s.user_id
      left join memberships m on m.initiative_id = ${initiativeId}::uuid and m.user_id = s.user_id
      left join membership_actors ma on ma.membership_id = m.id
      where s.id = ${sessionId}::uuid and s.user_id = ${userId}::uuid and s.revoked_at is null and s.expires_at > ${now.toISOString()}::timestamptz
      group by s.id, m.id`,
  );
  if (!row) return undefined;
  await touch(db, sessionId, row.lastSeenAt === null ? null : new Date(row.lastSeenAt), now);
  return row.membershipId === null ? null : { membershipId: row.membershipId, role: row.role!, actorIds: row.actorIds };
}

export async function revokeSession(db: DbOrTx, sessionId: string, userId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a user, except `keep` (the caller's own, after a password change). */
export async function revokeSessionsOf(db: DbOrTx, userId: string, keep?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ...(keep ? [ne(sessions.id, keep)] : [])));
}
