// The series per category: each category aggregated by the indicator's own rules, in the same query as the total.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesPoint, SeriesResponse } from '@ci/shared';
import { createFixture, type Fixture } from './helpers.js';
import { addDimension, addIndicator, addMeasurements, getSeries, type MeasurementSpec } from './series-fixtures.js';

let f: Fixture;
let A: string;
let B: string;

beforeAll(async () => {
  f = await createFixture('Series by category');
  [A, B] = f.actorIds;
});

/** One cell: its total and its categories (by id), as stored by a consistent write. */
function cell(actorId: string, period: string, total: MeasurementSpec['value'], categories: Record<string, MeasurementSpec['value']> = {}): MeasurementSpec[] {
  return [{ actorId, period, value: total }, ...Object.entries(categories).map(([categoryId, value]) => ({ actorId, period, value, categoryId }))];
}

async function monthly(timeAggregation: 'sum' | 'last') {
  const id = await addIndicator(f, { frequency: 'month', actorAggregation: 'sum', timeAggregation });
  const g = await addDimension(f, id, 'Gender', 0, ['Girls', 'Boys']);
  await addMeasurements(f, id, [
    ...cell(A, '2025-01', 10, { [g.Girls]: 6, [g.Boys]: 4 }),
    ...cell(B, '2025-01', 5, { [g.Girls]: 2, [g.Boys]: 3 }),
    ...cell(A, '2025-02', 8, { [g.Girls]: 3, [g.Boys]: 5 }),
    // B did not break February down.
    ...cell(B, '2025-02', 7),
    // A had no boys in March.
    ...cell(A, '2025-03', 4, { [g.Girls]: 4 }),
    // A draft does not count, for its categories either.
    { actorId: B, period: '2025-03', value: 100, status: 'draft' },
    { actorId: B, period: '2025-03', value: 100, categoryId: g.Girls, status: 'draft' },
  ]);
  return { id, girls: g.Girls, boys: g.Boys };
}

const byCategory = (p: SeriesPoint | undefined) => Object.fromEntries((p?.byCategory ?? []).map((c) => [c.categoryId, c.value]));
const actorCategories = (p: SeriesPoint | undefined, actorId: string) =>
  Object.fromEntries((p?.byActor.find((a) => a.actorId === actorId)?.byCategory ?? []).map((c) => [c.categoryId, c.value]));

describe('series byCategory', () => {
  it('gives each month its categories, across actors and per actor (sum)', async () => {
    const { id, girls, boys } = await monthly('sum');
    const res = await getSeries(f, id, { from: '2025-01', to: '2025-03' });
    expect(res.statusCode).toBe(200);
    const points = (res.json() as SeriesResponse).points;
    expect(points.map((p) => [p.period, p.value])).toEqual([
      ['2025-01', 15],
      ['2025-02', 15],
      ['2025-03', 4],
    ]);
    // January: girls 6 + 2, boys 4 + 3.
    expect(byCategory(points[0])).toEqual({ [girls]: 8, [boys]: 7 });
    expect(actorCategories(points[0], A)).toEqual({ [girls]: 6, [boys]: 4 });
    expect(actorCategories(points[0], B)).toEqual({ [girls]: 2, [boys]: 3 });
    // February: only A broke it down; B's 7 is in the total, not in a category.
    expect(byCategory(points[1])).toEqual({ [girls]: 3, [boys]: 5 });
    expect(actorCategories(points[1], B)).toEqual({});
    expect(byCategory(points[2])).toEqual({ [girls]: 4 });
  });

  it('sums a quarter of a monthly flow per category exactly like the total', async () => {
    const { id, girls, boys } = await monthly('sum');
    const res = await getSeries(f, id, { from: '2025-Q1', to: '2025-Q1', frequency: 'quarter' });
    const [q1] = (res.json() as SeriesResponse).points;
    // Total: 10 + 8 + 4 (A) + 5 + 7 (B) = 34. Girls: 6 + 3 + 4 + 2 = 15. Boys: 4 + 5 + 3 = 12.
    expect(q1.value).toBe(34);
    expect(byCategory(q1)).toEqual({ [girls]: 15, [boys]: 12 });
    expect(actorCategories(q1, A)).toEqual({ [girls]: 13, [boys]: 9 });
    expect(actorCategories(q1, B)).toEqual({ [girls]: 2, [boys]: 3 });
  });

  it("takes a quarter of a monthly stock's categories from the month its total comes from (last)", async () => {
    const { id, girls } = await monthly('last');
    const res = await getSeries(f, id, { from: '2025-Q1', to: '2025-Q1', frequency: 'quarter' });
    const [q1] = (res.json() as SeriesResponse).points;
    // A's last month is March (4: girls 4, no boys); B's is February (7, not broken down).
    expect(q1.value).toBe(11);
    expect(byCategory(q1)).toEqual({ [girls]: 4 });
  });

  it('aggregates a percentage per category as the ratio of summed numerators and denominators', async () => {
    const id = await addIndicator(f, { frequency: 'quarter', measureType: 'percentage', actorAggregation: 'sum', timeAggregation: 'sum', decimals: 1 });
    const g = await addDimension(f, id, 'Gender', 0, ['Girls', 'Boys']);
    await addMeasurements(f, id, [
      ...cell(A, '2025-Q1', [30, 40], { [g.Girls]: [18, 20], [g.Boys]: [12, 20] }),
      ...cell(A, '2025-Q2', [10, 20], { [g.Girls]: [5, 10], [g.Boys]: [5, 10] }),
      ...cell(B, '2025-Q1', [6, 10], { [g.Girls]: [6, 10] }),
    ]);
    const res = await getSeries(f, id, { from: '2025', to: '2025', frequency: 'year' });
    const [year] = (res.json() as SeriesResponse).points;
    // Total 46 / 70; girls (18 + 5 + 6) / (20 + 10 + 10) = 29 / 40; boys 17 / 30.
    expect(year).toMatchObject({ numerator: 46, denominator: 70 });
    const girls = year.byCategory!.find((c) => c.categoryId === g.Girls)!;
    const boys = year.byCategory!.find((c) => c.categoryId === g.Boys)!;
    expect(girls).toMatchObject({ numerator: 29, denominator: 40, value: 72.5 });
    expect(boys).toMatchObject({ numerator: 17, denominator: 30 });
    expect(boys.value).toBeCloseTo((100 * 17) / 30, 10);
  });

  it('leaves byCategory out for an indicator without dimensions', async () => {
    const plain = await addIndicator(f, { frequency: 'quarter' });
    await addMeasurements(f, plain, [{ actorId: A, period: '2025-Q1', value: 3 }]);
    const body = (await getSeries(f, plain, { from: '2025-Q1', to: '2025-Q1' })).json() as SeriesResponse;
    expect(body.points[0]).not.toHaveProperty('byCategory');
    expect(body.points[0].byActor[0]).not.toHaveProperty('byCategory');
  });
});
