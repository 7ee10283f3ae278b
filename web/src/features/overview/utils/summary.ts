import { INDICATOR_STATUSES, type CompletenessSummary, type IndicatorStatus, type OverviewResponse } from '@ci/shared';

/** How many indicators are in each status: the one-line answer to "how are we doing?". */
export function statusCounts(overview: Pick<OverviewResponse, 'goals' | 'indicatorsWithoutGoal'>): Record<IndicatorStatus, number> {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  for (const goal of overview.goals) for (const i of goal.indicators) counts[i.status] += 1;
  for (const i of overview.indicatorsWithoutGoal) counts[i.status] += 1;
  return counts;
}

/**
 * Share of the expected reports that are in: values not yet due are left out of the count,
 * a returned value counts as not in. Null when nothing was expected.
 */
export function reportedShare(summary: CompletenessSummary): number | null {
  const expected = summary.reported + summary.missing + summary.late + summary.returned;
  return expected === 0 ? null : summary.reported / expected;
}
