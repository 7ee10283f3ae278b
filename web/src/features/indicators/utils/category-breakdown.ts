// One dimension's view of a series: each category's figure per period, as the server aggregated it
// by the indicator's own rules. Where categories add up to the total (a sum of counts), the part of
// the total that was not broken down is shown too, so that each stacked bar is the total.
import type { DisaggregationDimension, Indicator, SeriesPoint } from '@ci/shared';
import { OTHERS_COLOR, seriesColor } from '../../../components/charts/palette';
import type { StackSeries, StackedRow } from '../../../components/charts/StackedBarChart';
import { isAdditive } from './actor-breakdown';

export const NOT_BROKEN_DOWN = '__not_broken_down';

export interface CategoryFigure {
  value: number;
  numerator?: number;
  denominator?: number;
}

/** The dimension's category figures of one point (or of one actor's figure in it), by category id. */
export function categoryFigures(
  dimension: DisaggregationDimension,
  byCategory: SeriesPoint['byCategory'],
): Map<string, CategoryFigure> {
  const ids = new Set(dimension.categories.map((c) => c.id));
  return new Map((byCategory ?? []).filter((c) => ids.has(c.categoryId)).map((c) => [c.categoryId, c]));
}

/** The periods that have figures for the dimension, oldest first. */
export function periodsWithCategories(points: SeriesPoint[], dimension: DisaggregationDimension): SeriesPoint[] {
  return points.filter((p) => categoryFigures(dimension, p.byCategory).size > 0);
}

/** Rounds away binary noise at the indicator's decimals (a remainder of 1e-15 is no part). */
function rounded(x: number, decimals: number): number {
  return Number(x.toFixed(decimals));
}

/** Stacked series: the categories in their order, then what was not broken down (when anything was). */
export function stackedCategorySeries(
  points: SeriesPoint[],
  dimension: DisaggregationDimension,
  indicator: Pick<Indicator, 'decimals'>,
  notBrokenDownLabel: string,
): { series: StackSeries[]; rows: StackedRow[] } {
  const rows: StackedRow[] = periodsWithCategories(points, dimension).map((p) => {
    const figures = categoryFigures(dimension, p.byCategory);
    const values: Record<string, number> = {};
    for (const [id, f] of figures) values[id] = f.value;
    const rest = rounded((p.value ?? 0) - [...figures.values()].reduce((s, f) => s + f.value, 0), indicator.decimals);
    if (rest > 0) values[NOT_BROKEN_DOWN] = rest;
    return { period: p.period, values };
  });
  const series: StackSeries[] = dimension.categories.map((c, i) => ({ key: c.id, label: c.name, color: seriesColor(i) }));
  if (rows.some((r) => r.values[NOT_BROKEN_DOWN] !== undefined)) {
    series.push({ key: NOT_BROKEN_DOWN, label: notBrokenDownLabel, color: OTHERS_COLOR });
  }
  return { series, rows };
}

/** Whether the categories of a dimension can be stacked into the total. */
export function stacksIntoTotal(indicator: Pick<Indicator, 'actorAggregation' | 'measureType'>): boolean {
  return isAdditive(indicator) || (indicator.actorAggregation === 'none' && indicator.measureType === 'number');
}
