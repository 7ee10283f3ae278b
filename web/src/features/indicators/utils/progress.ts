// Shapes a series from the API into what the progress chart draws. The numbers themselves
// (aggregates, trajectory, trend) come from the server; this only lines them up by period.
import { FREQUENCIES, comparePeriods, isCoarserOrEqual, type Frequency, type SeriesPoint, type SeriesResponse } from '@ci/shared';
import type { ProgressDatum } from '../../../components/charts/ProgressChart';
import { drawnValue } from '../../../lib/series-chart';

export function progressData(series: SeriesResponse): ProgressDatum[] {
  const rows = new Map<string, ProgressDatum>();
  for (const p of series.points) {
    rows.set(p.period, {
      period: p.period,
      ...drawnValue(p),
      trajectory: p.trajectory ?? null,
      trend: null,
      target: p.target ?? null,
    });
  }
  for (const t of series.trend?.points ?? []) {
    const row = rows.get(t.period);
    if (row) row.trend = t.value;
    else rows.set(t.period, { period: t.period, value: null, trajectory: null, trend: t.value, target: null, preliminary: null });
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

/** The first period with data in the chart, for the summary sentence ("It was 40 in Q3 2024"). */
export function firstWithData(points: readonly SeriesPoint[]): { period: string; value: number } | null {
  const first = points.find((p) => p.value !== null);
  return first && first.value !== null ? { period: first.period, value: first.value } : null;
}

export interface Preliminary {
  period: string;
  value: number;
  reported?: number;
  expected?: number;
}

/**
 * The newest period with data when it is still incomplete: shown beside the headline as
 * preliminary, never as the headline (the same rule as the overview's `preliminary`).
 */
export function newestPreliminary(points: readonly SeriesPoint[]): Preliminary | null {
  const newest = [...points].reverse().find((p) => p.value !== null);
  if (!newest || newest.complete || newest.value === null) return null;
  return { period: newest.period, value: newest.value, reported: newest.reported, expected: newest.expected };
}
