// The rules a value must pass against the stored indicators, actors, categories and settings: one
// definition for the batch write (PUT /measurements) and the import preview. Each issue carries a
// code and its parameters, so that each caller words it (the batch in English, the import in the
// uploader's language).
import { and, eq, inArray } from 'drizzle-orm';
import { frequencyOf, isoDay, periodDueDate, periodEnd, periodLockOn, periodStart, valueRuleIssues, type Frequency, type ValueRuleIndicator, type ValueRuleIssue } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, indicators } from '../../db/schema/index.js';
import { frequencyMessage, lockedMessage, writeSettings } from './measurements.rules.js';

export interface RuleIndicator {
  id: string;
  code: string;
  name: string;
  frequency: string;
  measureType: string;
  actorAggregation: string;
  archived: boolean;
  decimals: number;
  numeratorCanExceedDenominator: boolean;
}

export interface RuleActor {
  id: string;
  name: string;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface RuleContext {
  settings: Awaited<ReturnType<typeof writeSettings>>;
  indicators: Map<string, RuleIndicator>;
  actors: Map<string, RuleActor>;
  /** Category id → the indicator it belongs to. */
  categoryIndicator: Map<string, string>;
}

export interface RuleCell {
  indicatorId: string;
  actorId: string | null;
  period: string;
  categoryId?: string | null;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export type CellRuleCode =
  | 'actorUnknown'
  | 'notMember'
  | 'locked'
  | 'lockedPastDue'
  | 'indicatorUnknown'
  | 'archived'
  | 'frequency'
  | 'populationLevel'
  | 'perActor'
  | 'percentageNeedsParts'
  | 'numberNeedsValue'
  | 'categoryMismatch'
  | ValueRuleIssue['code'];

export interface CellIssue {
  field: 'actorId' | 'indicatorId' | 'period' | 'categoryId' | 'value' | 'numerator' | 'denominator';
  code: CellRuleCode;
  params: Record<string, string | number>;
  /** A value rule (decimals, numerator vs denominator): the batch answers these with 400, the others with 422. */
  valueRule: boolean;
  /** The batch's English wording. */
  message: string;
}

const INDICATOR_FIELDS = {
  id: indicators.id,
  code: indicators.code,
  name: indicators.name,
  frequency: indicators.frequency,
  measureType: indicators.measureType,
  actorAggregation: indicators.actorAggregation,
  archived: indicators.archived,
  decimals: indicators.decimals,
  numeratorCanExceedDenominator: indicators.numeratorCanExceedDenominator,
};

/**
 * What the rules need, for the given ids, or for the whole initiative when `ids` is omitted (an
 * import names its indicators and actors by code and name, and an initiative has at most a few
 * hundred of each).
 */
export async function loadRuleContext(
  db: DbOrTx,
  initiativeId: string,
  ids?: { indicatorIds: string[]; actorIds: string[]; categoryIds: string[] },
): Promise<RuleContext> {
  const settings = await writeSettings(db, initiativeId);
  const indicatorRows = await db
    .select(INDICATOR_FIELDS)
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), ids ? inArray(indicators.id, ids.indicatorIds) : undefined));
  const actorRows =
    !ids || ids.actorIds.length
      ? await db
          .select({ id: actors.id, name: actors.name, joinedOn: actors.joinedOn, leftOn: actors.leftOn })
          .from(actors)
          .where(and(eq(actors.initiativeId, initiativeId), ids ? inArray(actors.id, ids.actorIds) : undefined))
      : [];
  const categoryRows =
    !ids || ids.categoryIds.length
      ? await db
          .select({ id: disaggregationCategories.id, indicatorId: disaggregationDimensions.indicatorId })
          .from(disaggregationCategories)
          .innerJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
          .innerJoin(indicators, eq(indicators.id, disaggregationDimensions.indicatorId))
          .where(ids ? inArray(disaggregationCategories.id, ids.categoryIds) : eq(indicators.initiativeId, initiativeId))
      : [];
  return {
    settings,
    indicators: new Map(indicatorRows.map((r) => [r.id, r])),
    actors: new Map(actorRows.map((r) => [r.id, r])),
    categoryIndicator: new Map(categoryRows.map((r) => [r.id, r.indicatorId])),
  };
}

/** Every rule the cell breaks, in the order the batch has always reported them. */
export function cellIssues(ctx: RuleContext, cell: RuleCell): CellIssue[] {
  const issues: CellIssue[] = [];
  const fail = (field: CellIssue['field'], code: CellRuleCode, message: string, params: CellIssue['params'] = {}) =>
    issues.push({ field, code, params, message, valueRule: false });
  const actor = cell.actorId ? ctx.actors.get(cell.actorId) : undefined;
  if (cell.actorId && !actor) fail('actorId', 'actorUnknown', 'Actor not found in this initiative');
  // A value belongs to a period in which the organisation was a member at least part of the time.
  if (actor && ((actor.joinedOn && periodEnd(cell.period) < actor.joinedOn) || (actor.leftOn && periodStart(cell.period) > actor.leftOn))) {
    const from = actor.joinedOn ?? '…';
    const to = actor.leftOn ?? '…';
    fail('period', 'notMember', `${actor.name} was not a member during ${cell.period} (member ${from} – ${to})`, {
      actor: actor.name,
      period: cell.period,
      from,
      to,
    });
  }
  const lock = periodLockOn(cell.period, ctx.settings, isoDay(new Date()));
  if (lock === 'locked_through') {
    fail('period', 'locked', lockedMessage(cell.period, ctx.settings), { period: cell.period, through: ctx.settings.lockedThrough ?? '' });
  } else if (lock === 'past_due') {
    fail('period', 'lockedPastDue', lockedMessage(cell.period, ctx.settings), {
      period: cell.period,
      due: periodDueDate(cell.period, ctx.settings.reportingDeadlineDays),
    });
  }
  const indicator = ctx.indicators.get(cell.indicatorId);
  if (!indicator) {
    fail('indicatorId', 'indicatorUnknown', 'Indicator not found in this initiative');
    return issues;
  }
  if (indicator.archived) fail('indicatorId', 'archived', 'The indicator is archived');
  const frequency = indicator.frequency as Frequency;
  if (frequencyOf(cell.period) !== frequency) fail('period', 'frequency', frequencyMessage(frequency), { frequency });
  if (indicator.actorAggregation === 'none' && cell.actorId !== null) {
    fail('actorId', 'populationLevel', 'This indicator is population-level: actorId must be null');
  } else if (indicator.actorAggregation !== 'none' && cell.actorId === null) {
    fail('actorId', 'perActor', 'This indicator is reported per actor: an actorId is required');
  }
  if (cell.categoryId && ctx.categoryIndicator.get(cell.categoryId) !== cell.indicatorId) {
    fail('categoryId', 'categoryMismatch', 'Not a category of this indicator');
  }
  // A category sent without any figure removes that category's value: nothing more to check.
  if (cell.categoryId && isEmptyFigure(cell)) return issues;
  const hasValue = cell.value !== undefined && cell.value !== null;
  if (indicator.measureType === 'percentage' && hasValue) {
    fail('value', 'percentageNeedsParts', 'This indicator is a percentage: send numerator and denominator');
  } else if (indicator.measureType === 'number' && !hasValue) {
    fail('numerator', 'numberNeedsValue', 'This indicator is a number: send value');
  }
  const rules: ValueRuleIndicator = {
    measureType: indicator.measureType as ValueRuleIndicator['measureType'],
    decimals: indicator.decimals,
    numeratorCanExceedDenominator: indicator.numeratorCanExceedDenominator,
  };
  for (const issue of valueRuleIssues(rules, cell)) {
    issues.push({ field: issue.field, code: issue.code, params: { decimals: indicator.decimals }, message: issue.message, valueRule: true });
  }
  return issues;
}

function isEmptyFigure(cell: RuleCell): boolean {
  return [cell.value, cell.numerator, cell.denominator].every((v) => v === undefined || v === null);
}
