// Shapes a series from the API into what the progress chart draws. The numbers themselves
// (aggregates, trajectory, trend) come from the server; this only lines them up by period.
import { FREQUENCIES, comparePeriods, isCoarserOrEqual, type Frequency, type SeriesResponse } from '@ci/shared';
import type { ProgressDatum } from '../../../components/charts/ProgressChart';

export function progressData(series: SeriesResponse): ProgressDatum[] {
  const rows = new Map<string, ProgressDatum>();
  for (const p of series.points) {
    rows.set(p.period, {
      period: p.period,
      value: p.value,
      trajectory: p.trajectory ?? null,
      trend: null,
      target: p.target ?? null,
    });
  }
  for (const t of series.trend?.points ?? []) {
    const row = rows.get(t.period);
    if (row) row.trend = t.value;
    else rows.set(t.period, { period: t.period, value: null, trajectory: null, trend: t.value, target: null });
  }
  return [...rows.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The frequencies a series can be viewed in: the indicator's own and every coarser one. */
export function viewFrequencies(own: Frequency): Frequency[] {
  return FREQUENCIES.filter((f) => isCoarserOrEqual(f, own));
}

export const RANGE_PRESETS = ['all', 'last3', 'last2', 'thisYear'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/**
 * The `from` of a preset as a year key (the API accepts any frequency there); the end is left to
 * the server, which runs to the target period so the forecast stays visible.
 */
export function rangeFrom(preset: RangePreset, today: Date = new Date()): string | undefined {
  const year = today.getFullYear();
  switch (preset) {
    case 'all':
      return undefined;
    case 'last3':
      return String(year - 2);
    case 'last2':
      return String(year - 1);
    case 'thisYear':
      return String(year);
  }
}

/** Change from the first to the last period with data, for the chart's summary sentence. */
export function firstAndLast(series: SeriesResponse): { first: { period: string; value: number }; last: { period: string; value: number } } | null {
  const withData = series.points.filter((p): p is typeof p & { value: number } => p.value !== null);
  if (withData.length === 0) return null;
  const first = withData[0];
  const last = withData[withData.length - 1];
  return { first: { period: first.period, value: first.value }, last: { period: last.period, value: last.value } };
}
