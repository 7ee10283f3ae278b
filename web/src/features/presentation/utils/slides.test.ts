import { describe, expect, it } from 'vitest';
import { seriesResponse } from '@ci/shared';
import { slideChartData, slideFrequency, slideIndexFromParam } from './slides';

const ID = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1';

describe('slides', () => {
  it('draws every measured value, marks the incomplete ones preliminary, and the plan all the way out', () => {
    const series = seriesResponse.parse({
      indicatorId: ID,
      frequency: 'quarter',
      baseline: null,
      target: null,
      status: 'on_track',
      latest: { period: '2025-05', value: 4 },
      previous: { period: '2025-04', value: 4 },
      trend: null,
      points: [
        { period: '2025-Q1', value: 10, trajectory: 9, byActor: [], state: 'closed', complete: true },
        { period: '2025-Q2', value: 12, trajectory: 10, byActor: [], state: 'reporting', complete: false, reported: 3, expected: 5 },
        { period: '2025-Q3', value: null, trajectory: 11, target: 20, byActor: [], state: 'open', complete: false, reported: 0, expected: 5 },
      ],
    });
    expect(slideChartData(series)).toEqual([
      { period: '2025-Q1', value: 10, trajectory: 9, trend: null, target: null, preliminary: null },
      { period: '2025-Q2', value: 12, trajectory: 10, trend: null, target: null, preliminary: { reported: 3, expected: 5 } },
      // No value: nothing preliminary to draw, only the plan.
      { period: '2025-Q3', value: null, trajectory: 11, trend: null, target: 20, preliminary: null },
    ]);
  });

  it('shows monthly indicators per quarter and coarser ones as they are', () => {
    expect(slideFrequency('month')).toBe('quarter');
    expect(slideFrequency('quarter')).toBe('quarter');
    expect(slideFrequency('year')).toBe('year');
  });

  it('reads the slide number from the address and keeps it inside the deck', () => {
    expect(slideIndexFromParam(null, 6)).toBe(0);
    expect(slideIndexFromParam('3', 6)).toBe(2);
    expect(slideIndexFromParam('99', 6)).toBe(5);
    expect(slideIndexFromParam('-2', 6)).toBe(0);
    expect(slideIndexFromParam('x', 6)).toBe(0);
  });
});
