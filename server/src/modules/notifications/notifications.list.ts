// The caller's notifications: listed newest first, counted, marked read. A notification of an
// initiative the user has left is kept but no longer shown (nor counted, nor e-mailed).
import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { MarkReadBody, NotificationItem, NotificationKind } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, memberships, notifications } from '../../db/schema/index.js';

/** Notifications of the user that belong to no initiative or to one the user is still a member of. */
export function visibleTo(userId: string): SQL {
  return and(
    eq(notifications.userId, userId),
    or(
      isNull(notifications.initiativeId),
      sql`exists (select 1 from ${memberships} where ${memberships.initiativeId} = ${notifications.initiativeId} and ${memberships.userId} = ${userId})`,
    ),
  )!;
}

type Row = typeof notifications.$inferSelect;

export function toNotificationItem(row: Row, initiativeName: string | null): NotificationItem {
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    initiativeName,
    kind: row.kind as NotificationKind,
    params: (row.params ?? {}) as Record<string, unknown>,
    link: row.link,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

export async function unreadCount(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(visibleTo(userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: DbOrTx, userId: string, query: { limit: number; offset: number; unread?: 'true' | 'false' }) {
  const where = and(visibleTo(userId), query.unread === 'true' ? isNull(notifications.readAt) : undefined);
  const rows = await db
    .select({ notification: notifications, initiativeName: initiatives.name })
    .from(notifications)
    .leftJoin(initiatives, eq(initiatives.id, notifications.initiativeId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  return {
    items: rows.map((r) => toNotificationItem(r.notification, r.initiativeName)),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
    unread: await unreadCount(db, userId),
  };
}

/** Marks the caller's own notifications read; ids of anyone else's are ignored, not an error, so nothing leaks. */
export async function markRead(db: DbOrTx, userId: string, body: MarkReadBody) {
  const which = 'ids' in body ? inArray(notifications.id, body.ids) : undefined;
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(visibleTo(userId), isNull(notifications.readAt), which))
    .returning({ id: notifications.id });
  return { marked: rows.length, unread: await unreadCount(db, userId) };
}
