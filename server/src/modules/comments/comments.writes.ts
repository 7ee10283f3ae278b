// Writing comments: each write in one transaction with its audit entry and its notifications.
import { and, eq } from 'drizzle-orm';
import { mentionedActorIds, type Comment, type CommentInput } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { actors, comments } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import type { Access } from '../../plugins/auth.js';
import { authorName, commentSnapshot, getCommentRow, toComment, type CommentRow } from './comments.repository.js';
import { notifyComment } from './comments.notify.js';
import { mayRead, resolveThread, valueCounts, type Thread, type ThreadKey } from './comments.thread.js';

/** Moderators may remove anyone's comment; nobody rewrites another person's words. */
const MODERATORS = ['admin', 'backbone'];

/** The thread, if the caller may read it; otherwise 404, as if it did not exist. */
export async function readableThread(db: DbOrTx, access: Access, key: ThreadKey, from: 'query' | 'body') {
  const thread = await resolveThread(db, access.initiativeId, key, from);
  const counted = await valueCounts(db, access.initiativeId, key);
  if (!mayRead(access, key, counted)) throw new NotFound('Thread');
  return { thread, counted };
}

async function mentionsIn(db: DbOrTx, initiativeId: string, text: string): Promise<string[]> {
  const candidates = await db.select({ id: actors.id, name: actors.name }).from(actors).where(eq(actors.initiativeId, initiativeId));
  return mentionedActorIds(text, candidates);
}

function audit(access: Access, action: 'create' | 'update' | 'delete', id: string, before?: CommentRow, after?: CommentRow) {
  return {
    initiativeId: access.initiativeId,
    userId: access.userId,
    action,
    entityType: 'comment',
    entityId: id,
    before: before ? commentSnapshot(before) : undefined,
    after: after ? commentSnapshot(after) : undefined,
  };
}

export async function createComment(db: Db, access: Access, input: CommentInput & { text: string }): Promise<Comment> {
  const key: ThreadKey = { indicatorId: input.indicatorId, actorId: input.actorId ?? null, period: input.period };
  return db.transaction(async (tx) => {
    const { thread, counted } = await readableThread(tx, access, key, 'body');
    const mentioned = await mentionsIn(tx, access.initiativeId, input.text);
    const [row] = await tx
      .insert(comments)
      .values({ initiativeId: access.initiativeId, ...key, authorId: access.userId, text: input.text, mentionedActorIds: mentioned })
      .returning();
    await recordAudit(tx, audit(access, 'create', row.id, undefined, row));
    const name = await authorName(tx, access.userId);
    await notifyComment(tx, event(access, thread, row, name, mentioned, counted, true));
    return toComment(row, name);
  });
}

function event(access: Access, thread: Thread, row: CommentRow, name: string | null, mentioned: string[], counted: boolean, isNew: boolean) {
  return { initiativeId: access.initiativeId, thread, commentId: row.id, authorId: access.userId, authorName: name, text: row.text, mentionedActorIds: mentioned, counted, isNew };
}

/** A comment the caller may see, locked for the write. */
async function lockedComment(tx: DbOrTx, access: Access, id: string) {
  const row = await getCommentRow(tx, access.initiativeId, id);
  if (!row) throw new NotFound('Comment');
  const key = { indicatorId: row.indicatorId, actorId: row.actorId, period: row.period };
  const { thread, counted } = await readableThread(tx, access, key, 'query');
  await tx.select({ id: comments.id }).from(comments).where(eq(comments.id, id)).for('update');
  return { row: (await getCommentRow(tx, access.initiativeId, id))!, thread, counted };
}

export async function editComment(db: Db, access: Access, id: string, text: string): Promise<Comment> {
  return db.transaction(async (tx) => {
    const { row, thread, counted } = await lockedComment(tx, access, id);
    if (row.authorId !== access.userId) throw new Forbidden('Only its author can edit a comment');
    if (row.deletedAt) throw new Conflict('This comment was deleted');
    if (row.text === text) return toComment(row, await authorName(tx, row.authorId));
    const mentioned = await mentionsIn(tx, access.initiativeId, text);
    const [after] = await tx
      .update(comments)
      .set({ text, mentionedActorIds: mentioned, editedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(comments.id, id), eq(comments.initiativeId, access.initiativeId)))
      .returning();
    await recordAudit(tx, audit(access, 'update', id, row, after));
    const name = await authorName(tx, row.authorId);
    const added = mentioned.filter((m) => !row.mentionedActorIds.includes(m));
    await notifyComment(tx, event(access, thread, after, name, added, counted, false));
    return toComment(after, name);
  });
}

/** Deleting keeps the comment's place in the thread, marked deleted; deleting it again changes nothing. */
export async function deleteComment(db: Db, access: Access, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { row } = await lockedComment(tx, access, id);
    if (row.authorId !== access.userId && !MODERATORS.includes(access.role)) {
      throw new Forbidden('Only its author or the backbone can delete a comment');
    }
    if (row.deletedAt) return;
    const [after] = await tx
      .update(comments)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(comments.id, id), eq(comments.initiativeId, access.initiativeId)))
      .returning();
    await recordAudit(tx, audit(access, 'delete', id, row, after));
  });
}
