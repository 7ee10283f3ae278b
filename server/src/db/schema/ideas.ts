import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IDEA_STATUSES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { actors } from './actors.js';
import { goals } from './goals.js';
import { users } from './users.js';
import { meetings } from './meetings.js';

/**
 * A proposal from a member organisation. The collective weighs it (one vote per organisation) and
 * the backbone or steering group decides; an accepted idea becomes an activity (`activities.idea_id`).
 */
export const ideas = pgTable(
  'ideas',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** The proposer's own planning words, carried over to the activity when accepted. */
    how: text('how').notNull().default(''),
    when: text('when_text').notNull().default(''),
    who: text('who').notNull().default(''),
    /** The proposing organisation; null only once that organisation was removed. */
    actorId: uuid('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    proposedByUserId: uuid('proposed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('proposed'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('ideas_initiative_idx').on(t.initiativeId, t.status),
    check('ideas_status_check', oneOf('status', IDEA_STATUSES)),
    check('ideas_declined_reason_check', sql`${t.status} <> 'declined' or length(trim(${t.decisionReason})) > 0`),
    check('ideas_title_check', sql`length(${t.title}) between 1 and 300`),
  ],
);

export const ideaGoals = pgTable(
  'idea_goals',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.goalId] }), index('idea_goals_goal_idx').on(t.goalId)],
);

/**
 * An organisation's support. The primary key is the rule "one vote per organisation": two users of
 * the same organisation voting at the same moment still make one row.
 */
export const ideaVotes = pgTable(
  'idea_votes',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    castByUserId: uuid('cast_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Set when the backbone recorded a vote the organisation gave at a meeting. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.actorId] }), index('idea_votes_actor_idx').on(t.actorId)],
);

/** Every change of an idea's status, with its reason: the decision history on the idea page. */
export const ideaDecisions = pgTable(
  'idea_decisions',
  {
    id: id(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('idea_decisions_idea_idx').on(t.ideaId, t.createdAt),
    check('idea_decisions_to_check', oneOf('to_status', IDEA_STATUSES)),
  ],
);

/** The discussion on an idea: plain-text comments; deleted ones keep their place. */
export const ideaComments = pgTable(
  'idea_comments',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('idea_comments_idea_idx').on(t.ideaId, t.createdAt),
    check('idea_comments_text_check', sql`length(${t.text}) between 1 and 4000`),
  ],
);
