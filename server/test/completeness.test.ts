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
    // Values are expected from 2015 on, from every actor that is a member throughout a period (the default).
    const since = { reportingFrom: '2015-01-01' };
    quarterly = await addIndicator(f, { code: 'Q', position: 1, frequency: 'quarter', ...since });
    monthly = await addIndicator(f, { code: 'M', position: 2, frequency: 'month', ...since });
    population = await addIndicator(f, { code: 'P', position: 3, frequency: 'quarter', actorAggregation: 'none', ...since });
    yearly = await addIndicator(f, { code: 'Y', position: 4, frequency: 'year', ...since });
    await addIndicator(f, { code: 'X', position: 5, frequency: 'quarter', archived: true, ...since });
    await addMeasurements(f, quarterly, [
      { actorId: A, period: '2020-Q1', value: 1, status: 'approved' },
      { actorId: B, period: '2020-Q1', value: 2, status: 'returned' },
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

  it('expects each member throughout a period, and gives each expected reporter a state', async () => {
    const res = await completeness(f, '2020-Q1');
    expect(res.statusCode).toBe(200);
    const body = res.json() as CompletenessResponse;
    expect(body.period).toBe('2020-Q1');
    // Due 30 days after 31 March.
    expect(body.dueDate).toBe('2020-04-30');
    // C joined after the quarter, D had left before it; E joined during it, so only its March is expected.
    expect(body.actors.map((a) => a.name)).toEqual(['Actor A', 'Actor B', 'Actor E']);
    expect(body.indicators.map((i) => i.code)).toEqual(['Q', 'M', 'P', 'Y']);
    expect(states(body, quarterly)).toEqual({ [A]: 'reported', [B]: 'returned' });
    // B lacks March; E is expected for March only, and reported it (its January draft does not matter).
    expect(states(body, monthly)).toEqual({ [A]: 'reported', [B]: 'late', [E]: 'reported' });
    expect(body.cells.find((c) => c.indicatorId === monthly && c.actorId === E)?.periods).toEqual(['2020-03']);
    // One population-level cell.
    expect(states(body, population)).toEqual({ none: 'reported' });
    // A yearly indicator has no period ending in the first quarter: not due for those expected in 2020.
    expect(states(body, yearly)).toEqual({ [A]: 'notDue', [B]: 'notDue' });
    expect(body.cells.find((c) => c.indicatorId === monthly && c.actorId === A)?.periods).toEqual(['2020-01', '2020-02', '2020-03']);
    // Reported: Q·A, M·A, M·E, P; late: M·B; returned: Q·B; not due: Y·A, Y·B.
    expect(body.summary).toEqual({ reported: 4, missing: 0, late: 1, returned: 1, notDue: 2 });
  });

  it('marks a population-level indicator without its own value late, whatever actors reported', async () => {
    const body = (await completeness(f, '2020-Q2')).json() as CompletenessResponse;
    expect(states(body, population)).toEqual({ none: 'late' });
  });

  it('needs every sub-period when the requested period is coarser', async () => {
    const body = (await completeness(f, '2020')).json() as CompletenessResponse;
    expect(body.cells.find((c) => c.indicatorId === quarterly && c.actorId === A)?.periods).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
    // A reported Q1 only: late; B's Q1 was returned; E is expected from Q2 on and reported none of it.
    expect(states(body, quarterly)).toEqual({ [A]: 'late', [B]: 'returned', [E]: 'late' });
    expect(body.cells.find((c) => c.indicatorId === quarterly && c.actorId === E)?.periods).toEqual(['2020-Q2', '2020-Q3', '2020-Q4']);
    expect(states(body, monthly)).toEqual({ [A]: 'late', [B]: 'late', [E]: 'late' });
    // E was not a member throughout 2020.
    expect(states(body, yearly)).toEqual({ [A]: 'late', [B]: 'late' });
  });

  it('uses the indicator period that ends inside a finer requested period, else notDue', async () => {
    const march = (await completeness(f, '2020-03')).json() as CompletenessResponse;
    expect(states(march, quarterly)).toEqual({ [A]: 'reported', [B]: 'returned' });
    expect(march.cells.find((c) => c.indicatorId === quarterly)?.periods).toEqual(['2020-Q1']);
    expect(states(march, monthly)).toEqual({ [A]: 'reported', [B]: 'late', [E]: 'reported' });
    const february = (await completeness(f, '2020-02')).json() as CompletenessResponse;
    expect(states(february, quarterly)).toEqual({ [A]: 'notDue', [B]: 'notDue' });
    expect(states(february, population)).toEqual({ none: 'notDue' });
    const q4 = (await completeness(f, '2020-Q4')).json() as CompletenessResponse;
    expect(q4.cells.find((c) => c.indicatorId === yearly)?.periods).toEqual(['2020']);
  });

  it('is missing, not late, before the reporting deadline', async () => {
    const body = (await completeness(f, '2099-Q1')).json() as CompletenessResponse;
    expect(body.actors.map((a) => a.name)).toEqual(['Actor A', 'Actor B', 'Actor C', 'Actor E']);
    expect(states(body, quarterly)).toEqual({ [A]: 'missing', [B]: 'missing', [C]: 'missing', [E]: 'missing' });
    expect(states(body, monthly)).toEqual({ [A]: 'missing', [B]: 'missing', [C]: 'missing', [E]: 'missing' });
    // Q and M: four each; P: one; Y is not due in the first quarter, for the four.
    expect(body.summary).toEqual({ reported: 0, missing: 9, late: 0, returned: 0, notDue: 4 });
  });

  it('expects nothing before the first reporting period, so a new indicator or value leaves the past as it was', async () => {
    const g = await createFixture('Reporting from');
    const before = (await completeness(g, '2020-Q1')).json() as CompletenessResponse;
    expect(before.summary).toEqual({ reported: 0, missing: 0, late: 0, returned: 0, notDue: 0 });
    // A new indicator, its baseline far back: values are expected from the period of its creation only.
    const created = await g.app.inject({
      method: 'POST',
      url: g.url('/indicators'),
      headers: g.auth('backbone'),
      payload: { code: 'NEW', name: 'New', frequency: 'quarter', baselineValue: 1, baselinePeriod: '2019-Q1', targetValue: 2, targetPeriod: '2030-Q4' },
    });
    expect(created.statusCode).toBe(201);
    const indicatorId = created.json().id as string;
    const thisQuarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    expect(created.json().reportingFrom).toBe(thisQuarter);
    expect((await completeness(g, '2020-Q1')).json().summary).toEqual(before.summary);
    // A partner's first value, for an old quarter, does not make the quarter before it late either.
    const put = await g.app.inject({
      method: 'PUT',
      url: g.url('/measurements'),
      headers: g.auth('partner'),
      payload: { items: [{ indicatorId, actorId: g.actorIds[0], period: '2020-Q2', value: 3 }] },
    });
    expect(put.statusCode).toBe(200);
    expect((await completeness(g, '2020-Q1')).json().summary).toEqual(before.summary);
    // Choosing the first reporting period makes those periods expected, from then on.
    const patched = await g.app.inject({ method: 'PATCH', url: g.url(`/indicators/${indicatorId}`), headers: g.auth('backbone'), payload: { reportingFrom: '2020-Q2' } });
    expect(patched.statusCode).toBe(200);
    expect(states((await completeness(g, '2020-Q1')).json(), indicatorId)).toEqual({});
    expect(states((await completeness(g, '2020-Q2')).json(), indicatorId)).toEqual({ [g.actorIds[0]]: 'reported', [g.actorIds[1]]: 'late' });
  });

  it('leaves the past as it was when an organisation is added without a joining day', async () => {
    const g = await createFixture('New organisation');
    const indicatorId = await addIndicator(g, { frequency: 'quarter', reportingFrom: '2020-01-01' });
    const before = (await completeness(g, '2020-Q1')).json() as CompletenessResponse;
    expect(states(before, indicatorId)).toEqual({ [g.actorIds[0]]: 'late', [g.actorIds[1]]: 'late' });
    // Added today without a joining day: a member from today, expected from the first period it is a member throughout.
    const res = await g.app.inject({ method: 'POST', url: g.url('/actors'), headers: g.auth('backbone'), payload: { name: 'Newcomer', sector: 'civil_society' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().joinedOn).toBe(new Date().toISOString().slice(0, 10));
    expect((await completeness(g, '2020-Q1')).json()).toEqual(before);
    // Said to have been a member all along (an explicit null), it is expected in the past too.
    const founder = await g.app.inject({ method: 'POST', url: g.url('/actors'), headers: g.auth('backbone'), payload: { name: 'Founder', sector: 'public', joinedOn: null } });
    expect(founder.json().joinedOn).toBeNull();
    expect(states((await completeness(g, '2020-Q1')).json(), indicatorId)[founder.json().id]).toBe('late');
  });

  it('expects the chosen reporters only, and a new member only from when it joined', async () => {
    const g = await createFixture('Chosen reporters');
    const [a, b] = g.actorIds;
    const res = await g.app.inject({
      method: 'POST',
      url: g.url('/indicators'),
      headers: g.auth('backbone'),
      payload: { code: 'CH', name: 'Chosen', frequency: 'quarter', reportingFrom: '2020-Q1', expectedActorIds: [b] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().expectedActorIds).toEqual([b]);
    const indicatorId = res.json().id as string;
    expect(states((await completeness(g, '2020-Q1')).json(), indicatorId)).toEqual({ [b]: 'late' });
    // A reporter who joins later is expected from the first period it is a member throughout; the past stays as it was.
    const newcomer = await addActor(g, 'Newcomer', { joinedOn: '2020-05-10' });
    const patched = await g.app.inject({
      method: 'PATCH',
      url: g.url(`/indicators/${indicatorId}`),
      headers: g.auth('backbone'),
      payload: { expectedActorIds: [b, newcomer] },
    });
    expect(patched.statusCode).toBe(200);
    expect(states((await completeness(g, '2020-Q1')).json(), indicatorId)).toEqual({ [b]: 'late' });
    expect(states((await completeness(g, '2020-Q2')).json(), indicatorId)).toEqual({ [b]: 'late' });
    expect(states((await completeness(g, '2020-Q3')).json(), indicatorId)).toEqual({ [b]: 'late', [newcomer]: 'late' });
    // Back to the default: every actor that is not the backbone organisation.
    const reset = await g.app.inject({ method: 'PATCH', url: g.url(`/indicators/${indicatorId}`), headers: g.auth('backbone'), payload: { expectedActorIds: null } });
    expect(reset.json().expectedActorIds).toBeNull();
    expect(states((await completeness(g, '2020-Q3')).json(), indicatorId)).toEqual({ [a]: 'late', [b]: 'late', [newcomer]: 'late' });
    expect(a).not.toBe(b);
  });

  it('defaults to the latest finished quarter and applies the deadline in days', async () => {
    const g = await createFixture('Deadline');
    const indicatorId = await addIndicator(g, { frequency: 'quarter', reportingFrom: '2015-01-01' });
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
    const indicatorId = await addIndicator(g, { frequency: 'quarter', reportingFrom: '2015-01-01' });
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
