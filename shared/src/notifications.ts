// Notifications (the bell and the e-mail digest) and reminders from the reporting-status screen.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from './enums.js';
import { dateTime, id, periodKey } from './common.js';

/**
 * What each kind carries in `params`, for the sentence in the reader's language. Names are stored
 * as they were when the notification was made (a renamed indicator keeps its old name here).
 */
export interface ReturnedValueRef {
  indicatorName: string;
  actorName: string | null;
  period: string;
}
export interface ValueReturnedParams {
  reason: string;
  values: ReturnedValueRef[];
}
/** value_missing and reminder: an organisation's indicators still without a value for a period. */
export interface MissingValuesParams {
  actorId: string;
  actorName: string;
  period: string;
  dueDate: string;
  indicators: { id: string; code: string; name: string }[];
  /** reminder: who sent it. */
  senderName?: string;
}
export interface ActionItemParams {
  actionItemId: string;
  title: string;
  actorName: string;
  dueDate: string | null;
  meetingTitle: string;
}
/** comment and mention (written by the comment threads). */
export interface CommentParams {
  authorName: string;
  indicatorName: string;
  period: string;
  /** mention: the organisation mentioned. */
  actorName?: string | null;
  excerpt?: string;
}
export interface IdeaDecidedParams {
  title: string;
  status: string;
  reason?: string | null;
}

export const notificationItem = z.object({
  id,
  initiativeId: id.nullable(),
  initiativeName: z.string().nullable(),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.unknown()).meta({ description: 'What the sentence is made of; its shape depends on the kind' }),
  link: z.string().nullable().meta({ description: 'The app path the notification opens' }),
  readAt: dateTime.nullable(),
  createdAt: dateTime,
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  unread: z.enum(['true', 'false']).optional().meta({ description: 'true: only unread ones' }),
});

export const notificationList = z.object({
  items: z.array(notificationItem),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  unread: z.number().int().meta({ description: 'Unread notifications of the caller in all their initiatives' }),
});
export type NotificationList = z.infer<typeof notificationList>;

export const markReadBody = z.union([
  z.object({ ids: z.array(id).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadBody = z.infer<typeof markReadBody>;

export const markReadResponse = z.object({
  marked: z.number().int().meta({ description: 'How many of the caller’s notifications became read' }),
  unread: z.number().int(),
});

export const reminderBody = z.object({
  period: periodKey,
  actorIds: z
    .array(id)
    .min(1)
    .max(500)
    .optional()
    .meta({ description: 'The organisations to remind; none: every organisation with missing values for the period' }),
});
export type ReminderBody = z.infer<typeof reminderBody>;

export const remindedActor = z.object({
  actorId: id,
  actorName: z.string(),
  indicatorCount: z.number().int(),
  users: z.array(z.object({ id, name: z.string(), emailed: z.boolean() })),
});

export const reminderResponse = z.object({
  period: periodKey,
  reminded: z.array(remindedActor).meta({ description: 'Organisations whose users were reminded' }),
  withoutUsers: z
    .array(z.object({ actorId: id, actorName: z.string() }))
    .meta({ description: 'Organisations with missing values but no user to remind: call them' }),
  skipped: z
    .array(z.object({ actorId: id, actorName: z.string(), remindedAt: dateTime }))
    .meta({ description: 'Organisations left out because they were reminded for this period within the last hour' }),
});
export type ReminderResponse = z.infer<typeof reminderResponse>;

export const reminderStatusQuery = z.object({ period: periodKey });

export const reminderStatus = z.object({
  period: periodKey,
  actors: z.array(
    z.object({
      actorId: id,
      remindedAt: dateTime.nullable().meta({ description: 'The latest reminder for this period' }),
      userCount: z.number().int().meta({ description: 'Users linked to the organisation, who would get a reminder' }),
    }),
  ),
});
export type ReminderStatus = z.infer<typeof reminderStatus>;

/** Days before (and after) a due date in which the sweep warns about missing values. */
export const MISSING_WARNING_DAYS = 7;
