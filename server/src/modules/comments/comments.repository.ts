import { and, count, desc, eq, isNull, max, sql, type SQL } from 'drizzle-orm';
import type { Comment, CommentCounts, PageQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { comments, users } from '../../db/schema/index.js';
import { keyset, page } from '../../lib/paging.js';
import { readableComments, type Reader, type ThreadKey } from './comments.thread.js';

export type CommentRow = typeof comments.$inferSelect;

const columns = { comment: comments, authorName: users.name };

export function toComment(row: CommentRow, authorName: string | null): Comment {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    actorId: row.actorId,
    period: row.period,
    authorId: row.authorId,
    authorName,
    text: deleted ? null : row.text,
    mentionedActorIds: deleted ? [] : row.mentionedActorIds,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
  };
}

/** What the audit log keeps of a comment. */
export function commentSnapshot(row: CommentRow) {
  return {
    indicatorId: row.indicatorId,
    actorId: row.actorId,
    period: row.period,
    text: row.text,
    mentionedActorIds: row.mentionedActorIds,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
  };
}

export function threadWhere(initiativeId: string, key: ThreadKey): SQL {
  return and(
    eq(comments.initiativeId, initiativeId),
    eq(comments.indicatorId, key.indicatorId),
    eq(comments.period, key.period),
    key.actorId === null ? isNull(comments.actorId) : eq(comments.actorId, key.actorId),
  )!;
}

/** One thread, oldest first (a conversation reads downwards). */
export async function listThread(db: DbOrTx, initiativeId: string, key: ThreadKey, query: PageQuery) {
  const ks = keyset([{ key: comments.createdAt }, { key: comments.id }], query);
  const rows = await db
    .select({ ...columns, pageKey: ks.pageKey })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(threadWhere(initiativeId, key), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: kept, nextCursor } = page(rows, query);
  return { items: kept.map((r) => toComment(r.comment, r.authorName)), nextCursor };
}

export async function getCommentRow(db: DbOrTx, initiativeId: string, id: string): Promise<CommentRow | undefined> {
  const [row] = await db
    .select()
    .from(comments)
    .where(and(eq(comments.initiativeId, initiativeId), eq(comments.id, id)));
  return row;
}

export async function authorName(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Per thread the reader may see, how many comments are not deleted: one request for a whole grid. */
export async function commentCountsFor(
  db: DbOrTx,
  initiativeId: string,
  reader: Reader,
  q: { period?: string; indicatorId?: string },
): Promise<CommentCounts['items']> {
  const where: SQL[] = [eq(comments.initiativeId, initiativeId), isNull(comments.deletedAt)];
  if (q.period) where.push(eq(comments.period, q.period));
  if (q.indicatorId) where.push(eq(comments.indicatorId, q.indicatorId));
  const readable = readableComments(initiativeId, reader);
  if (readable) where.push(readable);
  const rows = await db
    .select({
      indicatorId: comments.indicatorId,
      actorId: comments.actorId,
      period: comments.period,
      count: count(),
      lastAt: max(comments.createdAt),
    })
    .from(comments)
    .where(and(...where))
    .groupBy(comments.indicatorId, comments.actorId, comments.period)
    .orderBy(desc(sql`max(${comments.createdAt})`));
  return rows.map((r) => ({ ...r, lastAt: r.lastAt ?? new Date(0) }));
}
