import { describe, expect, it } from 'vitest';
import { indicatorStatus, leastSquaresTrend } from './series.status.js';
import { convertedAnchor, periodTargets, planAt, trajectoryOf, type PlanIndicator } from './series.plan.js';

const quarterly = (baseline: [string, number] | null, target: [string, number] | null): PlanIndicator => ({
  frequency: 'quarter',
  timeAggregation: 'sum',
  baseline: baseline && { period: baseline[0], value: baseline[1] },
  target: target && { period: target[0], value: target[1] },
});

describe('the plan: trajectory, converted anchors and per-period targets', () => {
  it('steps equally per period from baseline to target', () => {
    // 40 at 2024-Q4 to 120 at 2025-Q4: 80 in four steps of 20.
    const plan = quarterly(['2024-Q4', 40], ['2025-Q4', 120]);
    expect(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((p) => trajectoryOf(plan, p))).toEqual([40, 60, 80, 100, 120]);
    expect(trajectoryOf(plan, '2024-Q3')).toBeUndefined();
    expect(trajectoryOf(plan, '2026-Q1')).toBeUndefined();
    // The plan itself holds at the baseline before it and at the target after it.
    expect(planAt(plan, '2024-Q1')).toBe(40);
    expect(planAt(plan, '2027-Q1')).toBe(120);
  });

  it('converts a monthly flow to quarters by adding three months of plan', () => {
    // 310 at 2025-01 to 520 at 2025-07: +35 per month. Q1 = 310+345+380; Q3 = 520 (Jul) + 520 + 520 (held after the target).
    const plan: PlanIndicator = { frequency: 'month', timeAggregation: 'sum', baseline: { period: '2025-01', value: 310 }, target: { period: '2025-07', value: 520 } };
    expect(trajectoryOf(plan, '2025-Q1')).toBe(1035);
    expect(trajectoryOf(plan, '2025-Q2')).toBe(415 + 450 + 485);
    expect(trajectoryOf(plan, '2025-Q3')).toBe(1560);
    expect(trajectoryOf(plan, '2025-Q4')).toBeUndefined();
    expect(convertedAnchor(plan, plan.baseline, 'quarter')).toEqual({ period: '2025-Q1', value: 1035 });
    expect(convertedAnchor(plan, plan.target, 'quarter')).toEqual({ period: '2025-Q3', value: 1560 });
    expect(convertedAnchor(plan, plan.target, 'month')).toEqual({ period: '2025-07', value: 520 });
  });

  it('converts a stock by its last month and a mean by the mean of the months', () => {
    const base = { baseline: { period: '2025-01', value: 100 }, target: { period: '2025-04', value: 160 } };
    // +20 per month: Jan 100, Feb 120, Mar 140, Apr 160, then held at 160.
    expect(trajectoryOf({ frequency: 'month', timeAggregation: 'last', ...base }, '2025-Q1')).toBe(140);
    expect(trajectoryOf({ frequency: 'month', timeAggregation: 'last', ...base }, '2025-Q2')).toBe(160);
    expect(trajectoryOf({ frequency: 'month', timeAggregation: 'mean', ...base }, '2025-Q1')).toBe(120);
    expect(trajectoryOf({ frequency: 'month', timeAggregation: 'mean', ...base }, '2025')).toBe((100 + 120 + 140 + 160 * 9) / 12);
  });

  it('combines per-period targets by the rule over time', () => {
    const quarters = [
      { period: '2025-Q1', value: 10 },
      { period: '2025-Q2', value: 20 },
    ];
    const plan = (timeAggregation: PlanIndicator['timeAggregation']): PlanIndicator => ({ frequency: 'quarter', timeAggregation, baseline: null, target: null });
    expect(periodTargets(quarters, 'year', plan('mean'))).toEqual(new Map([['2025', 15]]));
    expect(periodTargets(quarters, 'year', plan('last'))).toEqual(new Map([['2025', 20]]));
    expect(periodTargets(quarters, 'half_year', plan('sum'))).toEqual(new Map([['2025-H1', 30]]));
    // Half a year of quarterly targets is no yearly target for a flow.
    expect(periodTargets(quarters, 'year', plan('sum'))).toEqual(new Map());
  });
});

describe('status of the headline', () => {
  it('compares data before the baseline with the baseline', () => {
    const plan: PlanIndicator = { frequency: 'year', timeAggregation: 'last', baseline: { period: '2025', value: 100 }, target: { period: '2027', value: 200 } };
    // Plan held at 100: 95 is 5 behind, within 10% of 100.
    expect(indicatorStatus('increase', { period: '2024', value: 95 }, plan)).toBe('at_risk');
    expect(indicatorStatus('increase', { period: '2024', value: 100 }, plan)).toBe('on_track');
    // 2026 lies halfway: plan 150. 141 is 9 behind (at risk); 139 is 11 behind (off track).
    expect(indicatorStatus('increase', { period: '2026', value: 141 }, plan)).toBe('at_risk');
    expect(indicatorStatus('increase', { period: '2026', value: 139 }, plan)).toBe('off_track');
    expect(indicatorStatus('decrease', { period: '2026', value: 139 }, plan)).toBe('on_track');
  });

  it('keeps a target of zero exact for maintain', () => {
    const plan = quarterly(null, ['2027-Q4', 0]);
    expect(indicatorStatus('maintain', { period: '2026-Q1', value: 0 }, plan)).toBe('on_track');
    expect(indicatorStatus('maintain', { period: '2026-Q1', value: 0.1 }, plan)).toBe('off_track');
  });

  it('has no status without a headline, or without baseline and target', () => {
    expect(indicatorStatus('increase', null, quarterly(['2025-Q1', 1], ['2026-Q1', 2]))).toBe('no_data');
    expect(indicatorStatus('increase', { period: '2025-Q2', value: 3 }, quarterly(null, ['2026-Q1', 2]))).toBe('no_data');
  });
});

describe('trend', () => {
  it('caps the forecast at the largest series', () => {
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
