// One actor's part of an indicator, read from the same series the indicator page draws, so the
// figures agree everywhere.
import type { SeriesResponse } from '@ci/shared';

export interface ContributionPoint {
  period: string;
  value: number | null;
  /** Share of the period's total (0-1), only where actors add up. */
  share: number | null;
}

export interface Contribution {
  points: ContributionPoint[];
  latest: ContributionPoint | null;
  /** Periods in which the actor reported a value. */
  reportedPeriods: number;
}

export function actorContribution(series: SeriesResponse, actorId: string, additive: boolean): Contribution {
  const points = series.points.map((p) => {
    const own = p.byActor.find((a) => a.actorId === actorId);
    if (!own) return { period: p.period, value: null, share: null };
    const total = p.byActor.reduce((sum, a) => sum + a.value, 0);
    return { period: p.period, value: own.value, share: additive && total !== 0 ? own.value / total : null };
  });
  const withValue = points.filter((p) => p.value !== null);
  // Keep the time axis from the first to the last report: periods before and after are not gaps.
  const first = points.findIndex((p) => p.value !== null);
  const last = points.length - 1 - [...points].reverse().findIndex((p) => p.value !== null);
  return {
    points: first === -1 ? [] : points.slice(first, last + 1),
    latest: withValue.at(-1) ?? null,
    reportedPeriods: withValue.length,
  };
}
