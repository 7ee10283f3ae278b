import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { LOCALES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';

export const initiatives = pgTable(
  'initiatives',
  {
    id: id(),
    name: text('name').notNull(),
    area: text('area').notNull().default(''),
    vision: text('vision').notNull().default(''),
    description: text('description').notNull().default(''),
    locale: text('locale').notNull().default('sv'),
    publicView: boolean('public_view').notNull().default(false),
    /** Public views suppress values below this count. */
    publicThreshold: integer('public_threshold').notNull().default(5),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    /** Periods that end on or before the end of this period key are locked for edits; null: none. */
    lockedThrough: text('locked_through'),
    /** Days after a period's end after which a missing value counts as late. */
    reportingDeadlineDays: integer('reporting_deadline_days').notNull().default(30),
    /** Lock each period automatically once its due date has passed (in addition to `locked_through`). */
    autoLock: boolean('auto_lock').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('initiatives_locale_check', oneOf('locale', LOCALES)),
    check('initiatives_public_threshold_check', sql`${t.publicThreshold} >= 0`),
    check('initiatives_deadline_check', sql`${t.reportingDeadlineDays} >= 0`),
  ],
);
