import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { indicators } from './indicators.js';
import { actors } from './actors.js';
import { users } from './users.js';

/**
 * One message in a discussion on data: on a value (indicator + actor + period) when `actor_id` is
 * set, else on an indicator and period. Deleted messages keep their place in the thread.
 */
export const comments = pgTable(
  'comments',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => actors.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    /** Organisations mentioned in the text (their users are notified). */
    mentionedActorIds: uuid('mentioned_actor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('comments_thread_idx').on(t.indicatorId, t.period, t.actorId),
    index('comments_initiative_idx').on(t.initiativeId, t.createdAt),
    check('comments_text_check', sql`length(${t.text}) between 1 and 4000`),
  ],
);
