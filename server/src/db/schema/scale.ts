import { bigint, customType, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { initiatives } from './initiatives.js';
import { users } from './users.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

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

/**
 * A report generated in the background (PDF, XLSX, meeting pack): its progress and, once done, its
 * file, so that any instance can answer for it and it survives a restart. The queue that runs it is
 * pg-boss; this row is what the user polls and downloads.
 */
export const reportJobs = pgTable(
  'report_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The validated request the job renders. */
    input: jsonb('input').notNull().default({}),
    status: text('status').notNull().default('queued'),
    progress: real('progress').notNull().default(0),
    fileName: text('file_name').notNull(),
    contentType: text('content_type'),
    file: bytea('file'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('report_jobs_user_idx').on(t.userId, t.createdAt), index('report_jobs_initiative_idx').on(t.initiativeId, t.status)],
);
