// Golden table of the plan at a coarser frequency: baseline, target, trajectory and per-period
// targets are stated per period of the indicator's own frequency and converted exactly like the
// values (sum adds the sub-periods' plan, last takes the last one's, mean averages). Every expected
// figure is worked out by hand in the comment next to it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesResponse } from '@ci/shared';
import { createFixture, type Fixture } from './helpers.js';
import { addIndicator, addMeasurements, addTargets, getSeries } from './series-fixtures.js';

describe('series: the plan at a coarser frequency (golden table)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('Plan');
  });
  const series = async (id: string, query: Record<string, string>) => {
    const res = await getSeries(f, id, query);
    expect(res.statusCode).toBe(200);
    return res.json() as SeriesResponse;
  };
  const plan = (s: SeriesResponse) => Object.fromEntries(s.points.map((p) => [p.period, p.trajectory ?? null]));
  // 310 a month in January 2025 to 520 a month in July 2025: +35 a month.
  const monthly = { frequency: 'month', baselinePeriod: '2025-01', baselineValue: 310, targetPeriod: '2025-07', targetValue: 520 } as const;

  it('adds three months of plan for a quarter of a monthly flow (sum)', async () => {
    const id = await addIndicator(f, { ...monthly, timeAggregation: 'sum' });
    await addMeasurements(f, id, [
      { actorId: f.actorIds[0], period: '2025-01', value: 300 }, { actorId: f.actorIds[0], period: '2025-02', value: 350 },
      { actorId: f.actorIds[0], period: '2025-03', value: 400 },
    ]);
    const q = await series(id, { from: '2025-Q1', to: '2025-Q4', frequency: 'quarter' });
    // Q1: 310 + 345 + 380 = 1035; Q2: 415 + 450 + 485 = 1350; Q3: July's 520, then held at the target: 3 × 520 = 1560.
    expect(q.baseline).toEqual({ period: '2025-Q1', value: 1035 });
    expect(q.target).toEqual({ period: '2025-Q3', value: 1560 });
    expect(plan(q)).toEqual({ '2025-Q1': 1035, '2025-Q2': 1350, '2025-Q3': 1560, '2025-Q4': null });
    // The quarter's value is compared with three months of plan: 300 + 350 + 400 = 1050 against 1035.
    expect(q.points[0].value).toBe(1050);
    // The final target stands in the quarter that holds it, converted like the rest.
    expect(q.points[2].target).toBe(1560);
    // By year: Jan–Jul on the line (310 … 520: 7 × 415 = 2905) and Aug–Dec held at 520 (2600).
    const y = await series(id, { from: '2025', to: '2025', frequency: 'year' });
    expect(y.baseline).toEqual({ period: '2025', value: 5505 });
    expect(plan(y)).toEqual({ '2025': 5505 });
    // In its own frequency the plan is the monthly line by index: March 380, July 520, none after.
    const m = await series(id, { from: '2025-03', to: '2025-08' });
    expect(plan(m)).toEqual({ '2025-03': 380, '2025-04': 415, '2025-05': 450, '2025-06': 485, '2025-07': 520, '2025-08': null });
    expect(m.baseline).toEqual({ period: '2025-01', value: 310 });
  });

  it('takes the last month of plan for a stock (last) and the mean for a mean', async () => {
    const stock = await addIndicator(f, { ...monthly, timeAggregation: 'last' });
    const q = await series(stock, { from: '2025-Q1', to: '2025-Q3', frequency: 'quarter' });
    // March 380, June 485, September held at 520.
    expect(plan(q)).toEqual({ '2025-Q1': 380, '2025-Q2': 485, '2025-Q3': 520 });
    expect(q.baseline).toEqual({ period: '2025-Q1', value: 380 });
    expect(q.target).toEqual({ period: '2025-Q3', value: 520 });

    const mean = await addIndicator(f, { ...monthly, timeAggregation: 'mean' });
    const qm = await series(mean, { from: '2025-Q1', to: '2025-Q3', frequency: 'quarter' });
    // (310 + 345 + 380) / 3 = 345; (415 + 450 + 485) / 3 = 450; (520 + 520 + 520) / 3 = 520.
    expect(plan(qm)).toEqual({ '2025-Q1': 345, '2025-Q2': 450, '2025-Q3': 520 });
    const hm = await series(mean, { from: '2025-H1', to: '2025-H2', frequency: 'half_year' });
    // H1: (310 + 345 + 380 + 415 + 450 + 485) / 6 = 397.5; H2: all six months at 520.
    expect(plan(hm)).toEqual({ '2025-H1': 397.5, '2025-H2': 520 });
  });

  it('converts per-period targets like the values, and a quarterly plan to years', async () => {
    const flow = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum' });
    await addTargets(f, flow, { '2025-01': 10, '2025-02': 11, '2025-03': 12, '2025-04': 20 });
    const q = await series(flow, { from: '2025-Q1', to: '2025-Q2', frequency: 'quarter' });
    // Q1: 10 + 11 + 12 = 33; Q2 has April only, which is no plan for the whole quarter of a flow.
    expect(q.points.map((p) => p.target ?? null)).toEqual([33, null]);

    const quarterly = await addIndicator(f, {
      frequency: 'quarter', timeAggregation: 'sum', baselinePeriod: '2024-Q4', baselineValue: 40, targetPeriod: '2025-Q4', targetValue: 120,
    });
    const y = await series(quarterly, { from: '2024', to: '2025', frequency: 'year' });
    // By quarter index 40, 60, 80, 100, 120. 2024: three quarters held at the baseline 40 and Q4 40 = 160;
    // 2025: 60 + 80 + 100 + 120 = 360.
    expect(plan(y)).toEqual({ '2024': 160, '2025': 360 });
    expect(y.baseline).toEqual({ period: '2024', value: 160 });
    expect(y.target).toEqual({ period: '2025', value: 360 });
  });

  it('judges the status on the indicator frequency, whatever the chart shows', async () => {
    const id = await addIndicator(f, { ...monthly, timeAggregation: 'sum' });
    // March is at 380 (on the line); the quarter's 1050 is above 1035 as well.
    await addMeasurements(f, id, [
      { actorId: f.actorIds[0], period: '2025-01', value: 290 }, { actorId: f.actorIds[0], period: '2025-02', value: 380 },
      { actorId: f.actorIds[0], period: '2025-03', value: 375 },
    ]);
    const own = await series(id, { from: '2025-01', to: '2025-03' });
    const q = await series(id, { from: '2025-Q1', to: '2025-Q1', frequency: 'quarter' });
    // Headline March 375 against 380: 5 behind, within 10% of 210 (21): at risk, in either view.
    expect(own.latest).toEqual({ period: '2025-03', value: 375 });
    expect(own.status).toBe('at_risk');
    expect(q.latest).toEqual(own.latest);
    expect(q.status).toBe('at_risk');
  });
});
