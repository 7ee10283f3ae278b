import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACTIVITY_STATUSES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { actors, workingGroups } from './actors.js';
import { goals } from './goals.js';
import { indicators } from './indicators.js';
import { ideas } from './ideas.js';

export const activities = pgTable(
  'activities',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    leadActorId: uuid('lead_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    workingGroupId: uuid('working_group_id').references(() => workingGroups.id, { onDelete: 'set null' }),
    /** The initiative's own planning words: how, when, who. */
    how: text('how').notNull().default(''),
    when: text('when_text').notNull().default(''),
    who: text('who').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status').notNull().default('planned'),
    priority: integer('priority').notNull().default(0),
    /** The accepted idea this activity grew from. */
    ideaId: uuid('idea_id').references(() => ideas.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('activities_initiative_idx').on(t.initiativeId, t.status),
    index('activities_lead_idx').on(t.leadActorId),
    uniqueIndex('activities_idea_idx').on(t.ideaId),
    check('activities_status_check', oneOf('status', ACTIVITY_STATUSES)),
    check(
      'activities_dates_check',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);

export const activityGoals = pgTable(
  'activity_goals',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.goalId] }), index('activity_goals_goal_idx').on(t.goalId)],
);

export const activityIndicators = pgTable(
  'activity_indicators',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.indicatorId] }),
    index('activity_indicators_indicator_idx').on(t.indicatorId),
  ],
);

/** Participating (not leading) actors. */
export const activityActors = pgTable(
  'activity_actors',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.actorId] }), index('activity_actors_actor_idx').on(t.actorId)],
);
