import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NotificationKind } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { membershipActors, memberships, notifications } from '../../db/schema/index.js';

export interface NewNotification {
  userId: string;
  initiativeId: string | null;
  kind: NotificationKind;
  /** What the web needs to word the message in the reader's language. */
  params: Record<string, unknown>;
  /** The app path the notification opens, e.g. `/i/<initiativeId>/entry?period=2026-Q3`. */
  link?: string | null;
  /** Set for notifications that a sweep may try to create again: a second one with the same key is skipped. */
  dedupeKey?: string | null;
}

/** Creates notifications in the caller's transaction; duplicates by (user, dedupe key) are skipped. */
export async function notify(tx: DbOrTx, entries: NewNotification[]): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(
      entries.map((e) => ({
        userId: e.userId,
        initiativeId: e.initiativeId,
        kind: e.kind,
        params: e.params,
        link: e.link ?? null,
        dedupeKey: e.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

/** The users who speak for these actors in the initiative (members linked to them), without duplicates. */
export async function usersOfActors(db: DbOrTx, initiativeId: string, actorIds: string[]): Promise<{ userId: string; actorId: string }[]> {
  if (actorIds.length === 0) return [];
  return db
    .selectDistinct({ userId: memberships.userId, actorId: membershipActors.actorId })
    .from(membershipActors)
    .innerJoin(memberships, eq(memberships.id, membershipActors.membershipId))
    .where(and(eq(memberships.initiativeId, initiativeId), inArray(membershipActors.actorId, actorIds)))
    .orderBy(sql`1, 2`);
}

/**
 * Like notify, for a caller that needs the rows it made (a reminder e-mails them at once). The time
 * is the app's clock, the same one that later decides whether an hour has passed.
 */
export async function notifyReturning(tx: DbOrTx, entries: NewNotification[], createdAt: Date) {
  if (entries.length === 0) return [];
  return tx
    .insert(notifications)
    .values(
      entries.map((e) => ({ userId: e.userId, initiativeId: e.initiativeId, kind: e.kind, params: e.params, link: e.link ?? null, dedupeKey: e.dedupeKey ?? null, createdAt })),
    )
    .onConflictDoNothing()
    .returning();
}
