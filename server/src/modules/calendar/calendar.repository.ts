// Calendar feed secrets and the meetings and meeting series a feed shows.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, meetingSeries, meetings, memberships, users } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';

/** 32 random bytes, base64url: the only thing that identifies the holder of a feed URL. */
export function newCalendarToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The user's feed secret, created on first use. */
export async function ensureCalendarToken(db: DbOrTx, userId: string): Promise<string> {
  const [current] = await db.select({ token: users.calendarToken }).from(users).where(eq(users.id, userId));
  if (current?.token) return current.token;
  return db.transaction(async (tx) => {
    // Only fills an empty token, so two first requests at once agree on one secret.
    const [created] = await tx
      .update(users)
      .set({ calendarToken: newCalendarToken(), updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.calendarToken)))
      .returning({ token: users.calendarToken });
    if (created?.token) {
      await recordAudit(tx, { initiativeId: null, userId, action: 'create', entityType: 'calendar_feed', entityId: userId });
      return created.token;
    }
    const [row] = await tx.select({ token: users.calendarToken }).from(users).where(eq(users.id, userId));
    return row!.token!;
  });
}

/** Replaces the secret: every URL with the old one stops working. */
export async function renewCalendarToken(db: DbOrTx, userId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const token = newCalendarToken();
    await tx.update(users).set({ calendarToken: token, updatedAt: new Date() }).where(eq(users.id, userId));
    // The audit entry never holds the secret itself.
    await recordAudit(tx, { initiativeId: null, userId, action: 'update', entityType: 'calendar_feed', entityId: userId, after: { renewed: true } });
    return token;
  });
}

export async function userMemberships(db: DbOrTx, userId: string) {
  return db
    .select({ initiativeId: initiatives.id, initiativeName: initiatives.name })
    .from(memberships)
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(initiatives.name), asc(initiatives.id));
}

/** The initiative's name when the token's holder is a member of it; undefined otherwise. */
export async function feedInitiative(db: DbOrTx, token: string, initiativeId: string): Promise<{ name: string } | undefined> {
  const [row] = await db
    .select({ name: initiatives.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .where(and(eq(users.calendarToken, token), eq(memberships.initiativeId, initiativeId)));
  return row;
}

export interface FeedMeeting {
  id: string;
  seriesId: string | null;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  agenda: string[];
}

export type FeedSeries = typeof meetingSeries.$inferSelect;

export async function feedContent(db: DbOrTx, initiativeId: string): Promise<{ meetings: FeedMeeting[]; series: FeedSeries[] }> {
  const [meetingRows, seriesRows] = await Promise.all([
    db
      .select({
        id: meetings.id,
        seriesId: meetings.seriesId,
        title: meetings.title,
        status: meetings.status,
        startsAt: meetings.startsAt,
        endsAt: meetings.endsAt,
        place: meetings.place,
        // Spelled out: drizzle leaves columns of a single-table select unqualified, and a bare "id"
        // inside the subquery would mean the agenda item's own id.
        agenda: sql<string[]>`array(select ai.title from agenda_items ai where ai.meeting_id = "meetings"."id" order by ai.position, ai.id)`,
      })
      .from(meetings)
      .where(eq(meetings.initiativeId, initiativeId))
      .orderBy(asc(meetings.startsAt), asc(meetings.id)),
    db.select().from(meetingSeries).where(eq(meetingSeries.initiativeId, initiativeId)).orderBy(asc(meetingSeries.startsAt), asc(meetingSeries.id)),
  ]);
  return { meetings: meetingRows, series: seriesRows };
}
