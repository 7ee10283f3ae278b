import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { CompletenessResponse } from '@ci/shared';
import { initiatives } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';
import { addActor, addIndicator, addMeasurements } from './series-fixtures.js';

async function completeness(f: Fixture, period?: string, role: Parameters<Fixture['auth']>[0] = 'partner') {
  return f.app.inject({
    method: 'GET',
    url: f.url(`/completeness${period === undefined ? '' : `?period=${encodeURIComponent(period)}`}`),
    headers: f.auth(role),
  });
}

/** The latest quarter that has ended, worked out independently of the code under test. */
function lastFinishedQuarter(now = new Date()): string {
  const quarterIndex = Math.floor(now.getUTCMonth() / 3);
  return quarterIndex === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarterIndex}`;
}

describe('GET /initiatives/:initiativeId/completeness', () => {
  let f: Fixture;
  let A: string, B: string, C: string, E: string;
  let quarterly: string, monthly: string, population: string, yearly: string;

  function states(body: CompletenessResponse, indicatorId: string) {
    return Object.fromEntries(body.cells.filter((c) => c.indicatorId === indicatorId).map((c) => [c.actorId ?? 'none', c.state]));
  }

  beforeAll(async () => {
    f = await createFixture('Completeness');
    [A, B] = f.actorIds;
    C = await addActor(f, 'Actor C', { joinedOn: '2030-01-01' });
    await addActor(f, 'Actor D', { joinedOn: '2015-01-01', leftOn: '2019-12-31' });
    E = await addActor(f, 'Actor E', { joinedOn: '2020-02-15' });
    quarterly = await addIndicator(f, { code: 'Q', position: 1, frequency: 'quarter' });
    monthly = await addIndicator(f, { code: 'M', position: 2, frequency: 'month' });
    population = await addIndicator(f, { code: 'P', position: 3, frequency: 'quarter', actorAggregation: 'none' });
    yearly = await addIndicator(f, { code: 'Y', position: 4, frequency: 'year' });
    await addIndicator(f, { code: 'X', position: 5, frequency: 'quarter', archived: true });
    await addMeasurements(f, quarterly, [
      { actorId: A, period: '2020-Q1', value: 1, status: 'approved' },
      { actorId: B, period: '2020-Q1', value: 2, status: 'returned' },
      // Earlier or later values make E and C reporters of this indicator.
      { actorId: E, period: '2021-Q1', value: 3 },
      { actorId: C, period: '2030-Q2', value: 3 },
    ]);
    await addMeasurements(f, monthly, [
      { actorId: A, period: '2020-01', value: 1 },
      { actorId: A, period: '2020-02', value: 1 },
      { actorId: A, period: '2020-03', value: 1 },
      { actorId: B, period: '2020-01', value: 1 },
      { actorId: B, period: '2020-02', value: 1 },
      { actorId: E, period: '2020-01', value: 1, status: 'draft' },
      { actorId: E, period: '2020-02', value: 1 },
      { actorId: E, period: '2020-03', value: 1 },
    ]);
    await addMeasurements(f, population, [
      { actorId: null, period: '2020-Q1', value: 40 },
      { actorId: A, period: '2020-Q2', value: 40 },
    ]);
  });

  it('gives each active actor and indicator a state for a quarter', async () => {
    const res = await completeness(f, '2020-Q1');
    expect(res.statusCode).toBe(200);
    const body = res.json() as CompletenessResponse;
    expect(body.period).toBe('2020-Q1');
    // C joined after the quarter, D had left before it; E joined during it.
    expect(body.actors.map((a) => a.name)).toEqual(['Actor A', 'Actor B', 'Actor E']);
    expect(body.indicators.map((i) => i.code)).toEqual(['Q', 'M', 'P', 'Y']);
    expect(states(body, quarterly)).toEqual({ [A]: 'reported', [B]: 'returned', [E]: 'late' });
    // B lacks March; E's January is a draft.
    expect(states(body, monthly)).toEqual({ [A]: 'reported', [B]: 'late', [E]: 'late' });
    // One population-level cell; A's actor value does not make it reported for Q2 either.
    expect(states(body, population)).toEqual({ none: 'reported' });
    // A yearly indicator has no period ending in the first quarter.
    expect(states(body, yearly)).toEqual({ [A]: 'notDue', [B]: 'notDue', [E]: 'notDue' });
    expect(body.cells.find((c) => c.indicatorId === monthly)?.periods).toEqual(['2020-01', '2020-02', '2020-03']);
    expect(body.summary).toEqual({ reported: 3, missing: 0, late: 3, returned: 1, notDue: 3 });
  });

  it('marks a population-level indicator without its own value late, whatever actors reported', async () => {
    const body = (await completeness(f, '2020-Q2')).json() as CompletenessResponse;
    expect(states(body, population)).toEqual({ none: 'late' });
  });

  it('needs every sub-period when the requested period is coarser', async () => {
    const body = (await completeness(f, '2020')).json() as CompletenessResponse;
    expect(body.cells.find((c) => c.indicatorId === quarterly)?.periods).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
    // A reported Q1 only: late; B's Q1 was returned.
    expect(states(body, quarterly)).toEqual({ [A]: 'late', [B]: 'returned', [E]: 'late' });
    expect(states(body, monthly)).toEqual({ [A]: 'late', [B]: 'late', [E]: 'late' });
    expect(states(body, yearly)).toEqual({ [A]: 'late', [B]: 'late', [E]: 'late' });
  });

  it('uses the indicator period that ends inside a finer requested period, else notDue', async () => {
    const march = (await completeness(f, '2020-03')).json() as CompletenessResponse;
    expect(states(march, quarterly)).toEqual({ [A]: 'reported', [B]: 'returned', [E]: 'late' });
    expect(march.cells.find((c) => c.indicatorId === quarterly)?.periods).toEqual(['2020-Q1']);
    expect(states(march, monthly)).toEqual({ [A]: 'reported', [B]: 'late', [E]: 'reported' });
    const february = (await completeness(f, '2020-02')).json() as CompletenessResponse;
    expect(states(february, quarterly)).toEqual({ [A]: 'notDue', [B]: 'notDue', [E]: 'notDue' });
    expect(states(february, population)).toEqual({ none: 'notDue' });
    const q4 = (await completeness(f, '2020-Q4')).json() as CompletenessResponse;
    expect(q4.cells.find((c) => c.indicatorId === yearly)?.periods).toEqual(['2020']);
  });

  it('is missing, not late, before the reporting deadline', async () => {
    const body = (await completeness(f, '2099-Q1')).json() as CompletenessResponse;
    expect(body.actors.map((a) => a.name)).toEqual(['Actor A', 'Actor B', 'Actor C', 'Actor E']);
    expect(states(body, quarterly)).toEqual({ [A]: 'missing', [B]: 'missing', [C]: 'missing', [E]: 'missing' });
    // Q: four reporters; M: the three that ever reported it (not C); P: one cell; Y: nobody has
    // reported it, so every actor is expected, and it is not due in the first quarter.
    expect(states(body, monthly)).toEqual({ [A]: 'missing', [B]: 'missing', [E]: 'missing' });
    expect(body.summary).toEqual({ reported: 0, missing: 8, late: 0, returned: 0, notDue: 4 });
  });

  it('expects an indicator only from actors that have reported it before', async () => {
    const g = await createFixture('Reporters');
    const indicatorId = await addIndicator(g, { frequency: 'quarter' });
    await addMeasurements(g, indicatorId, [{ actorId: g.actorIds[0], period: '2020-Q1', value: 1 }]);
    const body = (await completeness(g, '2020-Q2')).json() as CompletenessResponse;
    expect(states(body, indicatorId)).toEqual({ [g.actorIds[0]]: 'late' });
  });

  it('defaults to the latest finished quarter and applies the deadline in days', async () => {
    const g = await createFixture('Deadline');
    const indicatorId = await addIndicator(g, { frequency: 'quarter' });
    await g.db.update(initiatives).set({ reportingDeadlineDays: 365 }).where(eq(initiatives.id, g.initiativeId));
    const lenient = (await completeness(g)).json() as CompletenessResponse;
    expect(lenient.period).toBe(lastFinishedQuarter());
    expect(states(lenient, indicatorId)).toEqual({ [g.actorIds[0]]: 'missing', [g.actorIds[1]]: 'missing' });
    await g.db.update(initiatives).set({ reportingDeadlineDays: 0 }).where(eq(initiatives.id, g.initiativeId));
    const strict = (await completeness(g)).json() as CompletenessResponse;
    expect(states(strict, indicatorId)).toEqual({ [g.actorIds[0]]: 'late', [g.actorIds[1]]: 'late' });
  });

  it('counts only approved values as reported when the initiative requires approval', async () => {
    const g = await createFixture('Approval completeness');
    await g.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, g.initiativeId));
    const indicatorId = await addIndicator(g, { frequency: 'quarter' });
    await addMeasurements(g, indicatorId, [
      { actorId: g.actorIds[0], period: '2020-Q1', value: 1, status: 'approved' },
      { actorId: g.actorIds[1], period: '2020-Q1', value: 1, status: 'submitted' },
    ]);
    const body = (await completeness(g, '2020-Q1')).json() as CompletenessResponse;
    expect(states(body, indicatorId)).toEqual({ [g.actorIds[0]]: 'reported', [g.actorIds[1]]: 'late' });
  });

  it.each(['2025-13', '2025-Q5', '25-Q1', '2025-q1', ''])('rejects the period %j with 400', async (period) => {
    const res = await completeness(f, period);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('querystring.period');
  });

  it('is open to every member and hidden from outsiders', async () => {
    for (const role of ['admin', 'backbone', 'steering', 'partner'] as const) {
      expect((await completeness(f, '2020-Q1', role)).statusCode).toBe(200);
    }
    expect((await completeness(f, '2020-Q1', 'outsider')).statusCode).toBe(404);
  });
});
