// Server-side sign-in records: a token is only as good as its session row, so logout, a password
// change, an admin reset or deleting the user ends it at once.
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';

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
  if (!row.lastSeenAt || now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  return true;
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
