// Golden table of the aggregation rule: every expected number is worked out by hand in the comment
// next to it, never computed by the code under test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementStatus, SeriesPoint, SeriesResponse } from '@ci/shared';
import { initiatives } from '../src/db/schema/index.js';
import { eq } from 'drizzle-orm';
import { createFixture, type Fixture } from './helpers.js';
import { addActor, addDimension, addIndicator, addMeasurements, addTargets, getSeries, type IndicatorSpec, type Value } from './series-fixtures.js';

type ActorName = 'A' | 'B' | 'C';
type Expected = number | null | { value: number; numerator: number; denominator: number };

interface View {
  query: Record<string, string>;
  /** Every period of the range, in order, with its expected aggregate. */
  points: Record<string, Expected>;
  byActor?: Record<string, Partial<Record<ActorName, number>>>;
}

interface GoldenCase {
  name: string;
  indicator: IndicatorSpec;
  values: [ActorName | null, string, Value, MeasurementStatus?][];
  views: View[];
}

const golden: GoldenCase[] = [
  {
    name: 'sum across actors; a value without actor is ignored; a period without data is null',
    indicator: { frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', 10], ['B', '2025-Q1', 5], ['A', '2025-Q2', 20], ['B', '2025-Q3', 7], [null, '2025-Q1', 1000]],
    views: [
      {
        query: { from: '2025-Q1', to: '2025-Q4' },
        points: { '2025-Q1': 15, '2025-Q2': 20, '2025-Q3': 7, '2025-Q4': null }, // 10+5; A only; B only; nothing
        byActor: { '2025-Q1': { A: 10, B: 5 }, '2025-Q2': { A: 20 }, '2025-Q3': { B: 7 }, '2025-Q4': {} },
      },
      // Flows by half-year: H1 = 10+5+20, H2 = 7.
      { query: { from: '2025-H1', to: '2025-H2', frequency: 'half_year' }, points: { '2025-H1': 35, '2025-H2': 7 } },
    ],
  },
  {
    name: 'mean across actors leaves a missing actor out instead of counting it as zero',
    indicator: { frequency: 'quarter', actorAggregation: 'mean', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', 10], ['B', '2025-Q1', 20], ['C', '2025-Q1', 40], ['A', '2025-Q2', 6]],
    // Q1 = (10+20+40)/3; Q2 = 6 (not 6/3 = 2).
    views: [{ query: { from: '2025-Q1', to: '2025-Q2' }, points: { '2025-Q1': 23.333333333, '2025-Q2': 6 } }],
  },
  {
    name: 'min across actors',
    indicator: { frequency: 'quarter', actorAggregation: 'min', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', 10], ['B', '2025-Q1', 4], ['C', '2025-Q1', 7]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q1' }, points: { '2025-Q1': 4 } }],
  },
  {
    name: 'max across actors',
    indicator: { frequency: 'quarter', actorAggregation: 'max', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', 10], ['B', '2025-Q1', 4], ['C', '2025-Q1', 7]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q1' }, points: { '2025-Q1': 10 } }],
  },
  {
    name: 'last value of a stock: an actor missing the last month of the quarter keeps its earlier month',
    indicator: { frequency: 'month', actorAggregation: 'sum', timeAggregation: 'last' },
    values: [
      ['A', '2025-01', 100], ['A', '2025-02', 110], ['A', '2025-03', 120], ['A', '2025-04', 130],
      ['B', '2025-01', 50], ['B', '2025-02', 55],
    ],
    views: [
      {
        query: { from: '2025-Q1', to: '2025-Q2', frequency: 'quarter' },
        points: { '2025-Q1': 175, '2025-Q2': 130 }, // 120 (A, March) + 55 (B, February); A's April only
        byActor: { '2025-Q1': { A: 120, B: 55 }, '2025-Q2': { A: 130 } },
      },
      // The year: A's April 130 + B's February 55.
      { query: { from: '2025', to: '2025', frequency: 'year' }, points: { '2025': 185 } },
    ],
  },
  {
    name: 'last value of a cumulative count by half-year',
    indicator: { frequency: 'month', actorAggregation: 'sum', timeAggregation: 'last' },
    values: [['A', '2025-01', 3], ['A', '2025-03', 8], ['A', '2025-07', 12], ['B', '2025-02', 2], ['B', '2025-06', 5]],
    // H1 = A's March 8 + B's June 5; H2 = A's July 12 (B has nothing in H2 and is left out).
    views: [{ query: { from: '2025-H1', to: '2025-H2', frequency: 'half_year' }, points: { '2025-H1': 13, '2025-H2': 12 } }],
  },
  {
    name: 'flows are summed over time, by month, quarter and year',
    indicator: { frequency: 'month', actorAggregation: 'sum', timeAggregation: 'sum' },
    values: [
      ['A', '2025-01', 1], ['A', '2025-02', 2], ['A', '2025-03', 3], ['A', '2025-04', 4],
      ['B', '2025-01', 10], ['B', '2025-03', 30], ['B', '2025-12', 5],
    ],
    views: [
      { query: { from: '2025-01', to: '2025-04' }, points: { '2025-01': 11, '2025-02': 2, '2025-03': 33, '2025-04': 4 } },
      {
        query: { from: '2025-Q1', to: '2025-Q4', frequency: 'quarter' },
        points: { '2025-Q1': 46, '2025-Q2': 4, '2025-Q3': null, '2025-Q4': 5 }, // 1+2+3+10+30; 4; -; 5
        byActor: { '2025-Q1': { A: 6, B: 40 } },
      },
      { query: { from: '2025', to: '2025', frequency: 'year' }, points: { '2025': 55 } }, // 46+4+5
    ],
  },
  {
    name: 'mean over time per actor, then summed across actors',
    indicator: { frequency: 'month', actorAggregation: 'sum', timeAggregation: 'mean' },
    values: [['A', '2025-01', 10], ['A', '2025-02', 20], ['A', '2025-03', 60], ['B', '2025-01', 8]],
    // A: (10+20+60)/3 = 30; B: 8; 30+8 = 38 (a mean of all four cells would be 24.5).
    views: [{ query: { from: '2025-Q1', to: '2025-Q1', frequency: 'quarter' }, points: { '2025-Q1': 38 } }],
  },
  {
    name: 'a percentage is the ratio of summed numerators to summed denominators',
    indicator: { frequency: 'quarter', measureType: 'percentage', actorAggregation: 'sum', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', [3, 10]], ['B', '2025-Q1', [45, 50]], ['A', '2025-Q2', [7, 10]]],
    views: [
      {
        query: { from: '2025-Q1', to: '2025-Q2' },
        // 48/60 = 80% (the mean of 30% and 90% would be 60%); Q2 7/10.
        points: { '2025-Q1': { value: 80, numerator: 48, denominator: 60 }, '2025-Q2': { value: 70, numerator: 7, denominator: 10 } },
        byActor: { '2025-Q1': { A: 30, B: 90 } },
      },
      // The year: (3+45+7)/(10+50+10) = 55/70 = 78.5714…%.
      { query: { from: '2025', to: '2025', frequency: 'year' }, points: { '2025': { value: 78.571428571, numerator: 55, denominator: 70 } } },
    ],
  },
  {
    name: 'a percentage averaged across actors is still the ratio of sums',
    indicator: { frequency: 'quarter', measureType: 'percentage', actorAggregation: 'mean', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', [3, 10]], ['B', '2025-Q1', [45, 50]]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q1' }, points: { '2025-Q1': { value: 80, numerator: 48, denominator: 60 } } }],
  },
  {
    name: 'a percentage with last takes numerator and denominator from the same latest month',
    indicator: { frequency: 'month', measureType: 'percentage', actorAggregation: 'sum', timeAggregation: 'last' },
    values: [['A', '2025-01', [1, 4]], ['A', '2025-03', [3, 4]], ['B', '2025-01', [9, 10]], ['B', '2025-02', [4, 10]]],
    // A: March 3/4; B: February 4/10; (3+4)/(4+10) = 7/14 = 50% (a mean of 75% and 40% would be 57.5%).
    views: [
      {
        query: { from: '2025-Q1', to: '2025-Q1', frequency: 'quarter' },
        points: { '2025-Q1': { value: 50, numerator: 7, denominator: 14 } },
        byActor: { '2025-Q1': { A: 75, B: 40 } },
      },
    ],
  },
  {
    name: 'a percentage with min takes the whole result of the actor with the lowest ratio',
    indicator: { frequency: 'quarter', measureType: 'percentage', actorAggregation: 'min', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', [1, 4]], ['B', '2025-Q1', [30, 100]], ['C', '2025-Q1', [2, 5]]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q1' }, points: { '2025-Q1': { value: 25, numerator: 1, denominator: 4 } } }],
  },
  {
    name: 'a percentage with max takes the whole result of the actor with the highest ratio',
    indicator: { frequency: 'quarter', measureType: 'percentage', actorAggregation: 'max', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', [1, 4]], ['B', '2025-Q1', [30, 100]], ['C', '2025-Q1', [2, 5]]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q1' }, points: { '2025-Q1': { value: 40, numerator: 2, denominator: 5 } } }],
  },
  {
    name: 'a population-level indicator counts only the value without actor',
    indicator: { frequency: 'quarter', actorAggregation: 'none', timeAggregation: 'last' },
    values: [[null, '2025-Q1', 42], ['A', '2025-Q1', 100], ['A', '2025-Q2', 9]],
    views: [{ query: { from: '2025-Q1', to: '2025-Q2' }, points: { '2025-Q1': 42, '2025-Q2': null }, byActor: { '2025-Q1': {} } }],
  },
  {
    name: 'drafts and returned values do not count',
    indicator: { frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' },
    values: [['A', '2025-Q1', 10, 'approved'], ['B', '2025-Q1', 20, 'submitted'], ['C', '2025-Q1', 5, 'draft'], ['A', '2025-Q2', 7, 'returned']],
    views: [{ query: { from: '2025-Q1', to: '2025-Q2' }, points: { '2025-Q1': 30, '2025-Q2': null } }], // 10+20
  },
];

function expectPoints(points: SeriesPoint[], view: View, actorIds: Record<ActorName, string>) {
  expect(points.map((p) => p.period)).toEqual(Object.keys(view.points));
  for (const point of points) {
    const expected = view.points[point.period];
    if (expected === null) {
      expect(point.value, point.period).toBeNull();
      expect(point.byActor).toEqual([]);
    } else if (typeof expected === 'number') {
      expect(point.value, point.period).toBeCloseTo(expected, 6);
      expect(point.numerator).toBeUndefined();
    } else {
      expect(point.value, point.period).toBeCloseTo(expected.value, 6);
      expect(point.numerator, point.period).toBeCloseTo(expected.numerator, 9);
      expect(point.denominator, point.period).toBeCloseTo(expected.denominator, 9);
    }
  }
  for (const [period, byName] of Object.entries(view.byActor ?? {})) {
    const point = points.find((p) => p.period === period)!;
    const actual = Object.fromEntries(point.byActor.map((a) => [a.actorId, a.value]));
    const wanted = Object.fromEntries(Object.entries(byName).map(([name, v]) => [actorIds[name as ActorName], v]));
    expect(Object.keys(actual).sort()).toEqual(Object.keys(wanted).sort());
    for (const [id, v] of Object.entries(wanted)) expect(actual[id]).toBeCloseTo(v as number, 6);
  }
}

describe('series: the aggregation rule (golden table)', () => {
  let f: Fixture;
  let actorIds: Record<ActorName, string>;
  beforeAll(async () => {
    f = await createFixture('Golden');
    actorIds = { A: f.actorIds[0], B: f.actorIds[1], C: await addActor(f, 'Actor C') };
  });

  for (const c of golden) {
    it(c.name, async () => {
      const indicatorId = await addIndicator(f, c.indicator);
      await addMeasurements(
        f,
        indicatorId,
        c.values.map(([actor, period, value, status]) => ({ actorId: actor ? actorIds[actor] : null, period, value, status })),
      );
      for (const view of c.views) {
        const res = await getSeries(f, indicatorId, view.query);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as SeriesResponse;
        expect(body.frequency).toBe(view.query.frequency ?? c.indicator.frequency);
        expectPoints(body.points, view, actorIds);
      }
    });
  }

  it('sums the categories of the first dimension only; a plain total wins over categories', async () => {
    const indicatorId = await addIndicator(f, { frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' });
    // Inserted first but second in order: its categories must not be added to the total.
    const age = await addDimension(f, indicatorId, 'Age', 1, ['0-15', '16-25']);
    const gender = await addDimension(f, indicatorId, 'Gender', 0, ['Girls', 'Boys']);
    await addMeasurements(f, indicatorId, [
      { actorId: actorIds.A, period: '2025-Q1', value: 3, categoryId: gender.Girls },
      { actorId: actorIds.A, period: '2025-Q1', value: 4, categoryId: gender.Boys },
      { actorId: actorIds.A, period: '2025-Q1', value: 5, categoryId: age['0-15'] },
      { actorId: actorIds.A, period: '2025-Q1', value: 2, categoryId: age['16-25'] },
      { actorId: actorIds.B, period: '2025-Q1', value: 10 },
      { actorId: actorIds.B, period: '2025-Q1', value: 6, categoryId: gender.Girls },
      { actorId: actorIds.A, period: '2025-Q2', value: 1, categoryId: gender.Girls },
      { actorId: actorIds.A, period: '2025-Q2', value: 8, categoryId: gender.Boys, status: 'draft' },
    ]);
    const body = (await getSeries(f, indicatorId, { from: '2025-Q1', to: '2025-Q2' })).json() as SeriesResponse;
    // Q1: A = girls 3 + boys 4 = 7 (not 14 with the age bands); B = its total 10; 7+10 = 17. Q2: the draft does not count.
    expectPoints(body.points, { query: {}, points: { '2025-Q1': 17, '2025-Q2': 1 }, byActor: { '2025-Q1': { A: 7, B: 10 } } }, actorIds);
  });

  it('counts only approved values when the initiative requires approval', async () => {
    const g = await createFixture('Approval');
    await g.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, g.initiativeId));
    const indicatorId = await addIndicator(g, { frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' });
    await addMeasurements(g, indicatorId, [
      { actorId: g.actorIds[0], period: '2025-Q1', value: 10, status: 'approved' },
      { actorId: g.actorIds[1], period: '2025-Q1', value: 20, status: 'submitted' },
      { actorId: g.actorIds[1], period: '2025-Q2', value: 40, status: 'submitted' },
    ]);
    const body = (await getSeries(g, indicatorId, { from: '2025-Q1', to: '2025-Q2' })).json() as SeriesResponse;
    expect(body.points.map((p) => p.value)).toEqual([10, null]); // only A's approved 10
    expect(body.points[0].byActor).toEqual([{ actorId: g.actorIds[0], value: 10 }]);
  });

  it('adds and divides exactly, whatever order the database meets the values in', async () => {
    const indicatorId = await addIndicator(f, { frequency: 'month', actorAggregation: 'sum', timeAggregation: 'mean' });
    const months = [5328.8, 6549.1, 674, 5696.2, 1680.3, 473, 3927.3, 9102.3, 4424.3];
    await addMeasurements(
      f,
      indicatorId,
      months.map((value, i) => ({ actorId: actorIds.A, period: `2025-0${i + 1}`, value })),
    );
    // The nine months add up to 37855.3; 37855.3 / 9 = 4206.1444…, 4206.14444444444 to 15 digits. Added
    // as doubles (in this order or the reverse) the mean comes out as 4206.144444444445, which a copy
    // of the database adding in another order would show differently.
    const body = (await getSeries(f, indicatorId, { from: '2025', to: '2025', frequency: 'year' })).json() as SeriesResponse;
    expect(body.points.map((p) => p.value)).toEqual([4206.14444444444]);
  });
});

describe('series: trajectory, targets, status and trend (golden table)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('Golden status');
  });

  /** A population-level yearly indicator with the given values. */
  async function yearly(spec: IndicatorSpec, values: Record<string, number>, query: Record<string, string> = {}) {
    const indicatorId = await addIndicator(f, { frequency: 'year', actorAggregation: 'none', timeAggregation: 'last', ...spec });
    await addMeasurements(f, indicatorId, Object.entries(values).map(([period, value]) => ({ actorId: null, period, value })));
    const res = await getSeries(f, indicatorId, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SeriesResponse;
  }

  const rising = { direction: 'increase', baselinePeriod: '2025', baselineValue: 100, targetPeriod: '2027', targetValue: 200 } as const;
  const falling = { direction: 'decrease', baselinePeriod: '2025', baselineValue: 200, targetPeriod: '2027', targetValue: 100 } as const;
  const steady = { direction: 'maintain', targetPeriod: '2027', targetValue: 80 } as const;

  // 2025 and 2026 have 365 days each, so the trajectory stands half-way in 2026: 150 in both directions.
  const statuses: [string, IndicatorSpec, Record<string, number>, SeriesResponse['status']][] = [
    ['increase: on the trajectory', rising, { '2026': 150 }, 'on_track'],
    ['increase: beyond the trajectory', rising, { '2026': 175 }, 'on_track'],
    ['increase: 5 behind, within 10% of |200−100|', rising, { '2026': 145 }, 'at_risk'],
    ['increase: exactly 10 behind', rising, { '2026': 140 }, 'at_risk'],
    ['increase: 11 behind', rising, { '2026': 139 }, 'off_track'],
    ['increase: only the latest period decides', rising, { '2025': 10, '2026': 150 }, 'on_track'],
    ['increase: after the target period it is compared with the target', rising, { '2028': 195 }, 'at_risk'],
    ['increase: no data', rising, {}, 'no_data'],
    ['increase: no baseline', { direction: 'increase', targetPeriod: '2027', targetValue: 200 }, { '2026': 150 }, 'no_data'],
    ['increase: no baseline and no target', { direction: 'increase' }, { '2026': 150 }, 'no_data'],
    ['decrease: on the trajectory', falling, { '2026': 150 }, 'on_track'],
    ['decrease: below the trajectory', falling, { '2026': 120 }, 'on_track'],
    ['decrease: 8 behind', falling, { '2026': 158 }, 'at_risk'],
    ['decrease: exactly 10 behind', falling, { '2026': 160 }, 'at_risk'],
    ['decrease: 11 behind', falling, { '2026': 161 }, 'off_track'],
    ['decrease: no data', falling, {}, 'no_data'],
    ['maintain: 4 above 80 is within 5%', steady, { '2026': 84 }, 'on_track'],
    ['maintain: 4 below 80 is within 5%', steady, { '2026': 76 }, 'on_track'],
    ['maintain: 7 above is within 10%', steady, { '2026': 87 }, 'at_risk'],
    ['maintain: 8 below is exactly 10%', steady, { '2026': 72 }, 'at_risk'],
    ['maintain: 9 above', steady, { '2026': 89 }, 'off_track'],
    ['maintain: no data', steady, {}, 'no_data'],
    ['maintain: no target', { direction: 'maintain', baselinePeriod: '2025', baselineValue: 80 }, { '2026': 80 }, 'no_data'],
  ];
  for (const [name, spec, values, expected] of statuses) {
    it(`status, ${name}: ${expected}`, async () => {
      expect((await yearly(spec, values)).status).toBe(expected);
    });
  }

  it('draws the trajectory between baseline and target, and the target at the target period', async () => {
    const body = await yearly(rising, { '2026': 150 }, { from: '2024', to: '2028' });
    expect(body.baseline).toEqual({ period: '2025', value: 100 });
    expect(body.target).toEqual({ period: '2027', value: 200 });
    expect(body.points.map((p) => [p.period, p.trajectory, p.target])).toEqual([
      ['2024', undefined, undefined],
      ['2025', 100, undefined],
      ['2026', 150, undefined],
      ['2027', 200, 200],
      ['2028', undefined, undefined],
    ]);
    expect(body.latest).toEqual({ period: '2026', value: 150 });
  });

  it('places the trajectory by period index: equal steps per period, whatever their days', async () => {
    const indicatorId = await addIndicator(f, { frequency: 'quarter', baselinePeriod: '2025-Q1', baselineValue: 0, targetPeriod: '2026-Q1', targetValue: 365 });
    const body = (await getSeries(f, indicatorId)).json() as SeriesResponse;
    // Four steps of 365/4 = 91.25 (by days it would be 0, 90, 181, 273, 365).
    expect(body.points.map((p) => [p.period, p.trajectory])).toEqual([
      ['2025-Q1', 0], ['2025-Q2', 91.25], ['2025-Q3', 182.5], ['2025-Q4', 273.75], ['2026-Q1', 365],
    ]);
    // The example: 40 at 2024-Q4 to 120 at 2025-Q4 gives 60, 80, 100, 120 (by days 60.07 for Q1).
    const example = await addIndicator(f, { frequency: 'quarter', baselinePeriod: '2024-Q4', baselineValue: 40, targetPeriod: '2025-Q4', targetValue: 120 });
    const steps = (await getSeries(f, example)).json() as SeriesResponse;
    expect(steps.points.map((p) => p.trajectory)).toEqual([40, 60, 80, 100, 120]);
  });

  it('gives per-period targets, combined like the values in a coarser view', async () => {
    const stock = await addIndicator(f, {
      frequency: 'quarter', timeAggregation: 'last', baselinePeriod: '2025-Q1', baselineValue: 40, targetPeriod: '2025-Q4', targetValue: 80,
    });
    await addTargets(f, stock, { '2025-Q2': 50, '2025-Q3': 60 });
    const quarters = (await getSeries(f, stock)).json() as SeriesResponse;
    expect(quarters.points.map((p) => [p.period, p.target])).toEqual([
      ['2025-Q1', undefined], ['2025-Q2', 50], ['2025-Q3', 60], ['2025-Q4', 80],
    ]);
    const year = (await getSeries(f, stock, { frequency: 'year' })).json() as SeriesResponse;
    expect(year.points.map((p) => [p.period, p.target])).toEqual([['2025', 80]]); // the last, Q4's 80

    const flow = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum' });
    await addTargets(f, flow, { '2025-01': 10, '2025-02': 10, '2025-03': 10, '2025-04': 10 });
    const flowQuarters = (await getSeries(f, flow, { from: '2025-Q1', to: '2025-Q2', frequency: 'quarter' })).json() as SeriesResponse;
    // Q1: 10+10+10; Q2 has a target for April only, which is no target for the quarter.
    expect(flowQuarters.points.map((p) => [p.period, p.target])).toEqual([['2025-Q1', 30], ['2025-Q2', undefined]]);
  });

  it('fits the trend by least squares and extends it to the target period', async () => {
    const body = await yearly({ ...rising, baselineValue: 10, targetPeriod: '2029' }, { '2025': 10, '2026': 20, '2027': 30 });
    expect(body.trend?.slope).toBeCloseTo(10, 9);
    expect(body.trend?.points.map((p) => p.period)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    body.trend?.points.forEach((p, i) => expect(p.value).toBeCloseTo([10, 20, 30, 40, 50][i], 9));

    // x = 0,1,2,3; y = 1,3,2,6: slope 7/5 = 1.4, intercept 3 − 1.4·1.5 = 0.9.
    const noisy = await yearly({}, { '2020': 1, '2021': 3, '2022': 2, '2023': 6 });
    expect(noisy.trend?.slope).toBeCloseTo(1.4, 9);
    noisy.trend?.points.forEach((p, i) => expect(p.value).toBeCloseTo([0.9, 2.3, 3.7, 5.1][i], 9));
  });

  it('fits the trend through the last eight periods with data only, counting gaps', async () => {
    const values: Record<string, number> = { '2010': 1000, '2011': 1000 };
    for (let y = 2012; y <= 2019; y++) values[String(y)] = 5;
    const body = await yearly({}, values);
    expect(body.trend?.slope).toBeCloseTo(0, 9);
    expect(body.trend?.points[0]).toEqual({ period: '2012', value: 5 });

    // x = 0 and 2 (2021 has no data): slope (14 − 10)/2 = 2 per year.
    const gap = await yearly({}, { '2020': 10, '2022': 14 });
    expect(gap.trend?.slope).toBeCloseTo(2, 9);
    expect(gap.trend?.points.map((p) => p.value)).toEqual([10, 12, 14]);
    expect((await yearly({}, { '2020': 10 })).trend).toBeNull();
  });
});
