// Who hears of a new comment: the users of the organisations it mentions (`mention`), and the users
// of the value's organisation and earlier participants of the thread (`comment`); never its author,
// and only people who may read the thread.
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { comments } from '../../db/schema/index.js';
import { notify, usersOfActors, type NewNotification } from '../notifications/notifications.repository.js';
import { threadWhere } from './comments.repository.js';
import { mayRead, readersOf, type Reader, type Thread } from './comments.thread.js';

const EXCERPT_LENGTH = 140;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= EXCERPT_LENGTH ? flat : `${chars.slice(0, EXCERPT_LENGTH - 1).join('').trimEnd()}…`;
}

/**
 * The app path of the thread for one reader: the entry grid's cell for those who work in that
 * column, otherwise the indicator page at the period (where every value's thread can be opened).
 */
export function threadLink(initiativeId: string, thread: Thread, reader: Reader): string {
  const period = encodeURIComponent(thread.period);
  const enters = reader.role === 'admin' || reader.role === 'backbone' || (thread.actorId !== null && reader.actorIds.includes(thread.actorId));
  if (thread.actorId !== null && enters) {
    return `/i/${initiativeId}/entry?period=${period}&indicator=${thread.indicatorId}&actor=${thread.actorId}`;
  }
  const actor = thread.actorId ? `&actor=${thread.actorId}` : '';
  return `/i/${initiativeId}/indicators/${thread.indicatorId}?period=${period}${actor}#values`;
}

export interface CommentEvent {
  initiativeId: string;
  thread: Thread;
  commentId: string;
  authorId: string;
  authorName: string | null;
  text: string;
  /** Organisations whose users are told they were mentioned. */
  mentionedActorIds: string[];
  /** Whether the thread's value counts (partners of other organisations may read it). */
  counted: boolean;
  /** A new comment also tells the value's organisation and the thread's participants; an edit only new mentions. */
  isNew: boolean;
}

export async function notifyComment(tx: DbOrTx, e: CommentEvent): Promise<number> {
  const mentioned = new Set((await usersOfActors(tx, e.initiativeId, e.mentionedActorIds)).map((u) => u.userId));
  const others = new Set<string>();
  if (e.isNew) {
    if (e.thread.actorId) for (const u of await usersOfActors(tx, e.initiativeId, [e.thread.actorId])) others.add(u.userId);
    const earlier = await tx
      .selectDistinct({ userId: comments.authorId })
      .from(comments)
      .where(and(threadWhere(e.initiativeId, e.thread), isNotNull(comments.authorId), ne(comments.id, e.commentId)));
    for (const p of earlier) others.add(p.userId!);
  }
  mentioned.delete(e.authorId);
  others.delete(e.authorId);
  for (const id of mentioned) others.delete(id);
  const readers = await readersOf(tx, e.initiativeId, [...mentioned, ...others]);

  const params = {
    commentId: e.commentId,
    indicatorId: e.thread.indicatorId,
    indicatorCode: e.thread.indicator.code,
    indicatorName: e.thread.indicator.name,
    actorId: e.thread.actorId,
    actorName: e.thread.actorName,
    period: e.thread.period,
    authorName: e.authorName,
    excerpt: excerpt(e.text),
  };
  const entries: NewNotification[] = [];
  const add = (userId: string, kind: 'mention' | 'comment') => {
    const reader = readers.get(userId);
    if (!reader || !mayRead(reader, e.thread, e.counted)) return;
    // One notification per user and comment: an edit that mentions someone again adds nothing.
    entries.push({ userId, initiativeId: e.initiativeId, kind, params, link: threadLink(e.initiativeId, e.thread, reader), dedupeKey: `comment:${e.commentId}` });
  };
  for (const id of mentioned) add(id, 'mention');
  for (const id of others) add(id, 'comment');
  return notify(tx, entries);
}
