// Ideas and proposals: members propose, organisations support (one vote each), the backbone or
// steering group decides, and an accepted idea becomes an activity.
import { z } from 'zod';
import { IDEA_STATUSES } from './enums.js';
import { dateTime, id, isoDate } from './common.js';
import { commentText } from './comments.js';

export const IDEA_SORTS = ['support', 'newest', 'status'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

export const ideaSupporter = z.object({
  actorId: id,
  actorName: z.string(),
  /** Who cast it: a user of the organisation, or the backbone recording a vote given at a meeting. */
  castByName: z.string().nullable(),
  meetingId: id.nullable().meta({ description: 'The meeting at which the organisation gave this vote, when the backbone recorded it' }),
  createdAt: dateTime,
});
export type IdeaSupporter = z.infer<typeof ideaSupporter>;

export const idea = z.object({
  id,
  title: z.string(),
  description: z.string(),
  how: z.string(),
  when: z.string(),
  who: z.string(),
  goalIds: z.array(id),
  /** The proposing organisation; null only once it was removed. */
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  proposedByUserId: id.nullable(),
  proposedByName: z.string().nullable(),
  status: z.enum(IDEA_STATUSES),
  /** Organisations that support the idea, never users. */
  supportCount: z.number().int(),
  supporters: z.array(ideaSupporter).meta({ description: 'In the order they gave their support' }),
  decisionReason: z.string().nullable(),
  decidedAt: dateTime.nullable(),
  /** The activity the idea became once accepted. */
  activityId: id.nullable(),
  commentCount: z.number().int().meta({ description: 'Comments in its discussion that are not deleted' }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Idea = z.infer<typeof idea>;

export const ideaDecision = z.object({
  id,
  fromStatus: z.enum(IDEA_STATUSES),
  toStatus: z.enum(IDEA_STATUSES),
  reason: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: dateTime,
});
export type IdeaDecision = z.infer<typeof ideaDecision>;

/** One idea with what its page shows besides the list fields. */
export const ideaDetail = idea.extend({
  decisions: z.array(ideaDecision).meta({ description: 'Oldest first' }),
  meetings: z
    .array(z.object({ id, title: z.string(), startsAt: dateTime }))
    .meta({ description: 'Meetings that have the idea on their agenda, soonest first' }),
});
export type IdeaDetail = z.infer<typeof ideaDetail>;

const ideaFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10000),
  how: z.string().max(5000),
  when: z.string().max(5000),
  who: z.string().max(5000),
  goalIds: z.array(id).max(200),
};

export const ideaInput = z.object({
  ...ideaFields,
  description: ideaFields.description.default(''),
  how: ideaFields.how.default(''),
  when: ideaFields.when.default(''),
  who: ideaFields.who.default(''),
  goalIds: ideaFields.goalIds.default([]),
  /** The proposing organisation: a partner proposes for one of its own. */
  actorId: id,
});
export type IdeaInput = z.input<typeof ideaInput>;

/** Editable while the idea waits for a decision; `goalIds`, when given, replaces the goals. */
export const ideaPatch = z.object(ideaFields).partial();
export type IdeaPatch = z.input<typeof ideaPatch>;

export const ideaListQuery = z.object({
  sort: z.enum(IDEA_SORTS).default('support'),
  status: z.enum(IDEA_STATUSES).optional(),
  /** true: only ideas waiting for a decision. */
  open: z.enum(['true', 'false']).optional(),
  goalId: id.optional(),
});
export type IdeaListQuery = z.input<typeof ideaListQuery>;

export const ideaVoteParams = z.object({ initiativeId: id, id, actorId: id });

/**
 * The backbone may say at which meeting the organisation gave its vote. The body is optional (a
 * request without one arrives as null): no body is the same as `{ meetingId: null }`.
 */
export const ideaVoteInput = z
  .object({ meetingId: id.nullable().default(null) })
  .nullish()
  .meta({ description: 'Optional; without a body the vote is given now, not at a meeting' });

/** What the activity of an accepted idea starts with; omitted fields come from the idea. */
export const ideaActivityPrefill = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    how: z.string().max(5000).optional(),
    when: z.string().max(5000).optional(),
    who: z.string().max(5000).optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
  })
  // ISO dates compare correctly as strings.
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'The end date cannot be before the start date',
  });

export const ideaDecisionInput = z
  .object({
    status: z.enum(IDEA_STATUSES),
    reason: z.string().trim().max(4000).optional(),
    activity: ideaActivityPrefill.optional(),
  })
  .refine((d) => d.status !== 'declined' || (d.reason?.length ?? 0) > 0, {
    path: ['reason'],
    message: 'Say why the idea is declined: its proposers see the reason',
  });
export type IdeaDecisionInput = z.input<typeof ideaDecisionInput>;

export const ideaComment = z.object({
  id,
  ideaId: id,
  authorId: id.nullable(),
  authorName: z.string().nullable(),
  /** Null once deleted: the comment keeps its place, its words are gone. */
  text: z.string().nullable(),
  createdAt: dateTime,
  editedAt: dateTime.nullable(),
  deletedAt: dateTime.nullable(),
});
export type IdeaComment = z.infer<typeof ideaComment>;

export const ideaCommentInput = z.object({ text: commentText });
export const ideaCommentParams = z.object({ initiativeId: id, id, commentId: id });
