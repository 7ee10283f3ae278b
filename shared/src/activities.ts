import { z } from 'zod';
import { ACTIVITY_STATUSES } from './enums.js';
import { dateTime, id, isoDate, pageQuery } from './common.js';

/** A mutually reinforcing activity: who does what, towards which goals and indicators. */
export const activity = z.object({
  id,
  title: z.string(),
  description: z.string(),
  leadActorId: id.nullable(),
  /** Participating actors; the lead actor is never repeated here. */
  participantActorIds: z.array(id),
  workingGroupId: id.nullable(),
  goalIds: z.array(id),
  indicatorIds: z.array(id),
  how: z.string(),
  when: z.string(),
  who: z.string(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  /** Lower comes first. */
  priority: z.number().int(),
  /** The accepted idea this activity grew from. */
  ideaId: id.nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Activity = z.infer<typeof activity>;

const idList = z.array(id).max(200);

const activityFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10000),
  leadActorId: id.nullable(),
  participantActorIds: idList,
  workingGroupId: id.nullable(),
  goalIds: idList,
  indicatorIds: idList,
  how: z.string().max(5000),
  when: z.string().max(5000),
  who: z.string().max(5000),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  priority: z.number().int().min(0).max(1_000_000),
};

const endNotBeforeStart = {
  // ISO dates compare correctly as strings.
  check: (v: { startDate?: string | null; endDate?: string | null }) =>
    !v.startDate || !v.endDate || v.endDate >= v.startDate,
  params: { path: ['endDate'], message: 'The end date cannot be before the start date' },
};

export const activityInput = z
  .object({
    ...activityFields,
    description: activityFields.description.default(''),
    leadActorId: activityFields.leadActorId.default(null),
    participantActorIds: activityFields.participantActorIds.default([]),
    workingGroupId: activityFields.workingGroupId.default(null),
    goalIds: activityFields.goalIds.default([]),
    indicatorIds: activityFields.indicatorIds.default([]),
    how: activityFields.how.default(''),
    when: activityFields.when.default(''),
    who: activityFields.who.default(''),
    startDate: activityFields.startDate.default(null),
    endDate: activityFields.endDate.default(null),
    status: activityFields.status.default('planned'),
    /** Omitted: the activity goes last. */
    priority: activityFields.priority.optional(),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);
export type ActivityInput = z.input<typeof activityInput>;

/** Link lists, when given, replace the current links. */
export const activityPatch = z
  .object(activityFields)
  .partial()
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);
export type ActivityPatch = z.input<typeof activityPatch>;

export const activityListQuery = z
  .object({
    ...pageQuery.shape,
    status: z.enum(ACTIVITY_STATUSES).optional(),
    goalId: id.optional(),
    /** Lead or participant. */
    actorId: id.optional(),
    indicatorId: id.optional(),
    workingGroupId: id.optional(),
    /** With `to`: activities whose dates overlap the range; activities without any date are left out. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Words in the title, description, how, when or who. */
    q: z.string().trim().max(200).optional(),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: '`to` cannot be before `from`' });
export type ActivityListQuery = z.input<typeof activityListQuery>;

/** The new priority order: listed activities first, in this order; the others keep theirs after them. */
export const activityOrderInput = z.object({
  ids: z
    .array(id)
    .min(1)
    .max(2000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each activity may appear only once' }),
});
export type ActivityOrderInput = z.input<typeof activityOrderInput>;
