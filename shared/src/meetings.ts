import { z } from 'zod';
import { MEETING_KINDS, MEETING_STATUSES } from './enums.js';
import { dateTime, id, isoDate, pageQuery } from './common.js';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A query-string flag: `true` or `false`. */
const queryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** An IANA time zone name, e.g. `Europe/Stockholm`. */
export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: 'Expected an IANA time zone such as Europe/Stockholm' });

// ---------------------------------------------------------------- meeting series (the cadence)

export const meetingSeries = z.object({
  id,
  name: z.string(),
  kind: z.enum(MEETING_KINDS),
  /** RFC 5545 RRULE without DTSTART, e.g. `FREQ=MONTHLY;INTERVAL=3`. */
  rrule: z.string(),
  /** The first occurrence (DTSTART); its local time of day in `timezone` is the usual time. */
  startsAt: dateTime,
  durationMinutes: z.number().int(),
  timezone: z.string(),
  place: z.string(),
  workingGroupId: id.nullable(),
  defaultAgenda: z.array(z.string()),
  /** The next four occurrences from now. */
  nextOccurrences: z.array(dateTime),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type MeetingSeries = z.infer<typeof meetingSeries>;

const seriesFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(MEETING_KINDS),
  rrule: z.string().trim().min(1).max(500).meta({ example: 'FREQ=MONTHLY;INTERVAL=3' }),
  startsAt: dateTime,
  durationMinutes: z.number().int().min(1).max(24 * 60),
  timezone: timeZone,
  place: z.string().max(300),
  workingGroupId: id.nullable(),
  defaultAgenda: z.array(z.string().trim().min(1).max(300)).max(50),
};

export const meetingSeriesInput = z.object({
  ...seriesFields,
  durationMinutes: seriesFields.durationMinutes.default(120),
  timezone: seriesFields.timezone.default('Europe/Stockholm'),
  place: seriesFields.place.default(''),
  workingGroupId: seriesFields.workingGroupId.default(null),
  defaultAgenda: seriesFields.defaultAgenda.default([]),
});
export type MeetingSeriesInput = z.input<typeof meetingSeriesInput>;

export const meetingSeriesPatch = z.object(seriesFields).partial();
export type MeetingSeriesPatch = z.input<typeof meetingSeriesPatch>;

export const occurrence = z.object({
  startsAt: dateTime,
  endsAt: dateTime,
  /** The meeting already created for this occurrence, if any. */
  meetingId: id.nullable(),
});
export type Occurrence = z.infer<typeof occurrence>;

export const occurrencesQuery = z
  .object({
    /** Default: now. */
    from: dateTime.optional(),
    to: dateTime.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(10),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: '`to` cannot be before `from`' });

/** Without `startsAt`: the next occurrence that has no meeting yet. */
export const meetingFromSeriesInput = z.object({ startsAt: dateTime.optional() });

// ---------------------------------------------------------------- meetings

export const agendaItem = z.object({
  id,
  position: z.number().int(),
  title: z.string(),
  notes: z.string(),
  durationMinutes: z.number().int().nullable(),
  indicatorId: id.nullable(),
  /** An idea to be weighed at the meeting. */
  ideaId: id.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

/** An agenda item as written; its position is its place in the list. */
export const agendaItemInput = z.object({
  title: z.string().trim().min(1).max(300),
  notes: z.string().max(10000).default(''),
  durationMinutes: z.number().int().min(1).max(24 * 60).nullable().default(null),
  indicatorId: id.nullable().default(null),
  ideaId: id.nullable().default(null),
});

export const attendance = z.object({ actorId: id, people: z.number().int() });
export type Attendance = z.infer<typeof attendance>;

export const attendanceInput = z.object({
  items: z
    .array(z.object({ actorId: id, people: z.number().int().min(0).max(10000).default(1) }))
    .max(1000)
    .refine((items) => new Set(items.map((i) => i.actorId)).size === items.length, {
      message: 'Each actor may appear only once',
    }),
});
export type AttendanceInput = z.input<typeof attendanceInput>;

export const decision = z.object({ id, position: z.number().int(), text: z.string() });
export type Decision = z.infer<typeof decision>;

/** `position` is the place in the meeting's list (0 = first); the others move to make room. */
export const decisionInput = z.object({
  text: z.string().trim().min(1).max(5000),
  /** Omitted: after the last decision. */
  position: z.number().int().min(0).max(10000).optional(),
});
export const decisionPatch = z.object({
  text: z.string().trim().min(1).max(5000),
  position: z.number().int().min(0).max(10000),
}).partial();

export const actionItem = z.object({
  id,
  title: z.string(),
  ownerActorId: id.nullable(),
  dueDate: isoDate.nullable(),
  done: z.boolean(),
  doneAt: dateTime.nullable(),
});
export type ActionItem = z.infer<typeof actionItem>;

export const actionItemInput = z.object({
  title: z.string().trim().min(1).max(500),
  ownerActorId: id.nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  done: z.boolean().default(false),
});
export type ActionItemInput = z.input<typeof actionItemInput>;

/** A partner linked to the owner actor may send `{ done }` only. */
export const actionItemPatch = z.object({
  title: z.string().trim().min(1).max(500),
  ownerActorId: id.nullable(),
  dueDate: isoDate.nullable(),
  done: z.boolean(),
}).partial();
export type ActionItemPatch = z.input<typeof actionItemPatch>;

/** An action item across meetings, with the meeting it came from. */
export const actionItemListItem = actionItem.extend({
  meetingId: id,
  meetingTitle: z.string(),
  meetingStartsAt: dateTime,
});
export type ActionItemListItem = z.infer<typeof actionItemListItem>;

export const actionItemListQuery = z.object({
  ...pageQuery.shape,
  /** true: not done; false: done. */
  open: queryFlag.optional(),
  ownerActorId: id.optional(),
});

const meetingBase = {
  id,
  seriesId: id.nullable(),
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  startsAt: dateTime,
  endsAt: dateTime,
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
  createdAt: dateTime,
  updatedAt: dateTime,
};

export const meeting = z.object({
  ...meetingBase,
  /** Markdown, shared with every member of the initiative. */
  minutes: z.string(),
  agendaItems: z.array(agendaItem),
  attendance: z.array(attendance),
  decisions: z.array(decision),
  actionItems: z.array(actionItem),
});
export type Meeting = z.infer<typeof meeting>;

export const meetingListItem = z.object({
  ...meetingBase,
  agendaItemCount: z.number().int(),
  /** Actors present. */
  attendanceCount: z.number().int(),
  /** People present, over all actors. */
  peopleCount: z.number().int(),
  decisionCount: z.number().int(),
  actionItemCount: z.number().int(),
  openActionItemCount: z.number().int(),
});
export type MeetingListItem = z.infer<typeof meetingListItem>;

const meetingFields = {
  title: z.string().trim().min(1).max(300),
  kind: z.enum(MEETING_KINDS),
  startsAt: dateTime,
  endsAt: dateTime,
  place: z.string().max(300),
  status: z.enum(MEETING_STATUSES),
  minutes: z.string().max(200_000),
  agendaItems: z.array(agendaItemInput).max(100),
};

const endNotBeforeStart = {
  check: (v: { startsAt?: Date; endsAt?: Date }) => !v.startsAt || !v.endsAt || v.endsAt >= v.startsAt,
  params: { path: ['endsAt'], message: 'The meeting cannot end before it starts' },
};

export const meetingInput = z
  .object({
    ...meetingFields,
    seriesId: id.nullable().default(null),
    place: meetingFields.place.default(''),
    status: meetingFields.status.default('planned'),
    minutes: meetingFields.minutes.default(''),
    agendaItems: meetingFields.agendaItems.default([]),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);
export type MeetingInput = z.input<typeof meetingInput>;

/** `agendaItems`, when given, replaces the agenda. */
export const meetingPatch = z
  .object(meetingFields)
  .partial()
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);
export type MeetingPatch = z.input<typeof meetingPatch>;

export const meetingListQuery = z
  .object({
    /** Meetings that end at or after `from`. */
    from: dateTime.optional(),
    /** Meetings that start before `to`. */
    to: dateTime.optional(),
    seriesId: id.optional(),
    kind: z.enum(MEETING_KINDS).optional(),
    /** Only meetings that have not ended yet. */
    upcoming: queryFlag.optional(),
    /** Only meetings with at least one agenda item on this indicator. */
    indicatorId: id.optional(),
    /** Only meetings this actor attended: its attendance is recorded with at least one person. */
    actorId: id.optional(),
    ...pageQuery.shape,
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: '`to` cannot be before `from`' });
export type MeetingListQuery = z.input<typeof meetingListQuery>;

/**
 * One quarter of an actor's meeting attendance. `held`: meetings held whose attendance was taken
 * (the others say nothing about anyone); `attended`: those the actor came to with at least one
 * person; `people`: how many people it sent to them in all.
 */
export const attendancePeriod = z.object({
  period: z.string().meta({ example: '2025-Q2' }),
  held: z.number().int(),
  attended: z.number().int(),
  people: z.number().int(),
});
export type AttendancePeriod = z.infer<typeof attendancePeriod>;

/** `/meetings/:id/decisions/:decisionId` */
export const decisionParams = z.object({ initiativeId: id, id, decisionId: id });
/** `/meetings/:id/action-items/:actionItemId` */
export const actionItemParams = z.object({ initiativeId: id, id, actionItemId: id });
