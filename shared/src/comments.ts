import { z } from 'zod';
import { dateTime, id, pageOf, pageQuery, periodKey } from './common.js';

export const COMMENT_MAX_LENGTH = 4000;

/** Plain text: trimmed, 1-4000 characters, no NUL bytes (no markup is interpreted anywhere). */
export const commentText = z
  .string()
  .trim()
  .min(1, 'Write something')
  .max(COMMENT_MAX_LENGTH, `At most ${COMMENT_MAX_LENGTH} characters`)
  .refine((s) => !s.includes('\u0000'), 'The text contains a NUL character');

export const comment = z.object({
  id,
  indicatorId: id,
  /** The value's organisation; null for a thread on the indicator and period. */
  actorId: id.nullable(),
  period: periodKey,
  authorId: id.nullable().meta({ description: 'Null when the author was removed' }),
  authorName: z.string().nullable(),
  /** Null once deleted: the comment keeps its place in the thread, its words are gone. */
  text: z.string().nullable(),
  mentionedActorIds: z.array(id),
  createdAt: dateTime,
  editedAt: dateTime.nullable(),
  deletedAt: dateTime.nullable(),
});
export type Comment = z.infer<typeof comment>;

export const commentThread = pageOf(comment);

export const commentThreadQuery = z.object({
  ...pageQuery.shape,
  indicatorId: id,
  actorId: id.optional().meta({ description: "The value's organisation; without it, the thread on the indicator and period" }),
  period: periodKey,
});
export type CommentThreadQuery = z.infer<typeof commentThreadQuery>;

export const commentInput = z.object({
  indicatorId: id,
  actorId: id.nullable().optional(),
  period: periodKey,
  text: commentText,
});
export type CommentInput = z.input<typeof commentInput>;

export const commentPatch = z.object({ text: commentText });
export type CommentPatch = z.input<typeof commentPatch>;

export const commentCountsQuery = z
  .object({
    period: periodKey.optional(),
    indicatorId: id.optional(),
  })
  .refine((q) => q.period !== undefined || q.indicatorId !== undefined, { message: 'Give a period, an indicator, or both' });

/** Threads with at least one comment that is not deleted, and how many there are. */
export const commentCounts = z.object({
  items: z.array(
    z.object({
      indicatorId: id,
      actorId: id.nullable(),
      period: periodKey,
      count: z.number().int(),
      lastAt: dateTime,
    }),
  ),
});
export type CommentCounts = z.infer<typeof commentCounts>;
