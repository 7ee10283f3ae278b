// Per-actor views of a series. Parts are stacked and given shares only when the indicator adds
// actors up (sum of numbers); for means, minima, maxima and percentages the actors are compared
// side by side instead, because their values do not add up to the total.
import type { Indicator, SeriesPoint } from '@ci/shared';
import { OTHERS_COLOR, seriesColor } from '../../../components/charts/palette';
import type { StackSeries, StackedRow } from '../../../components/charts/StackedBarChart';

export const OTHERS_KEY = '__others';

export function isAdditive(indicator: Pick<Indicator, 'actorAggregation' | 'measureType'>): boolean {
  return indicator.actorAggregation === 'sum' && indicator.measureType === 'number';
}

/** The actors with the largest contributions over all given periods, largest first. */
export function topActorIds(points: SeriesPoint[], n: number): string[] {
  const totals = new Map<string, number>();
  for (const p of points) for (const a of p.byActor) totals.set(a.actorId, (totals.get(a.actorId) ?? 0) + Math.abs(a.value));
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([id]) => id);
}

/**
 * Stacked series: the top `n` actors by name and everyone else as one "others" part, so the chart
 * stays readable with forty actors. Stacks are drawn bottom-up, so the largest goes first.
 */
export function stackedActorSeries(
  points: SeriesPoint[],
  actorName: (actorId: string) => string,
  n: number,
  othersLabel: string,
): { series: StackSeries[]; rows: StackedRow[] } {
  const top = topActorIds(points, n);
  const topSet = new Set(top);
  const hasOthers = points.some((p) => p.byActor.some((a) => !topSet.has(a.actorId)));
  const series: StackSeries[] = top.map((id, i) => ({ key: id, label: actorName(id), color: seriesColor(i) }));
  if (hasOthers) series.push({ key: OTHERS_KEY, label: othersLabel, color: OTHERS_COLOR });

  const rows: StackedRow[] = points
    .filter((p) => p.byActor.length > 0)
    .map((p) => {
      const values: Record<string, number> = {};
      for (const a of p.byActor) {
        const key = topSet.has(a.actorId) ? a.actorId : OTHERS_KEY;
        values[key] = (values[key] ?? 0) + a.value;
      }
      return { period: p.period, values };
    });
  return { series, rows };
}

export interface ActorRow {
  actorId: string;
  name: string;
  value: number;
  numerator?: number;
  denominator?: number;
  /** Share of the total, 0-1; only for indicators whose actors add up. */
  share: number | null;
}

/** Every actor's value in one period, largest first, with its share of the total where that means something. */
export function periodBreakdown(
  point: SeriesPoint,
  actorName: (actorId: string) => string,
  indicator: Pick<Indicator, 'actorAggregation' | 'measureType'>,
): ActorRow[] {
  const additive = isAdditive(indicator);
  const total = point.byActor.reduce((sum, a) => sum + a.value, 0);
  return point.byActor
    .map((a) => ({
      actorId: a.actorId,
      name: actorName(a.actorId),
      value: a.value,
      numerator: a.numerator,
      denominator: a.denominator,
      share: additive && total !== 0 ? a.value / total : null,
    }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

/** The periods that have values per actor, latest first (for choosing the period to break down). */
export function periodsWithActors(points: SeriesPoint[]): string[] {
  return points
    .filter((p) => p.byActor.length > 0)
    .map((p) => p.period)
    .reverse();
}
