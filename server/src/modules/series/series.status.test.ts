import { describe, expect, it } from 'vitest';
import { indicatorStatus, inSeriesFrequency, leastSquaresTrend, periodTargets, trajectoryAt } from './series.status.js';

describe('series trajectory, targets, status and trend', () => {
  it('expresses indicator keys in the series frequency', () => {
    expect(inSeriesFrequency('2025-Q2', 'year')).toBe('2025');
    expect(inSeriesFrequency('2025-05', 'half_year')).toBe('2025-H1');
    // A yearly target on a quarterly indicator stands at the year's last quarter.
    expect(inSeriesFrequency('2025', 'quarter')).toBe('2025-Q4');
    expect(inSeriesFrequency(null, 'year')).toBeNull();
    expect(inSeriesFrequency('someday', 'year')).toBeNull();
  });

  it('has a trajectory only between baseline and target', () => {
    const baseline = { period: '2025', value: 100 };
    const target = { period: '2027', value: 200 };
    expect(trajectoryAt(baseline, target, '2024')).toBeUndefined();
    expect(trajectoryAt(baseline, target, '2026')).toBe(150);
    expect(trajectoryAt(baseline, target, '2028')).toBeUndefined();
  });

  it('compares data before the baseline with the baseline', () => {
    const baseline = { period: '2025', value: 100 };
    const target = { period: '2027', value: 200 };
    // Trajectory clamped to 100: 95 is 5 behind, within 10% of 100.
    expect(indicatorStatus('increase', { period: '2024', value: 95 }, baseline, target)).toBe('at_risk');
    expect(indicatorStatus('increase', { period: '2024', value: 100 }, baseline, target)).toBe('on_track');
  });

  it('keeps a target of zero exact for maintain', () => {
    const target = { period: '2027', value: 0 };
    expect(indicatorStatus('maintain', { period: '2026', value: 0 }, null, target)).toBe('on_track');
    expect(indicatorStatus('maintain', { period: '2026', value: 0.1 }, null, target)).toBe('off_track');
  });

  it('combines per-period targets by the rule over time', () => {
    const quarters = [
      { period: '2025-Q1', value: 10 },
      { period: '2025-Q2', value: 20 },
    ];
    expect(periodTargets(quarters, 'year', 'quarter', 'mean')).toEqual(new Map([['2025', 15]]));
    expect(periodTargets(quarters, 'year', 'quarter', 'last')).toEqual(new Map([['2025', 20]]));
    expect(periodTargets(quarters, 'half_year', 'quarter', 'sum')).toEqual(new Map([['2025-H1', 30]]));
    // Half a year of quarterly targets is no yearly target for a flow.
    expect(periodTargets(quarters, 'year', 'quarter', 'sum')).toEqual(new Map());
  });

  it('caps the trend forecast at the largest series', () => {
    const trend = leastSquaresTrend(
      [
        { period: '2025-01', value: 1 },
        { period: '2025-02', value: 2 },
      ],
      '2199-12',
      24,
    );
    expect(trend?.points).toHaveLength(24);
    expect(trend?.points.at(-1)).toEqual({ period: '2026-12', value: 24 });
  });
});
