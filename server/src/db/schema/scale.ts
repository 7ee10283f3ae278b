import { bigint, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { initiatives } from './initiatives.js';

/**
 * A counter per initiative, raised by every write that can change a figure the initiative shows;
 * caches of computed series and overviews are keyed by it, in every instance.
 */
export const dataVersions = pgTable('data_versions', {
  initiativeId: uuid('initiative_id')
    .primaryKey()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

/** Request counts per key and fixed window, shared by every instance (login and public limits). */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull().default(0),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});
