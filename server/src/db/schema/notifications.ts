import { check, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { NOTIFICATION_KINDS } from '@ci/shared';
import { createdAt, id, oneOf } from './_columns.js';
import { initiatives } from './initiatives.js';
import { users } from './users.js';

/**
 * An in-app message to one user. `params` holds what the web needs to word it in the reader's
 * language (names, period keys, a reason); `link` is the app path it opens. `dedupe_key` makes
 * sweeps idempotent (e.g. one "missing near its due date" per user, indicator, actor and period).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    initiativeId: uuid('initiative_id').references(() => initiatives.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** When it went out by e-mail (digest or at once); null: not (yet) e-mailed. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    unique('notifications_user_dedupe_unique').on(t.userId, t.dedupeKey),
    check('notifications_kind_check', oneOf('kind', NOTIFICATION_KINDS)),
  ],
);
