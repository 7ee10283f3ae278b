// The discussion on an idea: every member reads and writes; only the author edits, the author or
// the backbone deletes, and a deleted comment keeps its place without its words.
import { and, asc, eq } from 'drizzle-orm';
import type { IdeaComment } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { ideaComments, ideas, users } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import { canEditAll, type Access } from '../../plugins/auth.js';

type CommentRow = typeof ideaComments.$inferSelect;

function toIdeaComment(row: CommentRow, authorName: string | null): IdeaComment {
  return {
    id: row.id,
    ideaId: row.ideaId,
    authorId: row.authorId,
    authorName,
    text: row.deletedAt ? null : row.text,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
  };
}

function snapshot(row: CommentRow) {
  return { ideaId: row.ideaId, text: row.text, editedAt: row.editedAt, deletedAt: row.deletedAt };
}

function audit(access: Access, action: 'create' | 'update' | 'delete', row: CommentRow, before?: CommentRow) {
  return {
    initiativeId: access.initiativeId,
    userId: access.userId,
    action,
    entityType: 'idea_comment',
    entityId: row.id,
    before: before ? snapshot(before) : undefined,
    after: snapshot(row),
  };
}

async function assertIdea(db: DbOrTx, initiativeId: string, ideaId: string): Promise<void> {
  const [idea] = await db
    .select({ id: ideas.id })
    .from(ideas)
    .where(and(eq(ideas.initiativeId, initiativeId), eq(ideas.id, ideaId)));
  if (!idea) throw new NotFound('Idea');
}

async function authorName(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** The thread, oldest first (a conversation reads downwards). */
export async function listIdeaComments(db: DbOrTx, initiativeId: string, ideaId: string): Promise<IdeaComment[]> {
  await assertIdea(db, initiativeId, ideaId);
  const rows = await db
    .select({ comment: ideaComments, authorName: users.name })
    .from(ideaComments)
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .where(and(eq(ideaComments.initiativeId, initiativeId), eq(ideaComments.ideaId, ideaId)))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id));
  return rows.map((r) => toIdeaComment(r.comment, r.authorName));
}

export async function addIdeaComment(db: Db, access: Access, ideaId: string, text: string): Promise<IdeaComment> {
  return db.transaction(async (tx) => {
    await assertIdea(tx, access.initiativeId, ideaId);
    const [row] = await tx.insert(ideaComments).values({ initiativeId: access.initiativeId, ideaId, authorId: access.userId, text }).returning();
    await recordAudit(tx, audit(access, 'create', row));
    return toIdeaComment(row, await authorName(tx, access.userId));
  });
}

/** The comment of this idea, locked for the write; 404 when the idea or the comment is not there. */
async function lockedComment(tx: DbOrTx, access: Access, ideaId: string, commentId: string): Promise<CommentRow> {
  await assertIdea(tx, access.initiativeId, ideaId);
  const [row] = await tx
    .select()
    .from(ideaComments)
    .where(and(eq(ideaComments.initiativeId, access.initiativeId), eq(ideaComments.ideaId, ideaId), eq(ideaComments.id, commentId)))
    .for('update');
  if (!row) throw new NotFound('Comment');
  return row;
}

export async function editIdeaComment(db: Db, access: Access, ideaId: string, commentId: string, text: string): Promise<IdeaComment> {
  return db.transaction(async (tx) => {
    const row = await lockedComment(tx, access, ideaId, commentId);
    if (row.authorId !== access.userId) throw new Forbidden('Only its author can edit a comment');
    if (row.deletedAt) throw new Conflict('This comment was deleted');
    if (row.text === text) return toIdeaComment(row, await authorName(tx, row.authorId));
    const now = new Date();
    const [after] = await tx.update(ideaComments).set({ text, editedAt: now, updatedAt: now }).where(eq(ideaComments.id, commentId)).returning();
    await recordAudit(tx, audit(access, 'update', after, row));
    return toIdeaComment(after, await authorName(tx, after.authorId));
  });
}

/** Deleting keeps the comment's place in the thread, marked deleted; deleting it again changes nothing. */
export async function deleteIdeaComment(db: Db, access: Access, ideaId: string, commentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockedComment(tx, access, ideaId, commentId);
    if (row.authorId !== access.userId && !canEditAll(access)) throw new Forbidden('Only its author or the backbone can delete a comment');
    if (row.deletedAt) return;
    const now = new Date();
    const [after] = await tx.update(ideaComments).set({ deletedAt: now, updatedAt: now }).where(eq(ideaComments.id, commentId)).returning();
    await recordAudit(tx, audit(access, 'delete', after, row));
  });
}
