import { z } from 'zod';
import { ACTOR_AGGREGATIONS, DIRECTIONS, FREQUENCIES, MEASURE_TYPES, TIME_AGGREGATIONS, type Frequency } from './enums.js';
import { dateTime, id, pageQuery, periodKey } from './common.js';
import { comparePeriods, tryParsePeriod } from './periods.js';
import { boundedNumber, hasAtMostDecimals } from './values.js';

export const indicatorTarget = z.object({
  period: periodKey,
  value: boundedNumber,
});
export type IndicatorTarget = z.infer<typeof indicatorTarget>;

export const disaggregationCategory = z.object({ id, name: z.string(), position: z.number().int() });
export const disaggregationDimension = z.object({
  id,
  name: z.string(),
  position: z.number().int(),
  categories: z.array(disaggregationCategory),
});
export type DisaggregationDimension = z.infer<typeof disaggregationDimension>;

const described = {
  code: 'Short code, unique in the initiative (ignoring case), e.g. "A1"',
  measureType:
    '`number`, or `percentage`: values are entered as numerator and denominator so that they aggregate as a ratio of sums',
  direction: 'Which way is better: `increase`, `decrease`, or `maintain` (stay close to the target)',
  frequency: 'How often values are reported; every period key of the indicator (baseline, target, per-period targets) is of this frequency',
  actorAggregation:
    'How actors\' values combine into one: `sum`, `mean`, `min`, `max`, or `none` (a population-level value that only the backbone reports). Percentages: `sum` (ratio of summed numerators and denominators) or `none`',
  timeAggregation:
    'How the periods inside a coarser period combine: `sum` (flows), `last` (stocks and cumulative counts), `mean`. Percentages: `sum` or `last`',
  baselineValue: 'Starting value; given together with baselinePeriod, or both null',
  baselinePeriod: 'Period of the baseline value, in the indicator\'s frequency',
  targetValue: 'Value to reach; given together with targetPeriod, or both null',
  targetPeriod: 'Period by which the target should be reached; after baselinePeriod',
  goalId: 'The goal of the common agenda this indicator measures; null when not (yet) assigned',
  archived: 'Archived indicators keep their data but are hidden from lists, charts and data entry',
  position: 'Order among the initiative\'s indicators',
  targets: 'Optional intermediate targets, one per period, in the indicator\'s frequency',
  dimensions: 'Disaggregation dimensions (e.g. gender, age band), each with its categories, in display order',
  expectedActorIds:
    'The actors expected to report this indicator; null: the default, every actor that is not the backbone organisation ' +
    '(population-level indicators are reported by the backbone and take null). Each actor is expected only while it is a member',
  reportingFrom:
    "The first period in which values are expected, in the indicator's frequency; default: the period in which the indicator was created. " +
    'Earlier periods never count as missing or late',
  numeratorCanExceedDenominator: 'Percentages: whether a numerator above its denominator (more than 100 %) is accepted',
} as const;

export const indicator = z.object({
  id,
  code: z.string().meta({ description: described.code }),
  name: z.string(),
  definition: z.string().meta({ description: 'What exactly is counted, and how' }),
  source: z.string().meta({ description: 'Where the data comes from' }),
  unit: z.string().meta({ description: 'Unit shown after values, e.g. "people" or "%"' }),
  decimals: z.number().int().meta({ description: 'Decimals of the values; a value with more decimals is refused, never rounded' }),
  measureType: z.enum(MEASURE_TYPES).meta({ description: described.measureType }),
  direction: z.enum(DIRECTIONS).meta({ description: described.direction }),
  frequency: z.enum(FREQUENCIES).meta({ description: described.frequency }),
  actorAggregation: z.enum(ACTOR_AGGREGATIONS).meta({ description: described.actorAggregation }),
  timeAggregation: z.enum(TIME_AGGREGATIONS).meta({ description: described.timeAggregation }),
  baselineValue: z.number().nullable().meta({ description: described.baselineValue }),
  baselinePeriod: periodKey.nullable().meta({ description: described.baselinePeriod }),
  targetValue: z.number().nullable().meta({ description: described.targetValue }),
  targetPeriod: periodKey.nullable().meta({ description: described.targetPeriod }),
  goalId: id.nullable().meta({ description: described.goalId }),
  archived: z.boolean().meta({ description: described.archived }),
  position: z.number().int().meta({ description: described.position }),
  targets: z.array(indicatorTarget).meta({ description: `${described.targets}; sorted by period` }),
  dimensions: z.array(disaggregationDimension).meta({ description: described.dimensions }),
  expectedActorIds: z.array(id).nullable().meta({ description: described.expectedActorIds }),
  reportingFrom: periodKey.meta({ description: described.reportingFrom }),
  numeratorCanExceedDenominator: z.boolean().meta({ description: described.numeratorCanExceedDenominator }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Indicator = z.infer<typeof indicator>;

const name200 = z.string().trim().min(1).max(200);

export const disaggregationCategoryInput = z.object({
  id: id.optional().meta({ description: 'Id of an existing category, to keep it and its values; omit for a new one' }),
  name: name200,
});
export const disaggregationDimensionInput = z.object({
  id: id.optional().meta({ description: 'Id of an existing dimension, to keep it and its values; omit for a new one' }),
  name: name200,
  categories: z.array(disaggregationCategoryInput).min(1).max(100).meta({ description: 'Categories in display order' }),
});
export type DisaggregationDimensionInput = z.input<typeof disaggregationDimensionInput>;

const fields = {
  code: z.string().trim().min(1).max(32).meta({ description: described.code }),
  name: z.string().trim().min(1).max(300),
  definition: z.string().max(10_000),
  source: z.string().max(2000),
  unit: z.string().trim().max(50),
  decimals: z.number().int().min(0).max(6).meta({ description: 'Decimals of the values, 0–6 (0: whole numbers); a value with more decimals is refused, never rounded' }),
  measureType: z.enum(MEASURE_TYPES).meta({ description: described.measureType }),
  direction: z.enum(DIRECTIONS).meta({ description: described.direction }),
  frequency: z.enum(FREQUENCIES).meta({ description: described.frequency }),
  actorAggregation: z.enum(ACTOR_AGGREGATIONS).meta({ description: described.actorAggregation }),
  timeAggregation: z.enum(TIME_AGGREGATIONS).meta({ description: described.timeAggregation }),
  baselineValue: boundedNumber.nullable().meta({ description: described.baselineValue }),
  baselinePeriod: periodKey.nullable().meta({ description: described.baselinePeriod }),
  targetValue: boundedNumber.nullable().meta({ description: described.targetValue }),
  targetPeriod: periodKey.nullable().meta({ description: described.targetPeriod }),
  goalId: id.nullable().meta({ description: described.goalId }),
  archived: z.boolean().meta({ description: described.archived }),
  expectedActorIds: z.array(id).max(1000).nullable().meta({ description: described.expectedActorIds }),
  reportingFrom: periodKey.meta({ description: described.reportingFrom }),
  numeratorCanExceedDenominator: z.boolean().meta({ description: described.numeratorCanExceedDenominator }),
  position: z.number().int().min(0).max(100_000).meta({ description: described.position }),
  targets: z.array(indicatorTarget).max(1000).meta({ description: `${described.targets}; on update the list replaces the targets` }),
  dimensions: z
    .array(disaggregationDimensionInput)
    .max(10)
    .meta({ description: `${described.dimensions}; on update the list replaces the dimensions (dimensions and categories left out are removed)` }),
};

const EXAMPLE: Record<Frequency, string> = { month: '2025-03', quarter: '2025-Q1', half_year: '2025-H1', year: '2025' };

export interface RuleIssue {
  /** Dotted path inside the indicator, e.g. `targets.2.period`. */
  path: string;
  message: string;
}

type Lists = { targets?: readonly { period: string; value: number }[]; dimensions?: readonly { name: string; categories: readonly { name: string }[] }[] };

/** Rules inside the targets and dimensions lists: one target per period, distinct names. */
export function indicatorListIssues(i: Lists): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const periods = new Set<string>();
  (i.targets ?? []).forEach((t, n) => {
    if (periods.has(t.period)) issues.push({ path: `targets.${n}.period`, message: 'Only one target per period' });
    periods.add(t.period);
  });
  const dimensionNames = new Set<string>();
  (i.dimensions ?? []).forEach((d, n) => {
    const key = d.name.toLocaleLowerCase();
    if (dimensionNames.has(key)) issues.push({ path: `dimensions.${n}.name`, message: 'Dimension names must be distinct' });
    dimensionNames.add(key);
    const categoryNames = new Set<string>();
    d.categories.forEach((c, m) => {
      const ckey = c.name.toLocaleLowerCase();
      if (categoryNames.has(ckey)) {
        issues.push({ path: `dimensions.${n}.categories.${m}.name`, message: 'Category names must be distinct within a dimension' });
      }
      categoryNames.add(ckey);
    });
  });
  return issues;
}

export interface IndicatorRuleFields extends Lists {
  measureType: (typeof MEASURE_TYPES)[number];
  frequency: Frequency;
  actorAggregation: (typeof ACTOR_AGGREGATIONS)[number];
  timeAggregation: (typeof TIME_AGGREGATIONS)[number];
  baselineValue: number | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetPeriod: string | null;
  decimals: number;
  expectedActorIds?: readonly string[] | null;
  reportingFrom?: string | null;
}

/**
 * Every rule across an indicator's fields. Used by the create schema, by forms, and by the server
 * on the merged result of a patch, so each rule lives in one place.
 */
export function indicatorRuleIssues(i: IndicatorRuleFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const pair = (label: string, value: number | null, period: string | null, prefix: 'baseline' | 'target') => {
    if ((value === null) === (period === null)) return;
    const missing = value === null ? `${prefix}Value` : `${prefix}Period`;
    issues.push({ path: missing, message: `Give both the ${label} value and its period, or neither` });
  };
  pair('baseline', i.baselineValue, i.baselinePeriod, 'baseline');
  pair('target', i.targetValue, i.targetPeriod, 'target');

  const inFrequency = (path: string, key: string | null) => {
    if (key === null) return false;
    const p = tryParsePeriod(key);
    if (!p) return false;
    if (p.frequency !== i.frequency) {
      issues.push({
        path,
        message: `Must be a period of the indicator's frequency (${i.frequency}), such as ${EXAMPLE[i.frequency]}`,
      });
      return false;
    }
    return true;
  };
  const baselineOk = inFrequency('baselinePeriod', i.baselinePeriod);
  const targetOk = inFrequency('targetPeriod', i.targetPeriod);
  if (baselineOk && targetOk && comparePeriods(i.targetPeriod!, i.baselinePeriod!) <= 0) {
    issues.push({ path: 'targetPeriod', message: 'The target period must come after the baseline period' });
  }
  (i.targets ?? []).forEach((t, n) => inFrequency(`targets.${n}.period`, t.period));
  if (i.reportingFrom !== undefined) inFrequency('reportingFrom', i.reportingFrom);

  // What is stored is what is shown: a baseline or target with more decimals than the indicator shows is refused.
  const shown = (path: string, value: number | null | undefined) => {
    if (value !== null && value !== undefined && !hasAtMostDecimals(value, i.decimals)) {
      issues.push({
        path,
        message: i.decimals === 0 ? 'This indicator shows whole numbers: no decimals' : `This indicator shows ${i.decimals} decimals: give at most ${i.decimals}`,
      });
    }
  };
  shown('baselineValue', i.baselineValue);
  shown('targetValue', i.targetValue);
  (i.targets ?? []).forEach((t, n) => shown(`targets.${n}.value`, t.value));

  if (i.actorAggregation === 'none' && i.expectedActorIds && i.expectedActorIds.length > 0) {
    issues.push({ path: 'expectedActorIds', message: 'A population-level indicator is reported by the backbone: leave the expected actors empty' });
  }
  if (i.expectedActorIds && new Set(i.expectedActorIds).size !== i.expectedActorIds.length) {
    issues.push({ path: 'expectedActorIds', message: 'Each actor may appear once' });
  }

  if (i.measureType === 'percentage') {
    if (i.actorAggregation !== 'sum' && i.actorAggregation !== 'none') {
      issues.push({
        path: 'actorAggregation',
        message: 'A percentage combines across actors as the ratio of summed numerators and denominators: use sum (or none)',
      });
    }
    if (i.timeAggregation === 'mean') {
      issues.push({ path: 'timeAggregation', message: 'A percentage combines over time by sum or last, never as a mean of percentages' });
    }
  }
  return [...issues, ...indicatorListIssues(i)];
}

function addIssues(ctx: z.RefinementCtx, issues: RuleIssue[]) {
  for (const issue of issues) {
    const path = issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', path, message: issue.message });
  }
}

export const indicatorInput = z
  .object({
    code: fields.code,
    name: fields.name,
    definition: fields.definition.default(''),
    source: fields.source.default(''),
    unit: fields.unit.optional().meta({ description: 'Unit shown after values; defaults to "%" for percentages, else empty' }),
    decimals: fields.decimals.default(0),
    measureType: fields.measureType.default('number'),
    direction: fields.direction.default('increase'),
    frequency: fields.frequency.default('quarter'),
    actorAggregation: fields.actorAggregation.default('sum'),
    timeAggregation: fields.timeAggregation.default('sum'),
    baselineValue: fields.baselineValue.default(null),
    baselinePeriod: fields.baselinePeriod.default(null),
    targetValue: fields.targetValue.default(null),
    targetPeriod: fields.targetPeriod.default(null),
    goalId: fields.goalId.default(null),
    archived: fields.archived.default(false),
    position: fields.position.optional().meta({ description: `${described.position}; when omitted the indicator goes last` }),
    targets: fields.targets.default([]),
    dimensions: fields.dimensions.default([]),
    expectedActorIds: fields.expectedActorIds.default(null),
    reportingFrom: fields.reportingFrom.optional(),
    numeratorCanExceedDenominator: fields.numeratorCanExceedDenominator.default(false),
  })
  .superRefine((i, ctx) => addIssues(ctx, indicatorRuleIssues(i)))
  .transform((i) => ({ ...i, unit: i.unit ?? (i.measureType === 'percentage' ? '%' : '') }));
export type IndicatorInput = z.input<typeof indicatorInput>;
export type IndicatorValues = z.output<typeof indicatorInput>;

export const indicatorPatch = z
  .object(fields)
  .partial()
  .superRefine((i, ctx) => addIssues(ctx, indicatorListIssues(i)))
  .meta({ description: 'Fields to change. Rules across fields are checked on the indicator as it will be after the change' });
export type IndicatorPatch = z.input<typeof indicatorPatch>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const indicatorListQuery = z.object({
  ...pageQuery.shape,
  goalId: id.optional(),
  archived: flag.default(false).meta({ description: 'List archived (true) or current (false, the default) indicators' }),
  includeArchived: flag.default(false).meta({ description: 'true: list both current and archived indicators' }),
});
export type IndicatorListQuery = z.input<typeof indicatorListQuery>;
