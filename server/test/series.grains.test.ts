// One statement for both grains of a series: the aggregates in the series frequency and, from the
// same counted cells, the totals in each indicator's own frequency (the headline's) and the
// counted values of the periods still open, against the separate statements that gave them
// before. Every expected figure is worked out by hand in the comment next to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { indicators } from '../src/db/schema/index.js';
import {
  aggregateGrains,
  aggregateIndicators,
  countedValues,
  type IndicatorAggregateRow,
  type IndicatorRow,
} from '../src/modules/series/series.repository.js';
import { indicatorSeries } from '../src/modules/series/series.service.js';
import { createFixture, type Fixture } from './helpers.js';
import { addDimension, addIndicator, addMeasurements } from './series-fixtures.js';

/**
 * Counts the statements about indicators and their values sent through the database handle's
 * client (pg pool or PGlite) while `run` runs; the app's own work in the background (its job
 * queue, data versions) shares the client and reads other tables.
 */
async function statementsOf<T>(db: Db, run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const query = client.query;
  let statements = 0;
  client.query = function counted(this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
    if (/\b(measurements|indicators)\b/.test(text)) statements++;
    return query.apply(this, args);
  };
  try {
    return { result: await run(), statements };
  } finally {
    client.query = query;
  }
}

const order = (a: IndicatorAggregateRow, b: IndicatorAggregateRow) =>
  [a.indicatorId, a.bucket, a.kind, a.actorId ?? '', a.categoryId ?? ''].join('|') < [b.indicatorId, b.bucket, b.kind, b.actorId ?? '', b.categoryId ?? ''].join('|')
    ? -1
    : 1;
const sorted = (rows: readonly IndicatorAggregateRow[]) => [...rows].sort(order);

/** `bucket → value` of the totals (or of one actor) of one indicator, without categories. */
function figures(rows: readonly IndicatorAggregateRow[], indicatorId: string, actorId: string | null = null) {
  return Object.fromEntries(
    sorted(rows)
      .filter((r) => r.indicatorId === indicatorId && r.categoryId === null && r.actorId === actorId && r.kind === (actorId ? 'actor' : 'total'))
      .map((r) => [r.bucket, r.value]),
  );
}

describe('one statement serves both grains of a series', () => {
  let f: Fixture;
  let A: string, B: string;
  let flow: string, share: string, split: string;
  let rows: IndicatorRow[];
  let cat: Record<string, string>;

  beforeAll(async () => {
    f = await createFixture('Grains');
    [A, B] = f.actorIds;
    // Monthly flow, summed over time and across actors.
    flow = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum', actorAggregation: 'sum', reportingFrom: '2025-01-01' });
    await addMeasurements(f, flow, [
      { actorId: A, period: '2025-01', value: 10 }, { actorId: A, period: '2025-02', value: 20 }, { actorId: A, period: '2025-03', value: 30 },
      { actorId: A, period: '2025-04', value: 2 }, { actorId: A, period: '2025-05', value: 2.25 },
      { actorId: B, period: '2025-01', value: 5 }, { actorId: B, period: '2025-03', value: 7 },
      { actorId: B, period: '2025-04', value: 0.1 }, { actorId: B, period: '2025-06', value: 0.2 },
      { actorId: B, period: '2025-05', value: 100, status: 'draft' },
    ]);
    // Monthly percentage, the last month of each actor in a period, numerators and denominators summed across actors.
    share = await addIndicator(f, { frequency: 'month', measureType: 'percentage', timeAggregation: 'last', actorAggregation: 'sum', reportingFrom: '2025-01-01' });
    await addMeasurements(f, share, [
      { actorId: A, period: '2025-01', value: [1, 4] }, { actorId: A, period: '2025-02', value: [3, 10] },
      { actorId: B, period: '2025-01', value: [2, 5] },
    ]);
    // Monthly and disaggregated: A's January only by its categories, February with its total.
    split = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum', actorAggregation: 'sum', reportingFrom: '2025-01-01' });
    cat = await addDimension(f, split, 'Gender', 0, ['x', 'y']);
    await addMeasurements(f, split, [
      { actorId: A, period: '2025-01', value: 3, categoryId: cat.x }, { actorId: A, period: '2025-01', value: 4, categoryId: cat.y },
      { actorId: A, period: '2025-02', value: 10 }, { actorId: A, period: '2025-02', value: 6, categoryId: cat.x }, { actorId: A, period: '2025-02', value: 4, categoryId: cat.y },
      { actorId: B, period: '2025-01', value: 1 },
    ]);
    rows = await f.db.select().from(indicators).where(inArray(indicators.id, [flow, share, split]));
  });

  const bounds = () => new Map([[flow, { fromDate: '2025-04-01', toDate: null }], [share, { fromDate: null, toDate: null }], [split, { fromDate: null, toDate: null }]]);
  const opts = () => ({
    frequency: 'quarter' as const,
    bounds: bounds(),
    categories: true,
    plain: new Set([flow, share]),
    countedFrom: new Map([[flow, '2025-03-01'], [share, null], [split, '2025-02-01']]),
  });

  it('gives the series by quarter, the totals by month from the start, and the counted values, in one statement', async () => {
    const { result: grains, statements } = await statementsOf(f.db, () => aggregateGrains(f.db, rows, opts()));
    expect(statements).toBe(1);

    // Flow from April on: Q2 of A 2 + 2.25 = 4.25 (a whole number and a fraction), of B 0.1 + 0.2
    // = 0.3, in all 4.55; the draft 100 does not count. Q1 lies before the range.
    expect(figures(grains.rows, flow)).toEqual({ '2025-04-01': 4.55 });
    expect(figures(grains.rows, flow, A)).toEqual({ '2025-04-01': 4.25 });
    expect(figures(grains.rows, flow, B)).toEqual({ '2025-04-01': 0.3 });
    // Its months from the start of its history: January 10 + 5, February 20, March 30 + 7, April
    // 2 + 0.1, May 2.25 (B's draft left out), June 0.2.
    expect(figures(grains.own, flow)).toEqual({
      '2025-01-01': 15, '2025-02-01': 20, '2025-03-01': 37, '2025-04-01': 2.1, '2025-05-01': 2.25, '2025-06-01': 0.2,
    });

    // Share in Q1: A's last month February 3/10, B's January 2/5: 100 × 5/15.
    expect(figures(grains.rows, share)).toEqual({ '2025-01-01': 33.3333333333333 });
    // By month: January 100 × (1 + 2)/(4 + 5), February 100 × 3/10.
    expect(figures(grains.own, share)).toEqual({ '2025-01-01': 33.3333333333333, '2025-02-01': 30 });

    // Split in Q1: A's January is its categories' sum 3 + 4, its February the total 10: 17; B 1; in all 18.
    expect(figures(grains.rows, split)).toEqual({ '2025-01-01': 18 });
    // Each category by the same rule: x 3 + 6 = 9, y 4 + 4 = 8 (B reported no category).
    const categories = grains.rows.filter((r) => r.indicatorId === split && r.kind === 'total' && r.categoryId !== null);
    expect(Object.fromEntries(categories.map((r) => [r.categoryId, r.value]))).toEqual({ [cat.x]: 9, [cat.y]: 8 });
    // By month, totals only: January 7 + 1 = 8, February 10.
    expect(figures(grains.own, split)).toEqual({ '2025-01-01': 8, '2025-02-01': 10 });

    // Counted cells from each indicator's day on: flow from March (B's draft May is none of them),
    // share all of them, split from February (A's total).
    const counted = grains.counted.map((c) => `${c.indicatorId === flow ? 'flow' : c.indicatorId === share ? 'share' : 'split'} ${c.periodStart} ${c.actorId === A ? 'A' : 'B'}`);
    expect(counted.sort()).toEqual(
      [
        'flow 2025-03-01 A', 'flow 2025-03-01 B', 'flow 2025-04-01 A', 'flow 2025-04-01 B', 'flow 2025-05-01 A', 'flow 2025-06-01 B',
        'share 2025-01-01 A', 'share 2025-01-01 B', 'share 2025-02-01 A',
        'split 2025-02-01 A',
      ].sort(),
    );
  });

  it('gives the figures of the separate statements for each grain', async () => {
    const grains = await aggregateGrains(f.db, rows, opts());
    const { result: separate, statements } = await statementsOf(f.db, async () => ({
      view: await aggregateIndicators(f.db, rows, { frequency: 'quarter', bounds: bounds(), categories: true, plain: new Set([flow, share]) }),
      own: await aggregateIndicators(f.db, rows, { frequency: 'own', bounds: { fromDate: null, toDate: null }, totalsOnly: true }),
      counted: await countedValues(f.db, f.initiativeId, [flow, share, split], { fromDate: null, toDate: null }),
    }));
    expect(statements).toBe(3);
    expect(sorted(grains.rows)).toEqual(separate.view);
    expect(sorted(grains.own)).toEqual(separate.own);
    const from = opts().countedFrom;
    const periodStartOf = (period: string) => `${period}-01`;
    const expected = separate.counted
      .filter((c) => { const day = from.get(c.indicatorId); return day === null || periodStartOf(c.period) >= day!; })
      .map((c) => `${c.indicatorId} ${periodStartOf(c.period)} ${c.actorId}`);
    expect(grains.counted.map((c) => `${c.indicatorId} ${c.periodStart} ${c.actorId}`).sort()).toEqual(expected.sort());
  });

  it('answers a series in two statements: the indicator with its plan and reporters, then its figures', async () => {
    const { result: series, statements } = await statementsOf(f.db, () =>
      indicatorSeries(f.db, f.initiativeId, flow, { frequency: 'quarter', from: '2025-Q2' }, { now: new Date('2025-07-10T12:00:00Z') }),
    );
    expect(statements).toBe(2);
    expect(series.points.map((p) => [p.period, p.value])).toEqual([['2025-Q2', 4.55]]);
    // On 10 July (30 reporting days) May is closed and June is still being reported, so far by B
    // only (A is expected too): the headline is May, 2.25 against April's 2.1, in the indicator's
    // months although the series is by quarter.
    expect(series.latest).toEqual({ period: '2025-05', value: 2.25 });
    expect(series.previous).toEqual({ period: '2025-04', value: 2.1 });
  });
});
