import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { MEASUREMENT_STATUSES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { indicators, disaggregationCategories } from './indicators.js';
import { actors } from './actors.js';
import { users } from './users.js';

export const measurements = pgTable(
  'measurements',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** Null for a population-level value that belongs to no actor. */
    actorId: uuid('actor_id').references(() => actors.id, { onDelete: 'cascade' }),
    /** Canonical period key in the indicator's frequency. */
    period: text('period').notNull(),
    /** First day of the period: lets SQL bucket and order periods. */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    /** Null for the total; set for a disaggregated value. */
    categoryId: uuid('category_id').references(() => disaggregationCategories.id, { onDelete: 'cascade' }),
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    note: text('note').notNull().default(''),
    status: text('status').notNull().default('submitted'),
    returnReason: text('return_reason'),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('measurements_cell_unique')
      .on(t.indicatorId, t.actorId, t.period, t.categoryId)
      .nullsNotDistinct(),
    // Covering: it also includes every column the aggregation reads (see migration 0006_reads).
    index('measurements_indicator_period_idx').on(t.indicatorId, t.periodStart),
    index('measurements_initiative_period_idx').on(t.initiativeId, t.period),
    index('measurements_initiative_period_start_idx').on(t.initiativeId, t.periodStart),
    index('measurements_actor_idx').on(t.actorId),
    check('measurements_status_check', oneOf('status', MEASUREMENT_STATUSES)),
    check(
      'measurements_value_shape_check',
      sql`(${t.value} is not null and ${t.numerator} is null and ${t.denominator} is null)
        or (${t.value} is null and ${t.numerator} is not null and ${t.denominator} is not null and ${t.denominator} > 0)`,
    ),
    check('measurements_version_check', sql`${t.version} >= 1`),
  ],
);

/** The story behind the curve for one indicator and period. */
export const narratives = pgTable(
  'narratives',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    whatHappened: text('what_happened').notNull().default(''),
    why: text('why').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('narratives_indicator_period_idx').on(t.indicatorId, t.periodStart)],
);
