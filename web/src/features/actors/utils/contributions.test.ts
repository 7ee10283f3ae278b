import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '@ci/shared';
import { actorContribution } from './contributions';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

const series = {
  indicatorId: '00000000-0000-4000-8000-000000000099',
  frequency: 'quarter',
  baseline: null,
  target: null,
  status: 'no_data',
  latest: null,
  previous: null,
  trend: null,
  points: [
    { state: 'closed', complete: true, period: '2024-Q1', value: 10, byActor: [{ actorId: B, value: 10 }] },
    { state: 'closed', complete: true, period: '2024-Q2', value: 40, byActor: [{ actorId: A, value: 10 }, { actorId: B, value: 30 }] },
    { state: 'closed', complete: true, period: '2024-Q3', value: 30, byActor: [{ actorId: B, value: 30 }] },
    { state: 'closed', complete: true, period: '2024-Q4', value: 50, byActor: [{ actorId: A, value: 20 }, { actorId: B, value: 30 }] },
    { state: 'closed', complete: true, period: '2025-Q1', value: null, byActor: [] },
  ],
} satisfies SeriesResponse;

describe('actorContribution', () => {
  it('takes the actor’s own values and its share of each period’s total', () => {
    const c = actorContribution(series, A, true);
    expect(c.points).toEqual([
      { period: '2024-Q2', value: 10, share: 0.25 },
      { period: '2024-Q3', value: null, share: null },
      { period: '2024-Q4', value: 20, share: 0.4 },
    ]);
    expect(c.latest).toEqual({ period: '2024-Q4', value: 20, share: 0.4 });
    expect(c.reportedPeriods).toBe(2);
  });

  it('gives no shares when actors do not add up', () => {
    expect(actorContribution(series, A, false).latest?.share).toBeNull();
  });

  it('is empty for an actor without values', () => {
    expect(actorContribution(series, '00000000-0000-4000-8000-000000000003', true)).toEqual({ points: [], latest: null, reportedPeriods: 0 });
  });
});
