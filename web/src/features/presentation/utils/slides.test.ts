import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '@ci/shared';
import { slideChartData, slideFrequency, slideIndexFromParam } from './slides';

describe('slides', () => {
  it('draws measured values up to the quarter on screen and the plan beyond it', () => {
    const series = {
      points: [
        { period: '2025-Q1', value: 10, trajectory: 9, byActor: [] },
        { period: '2025-Q2', value: 12, trajectory: 10, byActor: [] },
        { period: '2025-Q3', value: 3, trajectory: 11, target: 20, byActor: [] },
      ],
    } as unknown as SeriesResponse;
    expect(slideChartData(series, '2025-Q2')).toEqual([
      { period: '2025-Q1', value: 10, trajectory: 9, trend: null, target: null },
      { period: '2025-Q2', value: 12, trajectory: 10, trend: null, target: null },
      { period: '2025-Q3', value: null, trajectory: 11, trend: null, target: 20 },
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
