// The set-based reads (overview, report figures, public page) against the series path, indicator by
// indicator, on a generated initiative with every kind of rule, frequency and reporting state.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  addPeriods,
  comparePeriods,
  periodOfDate,
  periodStart,
  type OverviewIndicator,
  type OverviewResponse,
  type SeriesResponse,
} from '@ci/shared';
import { actors, indicatorReporters, indicators, initiatives, measurements, memberships, users } from '../src/db/schema/index.js';
import { generateInitiative } from '../../seeds/generate.js';
import { loadReportContent } from '../src/modules/reports/reports.content.js';
import { seriesForIndicators } from '../src/modules/series/series.many.js';
import { createFixture, signIn, testApp, type Fixture } from './helpers.js';
import { addDimension, addIndicator, addMeasurements, addTargets } from './series-fixtures.js';

const today = new Date().toISOString().slice(0, 10);
const month = periodOfDate(today, 'month');
const quarter = periodOfDate(today, 'quarter');

/** The old overview: the figures of the indicator's full series (GET /series). */
function fromSeries(series: SeriesResponse): Pick<OverviewIndicator, 'latest' | 'previous' | 'preliminary' | 'target' | 'status' | 'sparkline'> {
  const withData = series.points.filter((p) => p.value !== null);
  const newest = withData[withData.length - 1];
  const newestIndex = newest ? series.points.indexOf(newest) : -1;
  const sparkline = series.points
    .slice(Math.max(0, newestIndex + 1 - 8), newestIndex + 1)
    .map(({ period, value, state, complete, reported, expected }) => JSON.parse(JSON.stringify({ period, value, state, complete, reported, expected })));
  const preliminary =
    newest && !newest.complete && (!series.latest || comparePeriods(newest.period, series.latest.period) > 0)
      ? { period: newest.period, value: newest.value!, reported: newest.reported ?? 0, expected: newest.expected ?? 0 }
      : null;
  return { latest: series.latest, previous: series.previous, preliminary, target: series.target, status: series.status, sparkline };
}

/**
 * A plain copy with every number to 12 significant digits: sums and means of doubles may differ in
 * the last bit with the order in which a plan feeds the rows.
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
}

/** A series without per-actor figures, as the set-based path gives it. */
function withoutActors(series: SeriesResponse): SeriesResponse {
  return plain({ ...series, points: series.points.map(({ byCategory: _, ...p }) => ({ ...p, byActor: [] })) });
}

describe('set-based reads give the series path’s figures', () => {
  let f: Fixture;
  let initiativeId: string;
  let headers: { authorization: string };
  let ids: string[];

  beforeAll(async () => {
    f = await createFixture('Sets');
    const g = await generateInitiative(f.db, { actors: 12, indicators: 40, years: 3, name: `Sets ${Date.now()}`, seed: 7 });
    initiativeId = g.initiativeId;
    const { app, passwordHash } = await testApp();
    const [u] = await f.db.insert(users).values({ email: `sets-${initiativeId}@test.example`, name: 'Steering', passwordHash }).returning();
    await f.db.insert(memberships).values({ initiativeId, userId: u.id, role: 'steering' });
    headers = { authorization: `Bearer ${await signIn(app, u.id)}` };
    await f.db.update(initiatives).set({ requiresApproval: true, reportingDeadlineDays: 45 }).where(eq(initiatives.id, initiativeId));
    // Someone left half a year ago: no longer expected.
    await f.db.update(actors).set({ leftOn: periodStart(addPeriods(month, -6)) }).where(eq(actors.id, g.actorIds[5]));

    // Every rule across actors and over time, on the generated indicators (numbers and percentages, months and quarters).
    const rules = [
      ['mean', 'sum'], ['min', 'last'], ['max', 'mean'], ['sum', 'mean'], ['mean', 'last'], ['min', 'sum'], ['max', 'last'], ['none', 'last'],
    ] as const;
    for (const [i, ind] of g.indicators.entries()) {
      const early = i % 2 === 0;
      const [actorAggregation, timeAggregation] = rules[i % rules.length];
      await f.db
        .update(indicators)
        .set({
          decimals: i % 4,
          ...(i % 3 === 0 ? { actorAggregation, timeAggregation } : {}),
          // Half of them expect reports from their first period on, so that past periods can be incomplete.
          ...(early ? { reportingFrom: periodStart(addPeriods(periodOfDate(today, ind.frequency), -30)) } : {}),
          ...(i % 7 === 3 ? { direction: 'decrease' } : i % 7 === 5 ? { direction: 'maintain' } : {}),
          ...(i % 11 === 4 ? { baselinePeriod: null, baselineValue: null } : {}),
          ...(i % 13 === 6 ? { reportersChosen: true } : {}),
        })
        .where(eq(indicators.id, ind.id));
      if (i % 13 === 6) await f.db.insert(indicatorReporters).values(g.actorIds.slice(2, 6).map((actorId) => ({ indicatorId: ind.id, actorId })));
    }
    // The unfinished periods: drafts, returned and merely submitted values (approval is required).
    const recent = g.indicators.slice(0, 24).map((i) => i.id);
    const status = sql`case (abs(hashtext(${measurements.id}::text)) % 5) when 0 then 'draft' when 1 then 'returned' when 2 then 'submitted' else ${measurements.status} end`;
    await f.db
      .update(measurements)
      .set({ status })
      .where(and(inArray(measurements.indicatorId, recent), sql`${measurements.periodStart} >= ${periodStart(addPeriods(quarter, -2))}::date`));
    // One indicator whose whole last year is missing for one actor, and one with a value two years ahead.
    await f.db
      .delete(measurements)
      .where(and(eq(measurements.indicatorId, g.indicators[2].id), eq(measurements.actorId, g.actorIds[3]), sql`${measurements.periodStart} >= ${periodStart(addPeriods(month, -12))}::date`));
    const future = g.indicators.find((i) => i.frequency === 'month' && i.measureType === 'number')!;
    await f.db.insert(measurements).values({
      initiativeId, indicatorId: future.id, actorId: g.actorIds[1], period: addPeriods(month, 24), periodStart: periodStart(addPeriods(month, 24)), value: 5, status: 'approved',
    });
    await addTargets({ ...f, initiativeId }, g.indicators[4].id, { [addPeriods(quarter, -1)]: 900, [quarter]: 1000 });

    // Half-years, years, a disaggregated indicator (one cell only by its categories), a baseline
    // after all data, a population indicator, and one without any value.
    const h = { ...f, initiativeId };
    const [a, b, c] = g.actorIds.slice(1, 4);
    const halves = await addIndicator(h, { code: 'HY', frequency: 'half_year', reportingFrom: '2015-01-01', baselinePeriod: '2023-H1', baselineValue: 10, targetPeriod: '2027-H2', targetValue: 40 });
    await addMeasurements(h, halves, ['2023-H1', '2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2', periodOfDate(today, 'half_year')].flatMap((period, k) => [
      { actorId: a, period, value: 10 + k, status: 'approved' as const },
      { actorId: b, period, value: 5 + k, status: k % 2 ? ('approved' as const) : ('draft' as const) },
    ]));
    const years = await addIndicator(h, { code: 'Y', frequency: 'year', measureType: 'percentage', timeAggregation: 'last', reportingFrom: '2015-01-01', targetPeriod: '2030', targetValue: 80, direction: 'maintain' });
    await addMeasurements(h, years, ['2016', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'].map((period, k) => ({ actorId: c, period, value: [40 + k, 100] as const, status: 'approved' as const })));
    const split = await addIndicator(h, { code: 'D', frequency: 'quarter', reportingFrom: '2015-01-01', baselinePeriod: '2024-Q1', baselineValue: 5, targetPeriod: '2026-Q4', targetValue: 30 });
    const sex = await addDimension(h, split, 'Sex', 0, ['Girls', 'Boys']);
    const qs = [-6, -5, -4, -3, -2, -1].map((k) => addPeriods(quarter, k));
    await addMeasurements(h, split, qs.flatMap((period, k) => [
      ...(k === 2 ? [] : [{ actorId: a, period, value: 10 + k, status: 'approved' as const }]),
      { actorId: a, period, value: 6, categoryId: sex.Girls, status: 'approved' as const },
      { actorId: a, period, value: 4 + (k === 2 ? 1 : 0), categoryId: sex.Boys, status: 'approved' as const },
    ]));
    const late = await addIndicator(h, { code: 'LATE', frequency: 'quarter', baselinePeriod: addPeriods(quarter, 8), baselineValue: 1, targetPeriod: addPeriods(quarter, 12), targetValue: 2 });
    await addMeasurements(h, late, [{ actorId: a, period: addPeriods(quarter, -3), value: 3, status: 'approved' }]);
    const population = await addIndicator(h, { code: 'POP', frequency: 'month', actorAggregation: 'none', timeAggregation: 'last', reportingFrom: '2015-01-01' });
    await addMeasurements(h, population, [-14, -13, -12, -3, -2, -1, 0].map((k) => ({ actorId: null, period: addPeriods(month, k), value: 100 + k, status: 'approved' as const })));
    await addIndicator(h, { code: 'EMPTY', frequency: 'month', baselinePeriod: '2024-01', baselineValue: 1, targetPeriod: '2026-12', targetValue: 3 });

    const rows = await f.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.initiativeId, initiativeId));
    ids = rows.map((r) => r.id);
  });

  async function seriesOf(id: string, query = '') {
    const res = await f.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/indicators/${id}/series${query}`, headers });
    expect(res.statusCode).toBe(200);
    return res.json() as SeriesResponse;
  }

  it('the overview shows, for every indicator, the headline, previous, preliminary, status, target and sparkline of its series', async () => {
    const res = await f.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/overview`, headers });
    expect(res.statusCode).toBe(200);
    const body = res.json() as OverviewResponse;
    const shown = [...body.goals.flatMap((g) => g.indicators), ...body.indicatorsWithoutGoal];
    expect(shown.map((i) => i.id).sort()).toEqual([...ids].sort());
    const kinds = { preliminary: 0, incomplete: 0, headlineBehind: 0, noHeadline: 0 };
    for (const indicator of shown) {
      const expected = fromSeries(await seriesOf(indicator.id));
      const { latest, previous, preliminary, target, status, sparkline } = indicator;
      expect(plain({ code: indicator.code, latest, previous, preliminary, target, status, sparkline })).toEqual(plain({ code: indicator.code, ...expected }));
      if (indicator.preliminary) kinds.preliminary++;
      if (indicator.sparkline.some((p) => !p.complete)) kinds.incomplete++;
      if (indicator.latest && indicator.sparkline.length > 0 && indicator.latest.period !== indicator.sparkline.at(-1)!.period) kinds.headlineBehind++;
      if (!indicator.latest) kinds.noHeadline++;
    }
    // The data set exercises what the window must get right.
    expect(kinds.preliminary).toBeGreaterThan(3);
    expect(kinds.incomplete).toBeGreaterThan(3);
    expect(kinds.headlineBehind).toBeGreaterThan(3);
    expect(kinds.noHeadline).toBeGreaterThan(0);
  }, 120_000);

  it('the report figures are each indicator’s series over the range, and each actor’s figure in the headline period', async () => {
    const ranges = [{}, { from: addPeriods(quarter, -3), to: addPeriods(quarter, -1) }, { from: `${Number(today.slice(0, 4)) - 1}` }, { to: '2024-06' }];
    for (const range of ranges) {
      const content = await loadReportContent(f.db, initiativeId, { range });
      const sections = content.goals.flatMap((g) => g.indicators);
      expect(sections.map((s) => s.indicator.id).sort()).toEqual([...ids].sort());
      for (const section of sections) {
        const query = new URLSearchParams(range as Record<string, string>).toString();
        const series = await seriesOf(section.indicator.id, query ? `?${query}` : '');
        expect(plain(section.series)).toEqual(withoutActors(series));
        const point = series.latest && series.points.find((p) => p.period === series.latest!.period);
        if (!point) {
          expect(section.latestActors).toBeNull();
          continue;
        }
        const names = new Map((await f.db.select({ id: actors.id, name: actors.name }).from(actors).where(eq(actors.initiativeId, initiativeId))).map((r) => [r.id, r.name]));
        const rows = point.byActor
          .map((a) => ({ actor: names.get(a.actorId)!, value: a.value, numerator: a.numerator, denominator: a.denominator }))
          .sort((x, y) => x.actor.localeCompare(y.actor));
        expect(plain(section.latestActors)).toEqual(plain({ period: point.period, rows }));
      }
    }
  }, 300_000);

  it('many series at a coarser frequency equal one series at a time', async () => {
    const rows = await f.db.select().from(indicators).where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.frequency, 'month')));
    const many = await seriesForIndicators(f.db, initiativeId, rows, { frequency: 'quarter', from: addPeriods(quarter, -4) });
    for (const [index, row] of rows.entries()) {
      expect(plain(many[index])).toEqual(withoutActors(await seriesOf(row.id, `?frequency=quarter&from=${addPeriods(quarter, -4)}`)));
    }
  }, 120_000);
});
