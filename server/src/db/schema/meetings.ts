import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { MEETING_KINDS, MEETING_STATUSES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { actors, workingGroups } from './actors.js';
import { indicators } from './indicators.js';
import { ideas } from './ideas.js';

/** The communication cadence: a recurring kind of meeting. */
export const meetingSeries = pgTable(
  'meeting_series',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** RFC 5545 recurrence rule without DTSTART, e.g. `FREQ=MONTHLY;INTERVAL=3`. */
    rrule: text('rrule').notNull(),
    /** First occurrence; its time of day is the usual time. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(120),
    timezone: text('timezone').notNull().default('Europe/Stockholm'),
    place: text('place').notNull().default(''),
    workingGroupId: uuid('working_group_id').references(() => workingGroups.id, { onDelete: 'set null' }),
    defaultAgenda: jsonb('default_agenda').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meeting_series_initiative_idx').on(t.initiativeId),
    check('meeting_series_kind_check', oneOf('kind', MEETING_KINDS)),
    check('meeting_series_duration_check', sql`${t.durationMinutes} > 0`),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').references(() => meetingSeries.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    status: text('status').notNull().default('planned'),
    /** Markdown; rendered sanitised. */
    minutes: text('minutes').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('meetings_initiative_time_idx').on(t.initiativeId, t.startsAt),
    index('meetings_series_idx').on(t.seriesId),
    check('meetings_kind_check', oneOf('kind', MEETING_KINDS)),
    check('meetings_status_check', oneOf('status', MEETING_STATUSES)),
    check('meetings_time_check', sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    indicatorId: uuid('indicator_id').references(() => indicators.id, { onDelete: 'set null' }),
    /** An idea to be weighed at the meeting. */
    ideaId: uuid('idea_id').references(() => ideas.id, { onDelete: 'set null' }),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position), index('agenda_items_idea_idx').on(t.ideaId)],
);

export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    /** Number of people from the actor who were there. */
    people: integer('people').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.actorId] }),
    index('meeting_attendance_actor_idx').on(t.actorId),
    check('meeting_attendance_people_check', sql`${t.people} >= 0`),
  ],
);

export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    text: text('text').notNull(),
  },
  (t) => [index('decisions_meeting_idx').on(t.meetingId)],
);

export const actionItems = pgTable(
  'action_items',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerActorId: uuid('owner_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('action_items_meeting_idx').on(t.meetingId), index('action_items_owner_idx').on(t.ownerActorId)],
);

/** A frozen PDF of the figures shown at a meeting. */
export const meetingPacks = pgTable(
  'meeting_packs',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** The PDF bytes, base64; packs are small and must never change. */
    contentBase64: text('content_base64').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    fromPeriod: text('from_period'),
    toPeriod: text('to_period'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_packs_meeting_idx').on(t.meetingId)],
);

