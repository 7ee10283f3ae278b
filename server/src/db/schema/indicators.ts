import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACTOR_AGGREGATIONS, DIRECTIONS, FREQUENCIES, MEASURE_TYPES, TIME_AGGREGATIONS } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { goals } from './goals.js';
import { actors } from './actors.js';

export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    source: text('source').notNull().default(''),
    unit: text('unit').notNull().default(''),
    decimals: integer('decimals').notNull().default(0),
    measureType: text('measure_type').notNull().default('number'),
    direction: text('direction').notNull().default('increase'),
    frequency: text('frequency').notNull().default('quarter'),
    actorAggregation: text('actor_aggregation').notNull().default('sum'),
    timeAggregation: text('time_aggregation').notNull().default('sum'),
    baselineValue: doublePrecision('baseline_value'),
    baselinePeriod: text('baseline_period'),
    targetValue: doublePrecision('target_value'),
    targetPeriod: text('target_period'),
    position: integer('position').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    /** First day of the first period in which values are expected; earlier periods are never missing or late. */
    reportingFrom: date('reporting_from', { mode: 'string' }).notNull().default(sql`current_date`),
    /** True: the expected reporters are the actors in indicator_reporters; false: the default (every non-backbone actor). */
    reportersChosen: boolean('reporters_chosen').notNull().default(false),
    /** Percentages: whether a numerator above the denominator is accepted. */
    numeratorCanExceedDenominator: boolean('numerator_can_exceed_denominator').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('indicators_initiative_code_unique').on(t.initiativeId, t.code),
    index('indicators_initiative_idx').on(t.initiativeId, t.position),
    index('indicators_goal_idx').on(t.goalId),
    check('indicators_measure_type_check', oneOf('measure_type', MEASURE_TYPES)),
    check('indicators_direction_check', oneOf('direction', DIRECTIONS)),
    check('indicators_frequency_check', oneOf('frequency', FREQUENCIES)),
    check('indicators_actor_aggregation_check', oneOf('actor_aggregation', ACTOR_AGGREGATIONS)),
    check('indicators_time_aggregation_check', oneOf('time_aggregation', TIME_AGGREGATIONS)),
    check('indicators_decimals_check', sql`${t.decimals} between 0 and 6`),
    check(
      'indicators_baseline_pair_check',
      sql`(${t.baselineValue} is null) = (${t.baselinePeriod} is null)`,
    ),
    check('indicators_target_pair_check', sql`(${t.targetValue} is null) = (${t.targetPeriod} is null)`),
  ],
);

/** Optional intermediate targets, one per period key. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period] })],
);

/** A disaggregation dimension of an indicator, e.g. gender or age band. */
export const disaggregationDimensions = pgTable(
  'disaggregation_dimensions',
  {
    id: id(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique('disaggregation_dimensions_indicator_name_unique').on(t.indicatorId, t.name)],
);

export const disaggregationCategories = pgTable(
  'disaggregation_categories',
  {
    id: id(),
    dimensionId: uuid('dimension_id')
      .notNull()
      .references(() => disaggregationDimensions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique('disaggregation_categories_dimension_name_unique').on(t.dimensionId, t.name)],
);

/** The actors chosen to report an indicator (when `indicators.reporters_chosen`). */
export const indicatorReporters = pgTable(
  'indicator_reporters',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.actorId] }), index('indicator_reporters_actor_idx').on(t.actorId)],
);
