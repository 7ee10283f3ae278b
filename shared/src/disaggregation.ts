// The rule that ties a disaggregated value's categories to its total, used by the server when it
// checks a write and by the entry grid when it derives the total as categories are typed, so that
// both always agree on what a cell's total is.
//
// Within one cell (indicator, actor, period), each dimension that has category values must combine
// to the total: a `number` indicator's categories add up to its value; a `percentage` indicator's
// numerators add up to the total's numerator and its denominators to the total's denominator (the
// share is computed from those sums, never a mean of shares). A dimension with no category values
// is simply not broken down; a category left empty is not reported (it adds nothing).
import { PART_DECIMALS } from './values.js';
import type { MeasureType } from './enums.js';

export interface Figure {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export type Combined = { value: number } | { numerator: number; denominator: number };

export interface DimensionOfCategories {
  id: string;
  name: string;
  categories: readonly { id: string }[];
}

export interface DisaggregatedIndicator {
  measureType: MeasureType;
  decimals: number;
  dimensions: readonly DimensionOfCategories[];
}

/** Rounds away the binary noise of a sum (0.1 + 0.2) at the precision the figures are stored with. */
function rounded(x: number, decimals: number): number {
  return Number(x.toFixed(decimals));
}

function hasFigure(measureType: MeasureType, f: Figure | undefined): f is Figure {
  if (!f) return false;
  return measureType === 'percentage'
    ? f.numerator !== undefined && f.numerator !== null && f.denominator !== undefined && f.denominator !== null
    : f.value !== undefined && f.value !== null;
}

/** The categories' figures combined into a total; null when none of them has a value. */
export function combineCategories(measureType: MeasureType, decimals: number, figures: readonly (Figure | undefined)[]): Combined | null {
  const present = figures.filter((f): f is Figure => hasFigure(measureType, f));
  if (present.length === 0) return null;
  if (measureType === 'percentage') {
    return {
      numerator: rounded(present.reduce((s, f) => s + f.numerator!, 0), PART_DECIMALS),
      denominator: rounded(present.reduce((s, f) => s + f.denominator!, 0), PART_DECIMALS),
    };
  }
  return { value: rounded(present.reduce((s, f) => s + f.value!, 0), decimals) };
}

export function sameCombined(a: Combined | null, b: Combined | null): boolean {
  if (a === null || b === null) return a === b;
  if ('value' in a && 'value' in b) return a.value === b.value;
  if ('numerator' in a && 'numerator' in b) return a.numerator === b.numerator && a.denominator === b.denominator;
  return false;
}

export function figureOf(measureType: MeasureType, f: Figure | undefined): Combined | null {
  if (!hasFigure(measureType, f)) return null;
  return measureType === 'percentage' ? { numerator: f.numerator!, denominator: f.denominator! } : { value: f.value! };
}

export interface DimensionTotal {
  dimension: DimensionOfCategories;
  /** The dimension's categories combined; null when it has no category values in the cell. */
  combined: Combined | null;
}

/** Each dimension's combined categories, in the indicator's order of dimensions. */
export function dimensionTotals(indicator: DisaggregatedIndicator, categoryFigures: ReadonlyMap<string, Figure>): DimensionTotal[] {
  return indicator.dimensions.map((dimension) => ({
    dimension,
    combined: combineCategories(
      indicator.measureType,
      indicator.decimals,
      dimension.categories.map((c) => categoryFigures.get(c.id)),
    ),
  }));
}

/**
 * The total the categories give: that of the first dimension with category values. Null when no
 * category has a value (the cell is then not broken down, and its total stands on its own).
 */
export function derivedTotal(indicator: DisaggregatedIndicator, categoryFigures: ReadonlyMap<string, Figure>): Combined | null {
  return dimensionTotals(indicator, categoryFigures).find((d) => d.combined !== null)?.combined ?? null;
}

export type DisaggregationIssue =
  | { code: 'missingTotal'; dimension: DimensionOfCategories; combined: Combined }
  | { code: 'mismatch'; dimension: DimensionOfCategories; combined: Combined; total: Combined };

/** What is inconsistent between a cell's total and its categories; empty when they agree. */
export function disaggregationIssues(
  indicator: DisaggregatedIndicator,
  total: Figure | undefined,
  categoryFigures: ReadonlyMap<string, Figure>,
): DisaggregationIssue[] {
  const totalFigure = figureOf(indicator.measureType, total);
  const issues: DisaggregationIssue[] = [];
  for (const { dimension, combined } of dimensionTotals(indicator, categoryFigures)) {
    if (combined === null) continue;
    if (totalFigure === null) issues.push({ code: 'missingTotal', dimension, combined });
    else if (!sameCombined(combined, totalFigure)) issues.push({ code: 'mismatch', dimension, combined, total: totalFigure });
  }
  return issues;
}

function describe(c: Combined): string {
  return 'value' in c ? String(c.value) : `${c.numerator} of ${c.denominator}`;
}

/** An issue in words (the API's message; the web says it in the user's language). */
export function disaggregationMessage(issue: DisaggregationIssue): string {
  if (issue.code === 'missingTotal') {
    return `The categories of ${issue.dimension.name} add up to ${describe(issue.combined)}, but the cell has no total: send the total with its categories`;
  }
  return `The categories of ${issue.dimension.name} add up to ${describe(issue.combined)}, not to the total ${describe(issue.total)}`;
}
