// Golden table of period state, completeness and the headline: which period a chart, a card and a
// status may speak of. Today is fixed at 10 June 2025 (reporting days 30): April 2025 is closed
// (due 30 May), May is being reported (due 30 June), June is open. Every expected figure is worked
// out by hand in the comment next to it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SeriesResponse } from '@ci/shared';
import { initiatives } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';
import { addActor, addIndicator, addMeasurements, getSeries } from './series-fixtures.js';

const TODAY = new Date('2025-06-10T09:00:00Z');

describe('series: complete periods and the headline (golden table)', () => {
  let f: Fixture;
  let A: string, B: string;

  beforeAll(async () => {
    f = await createFixture('Headline');
    [A, B] = f.actorIds;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const series = async (indicatorId: string, query: Record<string, string> = {}) => {
    const res = await getSeries(f, indicatorId, query);
    expect(res.statusCode).toBe(200);
    return res.json() as SeriesResponse;
  };
  const states = (s: SeriesResponse) =>
    Object.fromEntries(s.points.map((p) => [p.period, p.complete ? `${p.state} complete` : `${p.state} ${p.reported} of ${p.expected}`]));

  it('takes the headline from the latest complete period, never from a half-reported one', async () => {
    const id = await addIndicator(f, {
      frequency: 'month', timeAggregation: 'sum', reportingFrom: '2025-01-01',
      baselinePeriod: '2025-01', baselineValue: 20, targetPeriod: '2025-07', targetValue: 80,
    });
    await addMeasurements(f, id, [
      { actorId: A, period: '2025-03', value: 15 }, { actorId: B, period: '2025-03', value: 20 },
      { actorId: A, period: '2025-04', value: 18 }, { actorId: B, period: '2025-04', value: 22 },
      { actorId: A, period: '2025-05', value: 5 },
      { actorId: A, period: '2025-06', value: 1 },
    ]);
    const s = await series(id, { from: '2025-03', to: '2025-07' });
    expect(states(s)).toEqual({
      '2025-03': 'closed complete',
      '2025-04': 'closed complete', // due 30 May: closed, whoever reported
      '2025-05': 'reporting 1 of 2', // ended, due 30 June: only A so far
      '2025-06': 'open 1 of 2',
      '2025-07': 'open 0 of 2',
    });
    // Headline April: 18 + 22 = 40; the month before, March: 15 + 20 = 35.
    expect(s.latest).toEqual({ period: '2025-04', value: 40 });
    expect(s.previous).toEqual({ period: '2025-03', value: 35 });
    // Trajectory by month index from 20 (Jan) to 80 (Jul): +10 a month, April 50. 40 is 10 behind,
    // and 10% of |80 − 20| = 6: off track. May's 5 (a drop to an eighth) plays no part.
    expect(s.status).toBe('off_track');
    // The trend runs through complete months only: March 35, April 40 → +5 a month, to July 55.
    expect(s.trend?.points).toEqual([
      { period: '2025-03', value: 35 }, { period: '2025-04', value: 40 }, { period: '2025-05', value: 45 },
      { period: '2025-06', value: 50 }, { period: '2025-07', value: 55 },
    ]);

    // B reports May: every expected reporter's value counts, so May is complete before its due date.
    await addMeasurements(f, id, [{ actorId: B, period: '2025-05', value: 31 }]);
    const after = await series(id, { from: '2025-03', to: '2025-07' });
    expect(after.points.find((p) => p.period === '2025-05')).toMatchObject({ state: 'reporting', complete: true, value: 36 });
    expect(after.points.find((p) => p.period === '2025-05')).not.toHaveProperty('reported');
    // Headline May 5 + 31 = 36 against a plan of 60: 24 behind, off track; change since April: 36 − 40.
    expect(after.latest).toEqual({ period: '2025-05', value: 36 });
    expect(after.previous).toEqual({ period: '2025-04', value: 40 });
  });

  it('keeps the headline in the indicator frequency whatever frequency the chart asks for', async () => {
    const id = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum', reportingFrom: '2025-01-01' });
    await addMeasurements(f, id, [
      { actorId: A, period: '2025-01', value: 1 }, { actorId: B, period: '2025-01', value: 2 },
      { actorId: A, period: '2025-02', value: 0 }, { actorId: A, period: '2025-03', value: 0 }, { actorId: B, period: '2025-03', value: 0 },
      { actorId: A, period: '2025-04', value: 4 }, { actorId: B, period: '2025-04', value: 8 },
      { actorId: A, period: '2025-05', value: 16 }, { actorId: B, period: '2025-05', value: 32 },
      { actorId: A, period: '2025-06', value: 64 },
    ]);
    const quarters = await series(id, { from: '2025-Q1', to: '2025-Q2', frequency: 'quarter' });
    // Q1 closed (due 30 April). Q2 is open: so far (April and May have ended) both reported every month.
    expect(states(quarters)).toEqual({ '2025-Q1': 'closed complete', '2025-Q2': 'open 2 of 2' });
    expect(quarters.points.map((p) => p.value)).toEqual([3, 124]); // 1+2; 4+8+16+32+64
    // May is complete (both reported), June is open: the headline is May, 16 + 32, in months.
    expect(quarters.latest).toEqual({ period: '2025-05', value: 48 });
    expect(quarters.previous).toEqual({ period: '2025-04', value: 12 });
    // No trend through one complete quarter.
    expect(quarters.trend).toBeNull();
    // A half-year of a quarter with a gap: B lacks February, so so far only A has reported every month.
    const h1 = await series(id, { from: '2025-H1', to: '2025-H1', frequency: 'half_year' });
    expect(states(h1)).toEqual({ '2025-H1': 'open 1 of 2' });
    // A range that ends earlier ends the headline there too.
    const early = await series(id, { from: '2025-01', to: '2025-04' });
    expect(early.latest).toEqual({ period: '2025-04', value: 12 });
  });

  it('expects an actor only while it is a member throughout the period, from the first reporting period on', async () => {
    const joiner = await addActor(f, 'Joiner', { joinedOn: '2025-04-15' });
    const leaver = await addActor(f, 'Leaver', { joinedOn: '2020-01-01', leftOn: '2025-04-20' });
    const id = await addIndicator(f, { frequency: 'month', timeAggregation: 'sum', reportingFrom: '2025-04-01' });
    await addMeasurements(f, id, [
      // March lies before the first reporting period: nobody is expected, and it ended long ago.
      { actorId: A, period: '2025-03', value: 1 },
      { actorId: A, period: '2025-05', value: 1 }, { actorId: B, period: '2025-05', value: 1 },
      { actorId: joiner, period: '2025-04', value: 7 },
      { actorId: A, period: '2025-06', value: 1 }, { actorId: B, period: '2025-06', value: 1 },
    ]);
    const s = await series(id, { from: '2025-03', to: '2025-06' });
    expect(states(s)).toEqual({
      '2025-03': 'closed complete',
      '2025-04': 'closed complete',
      // May: A, B and the joiner (member from 15 April, so throughout May); the leaver left in April.
      '2025-05': 'reporting 2 of 3',
      '2025-06': 'open 2 of 3',
    });
    // April counts the joiner's value although it was not expected: 7. The headline stays April.
    expect(s.latest).toEqual({ period: '2025-04', value: 7 });
    expect(leaver).toBeTruthy();
  });

  it('treats a population-level value as the one expected report, and counts only approved values where approval is required', async () => {
    const population = await addIndicator(f, {
      frequency: 'quarter', actorAggregation: 'none', timeAggregation: 'last', reportingFrom: '2024-01-01',
    });
    await addMeasurements(f, population, [
      { actorId: null, period: '2025-Q1', value: 12 },
      { actorId: null, period: '2025-Q2', value: 11 },
    ]);
    const p = await series(population, { from: '2025-Q1', to: '2025-Q2' });
    // Q2 is open, but its one expected value is in: complete.
    expect(states(p)).toEqual({ '2025-Q1': 'closed complete', '2025-Q2': 'open complete' });
    expect(p.latest).toEqual({ period: '2025-Q2', value: 11 });

    const g = await createFixture('Headline with approval');
    await g.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, g.initiativeId));
    const id = await addIndicator(g, { frequency: 'month', reportingFrom: '2025-01-01' });
    await addMeasurements(g, id, [
      { actorId: g.actorIds[0], period: '2025-04', value: 3, status: 'approved' },
      { actorId: g.actorIds[0], period: '2025-05', value: 4, status: 'approved' },
      { actorId: g.actorIds[1], period: '2025-05', value: 5, status: 'submitted' },
    ]);
    const res = await getSeries(g, id, { from: '2025-04', to: '2025-05' });
    const s = res.json() as SeriesResponse;
    // May: B's value waits for approval, so 1 of 2 have a value that counts, and the value is A's 4.
    expect(states(s)).toEqual({ '2025-04': 'closed complete', '2025-05': 'reporting 1 of 2' });
    expect(s.points[1].value).toBe(4);
    expect(s.latest).toEqual({ period: '2025-04', value: 3 });
  });

  it('gives a percentage headline with its numerator and denominator', async () => {
    const id = await addIndicator(f, {
      frequency: 'quarter', measureType: 'percentage', timeAggregation: 'sum', reportingFrom: '2024-01-01',
      baselinePeriod: '2024-Q4', baselineValue: 40, targetPeriod: '2025-Q4', targetValue: 60,
    });
    await addMeasurements(f, id, [
      { actorId: A, period: '2025-Q1', value: [9, 20] }, { actorId: B, period: '2025-Q1', value: [21, 40] },
      { actorId: A, period: '2025-Q2', value: [1, 2] },
    ]);
    const s = await series(id, { from: '2025-Q1', to: '2025-Q2' });
    // Q1: (9 + 21) / (20 + 40) = 50%; Q2 is open with one of two: preliminary.
    expect(s.latest).toEqual({ period: '2025-Q1', value: 50, numerator: 30, denominator: 60 });
    // Plan for Q1: 40 + (60 − 40)/4 = 45; 50 is ahead.
    expect(s.status).toBe('on_track');
    expect(s.points[1]).toMatchObject({ complete: false, reported: 1, expected: 2, value: 50 });
  });
});
