import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TodoItem, TodoResponse } from '@ci/shared';
import { indicatorReporters, initiatives, measurements } from '../src/db/schema/index.js';
import { createFixture, signIn, type Fixture } from './helpers.js';
import { addActor, addIndicator, addMeasurements } from './series-fixtures.js';

// A fixed "today": with 30 reporting days, 2030-Q3 (due 30 Oct) and September 2030 (due 30 Oct)
// are due now; everything due from 15 Oct 2029 to yesterday is late; older periods are left alone.
const TODAY = new Date('2030-10-15T09:00:00Z');

type Who = 'admin' | 'backbone' | 'steering' | 'partner' | 'outsider';

async function todo(f: Fixture, who: Who) {
  // Signed under the fixed clock, so the token is valid "today".
  const token = await signIn(f.app, f.users[who].id);
  return f.app.inject({ method: 'GET', url: f.url('/todo'), headers: { authorization: `Bearer ${token}` } });
}

async function items(f: Fixture, who: Who): Promise<TodoItem[]> {
  const res = await todo(f, who);
  expect(res.statusCode).toBe(200);
  return (res.json() as TodoResponse).items;
}

/** One line per item, easy to compare: `kind code period actor due`. */
function lines(list: TodoItem[]): string[] {
  return list.map((i) => `${i.kind} ${i.indicatorCode} ${i.period} ${i.actorName ?? 'area'} ${i.dueDate}`);
}

async function put(f: Fixture, who: Who, item: Record<string, unknown>) {
  const token = await signIn(f.app, f.users[who].id);
  return f.app.inject({ method: 'PUT', url: f.url('/measurements'), headers: { authorization: `Bearer ${token}` }, payload: { items: [item] } });
}

describe('GET /initiatives/:initiativeId/todo', () => {
  let f: Fixture;
  let A: string, B: string;
  let quarterly: string, monthly: string, fresh: string, population: string, chosen: string, archived: string;
  let returnedId: string;

  beforeAll(async () => {
    f = await createFixture('To-do');
    [A, B] = f.actorIds;
    // The clock is fixed only once the database runs: only Date is faked, so timers keep going.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TODAY);
    await addActor(f, 'Joined late', { joinedOn: '2030-09-01' });
    quarterly = await addIndicator(f, { code: 'Q', name: 'Pupils in homework help', position: 1, frequency: 'quarter', reportingFrom: '2028-01-01' });
    monthly = await addIndicator(f, { code: 'M', name: 'Visits', position: 2, frequency: 'month', reportingFrom: '2030-08-01' });
    // Created this quarter: values are expected from now on, never for the past.
    fresh = await addIndicator(f, { code: 'N', name: 'New indicator', position: 3, frequency: 'quarter', reportingFrom: '2030-07-01' });
    population = await addIndicator(f, {
      code: 'P',
      name: 'Unemployment in the area',
      position: 4,
      frequency: 'quarter',
      actorAggregation: 'none',
      timeAggregation: 'last',
      reportingFrom: '2030-01-01',
    });
    chosen = await addIndicator(f, { code: 'C', name: 'Only B reports', position: 5, frequency: 'quarter', reportingFrom: '2029-01-01', reportersChosen: true });
    await f.db.insert(indicatorReporters).values({ indicatorId: chosen, actorId: B });
    archived = await addIndicator(f, { code: 'X', name: 'Old measure', position: 6, frequency: 'quarter', reportingFrom: '2028-01-01', archived: true });

    await addMeasurements(f, quarterly, [
      { actorId: A, period: '2030-Q1', value: 10, status: 'approved' },
      { actorId: B, period: '2030-Q3', value: 4, status: 'draft' },
    ]);
    await addMeasurements(f, monthly, [{ actorId: A, period: '2030-09', value: 3, status: 'draft' }]);
    await addMeasurements(f, population, [
      { actorId: null, period: '2030-Q1', value: 7.5 },
      { actorId: null, period: '2030-Q2', value: 7.1 },
    ]);
    await addMeasurements(f, archived, [{ actorId: A, period: '2030-Q2', value: 1, status: 'returned' }]);
    const [returned] = await f.db
      .insert(measurements)
      .values({
        initiativeId: f.initiativeId,
        indicatorId: quarterly,
        actorId: A,
        period: '2030-Q2',
        periodStart: '2030-04-01',
        value: 130,
        status: 'returned',
        returnReason: 'Did you count the summer camp twice?',
        version: 2,
      })
      .returning({ id: measurements.id });
    returnedId = returned.id;
  });

  afterAll(() => {
    vi.useRealTimers();
  });

  it("lists a partner's returned, late and due values of its own organisation only, by due date", async () => {
    const res = await todo(f, 'partner');
    expect(res.statusCode).toBe(200);
    const body = res.json() as TodoResponse;
    expect(body.today).toBe('2030-10-15');
    expect(lines(body.items)).toEqual([
      // 2029-Q2 (due 30 Jul 2029) is more than twelve months overdue: no longer asked for.
      'late Q 2029-Q3 Actor A 2029-10-30',
      'late Q 2029-Q4 Actor A 2030-01-30',
      // 2030-Q1 was approved.
      'returned Q 2030-Q2 Actor A 2030-07-30',
      // Monthly values are expected from August 2030 on.
      'late M 2030-08 Actor A 2030-09-30',
      'missing Q 2030-Q3 Actor A 2030-10-30',
      'missing M 2030-09 Actor A 2030-10-30',
      'missing N 2030-Q3 Actor A 2030-10-30',
    ]);
    // Nothing of B's (not even its draft), nor the population value, the indicator B alone reports or the archived one.
    expect(body.items.every((i) => i.actorId === A)).toBe(true);
  });

  it('gives the reason and the version of a returned value, and flags a saved draft', async () => {
    const list = await items(f, 'partner');
    const returned = list.find((i) => i.kind === 'returned');
    expect(returned).toMatchObject({
      kind: 'returned',
      measurementId: returnedId,
      indicatorId: quarterly,
      indicatorName: 'Pupils in homework help',
      actorName: 'Actor A',
      period: '2030-Q2',
      reason: 'Did you count the summer camp twice?',
      version: 2,
    });
    const draft = list.find((i) => i.indicatorId === monthly && i.period === '2030-09');
    expect(draft).toMatchObject({ kind: 'missing', hasDraft: true, frequency: 'month' });
    expect(list.find((i) => i.indicatorId === fresh)).toMatchObject({ kind: 'missing', hasDraft: false });
  });

  it('gives the backbone the population-level values and the steering group nothing', async () => {
    for (const who of ['backbone', 'admin'] as const) {
      expect(lines(await items(f, who))).toEqual(['missing P 2030-Q3 area 2030-10-30']);
    }
    expect(await items(f, 'steering')).toEqual([]);
  });

  it('drops an item once a value is reported, and a returned one once it is corrected', async () => {
    const reported = await put(f, 'partner', { indicatorId: fresh, actorId: A, period: '2030-Q3', value: 12 });
    expect(reported.statusCode).toBe(200);
    const corrected = await put(f, 'partner', { indicatorId: quarterly, actorId: A, period: '2030-Q2', value: 65, version: 2 });
    expect(corrected.statusCode).toBe(200);
    const late = await put(f, 'partner', { indicatorId: monthly, actorId: A, period: '2030-08', value: 40 });
    expect(late.statusCode).toBe(200);
    expect(lines(await items(f, 'partner'))).toEqual([
      'late Q 2029-Q3 Actor A 2029-10-30',
      'late Q 2029-Q4 Actor A 2030-01-30',
      'missing Q 2030-Q3 Actor A 2030-10-30',
      'missing M 2030-09 Actor A 2030-10-30',
    ]);
  });

  it('does not ask again for a value that waits for approval', async () => {
    const g = await createFixture('To-do with approval');
    await g.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, g.initiativeId));
    const indicatorId = await addIndicator(g, { code: 'Q', frequency: 'quarter', reportingFrom: '2030-07-01' });
    expect(lines(await items(g, 'partner'))).toEqual(['missing Q 2030-Q3 Actor A 2030-10-30']);
    // Submitted: it does not count until approved, but the partner has done its part.
    expect((await put(g, 'partner', { indicatorId, actorId: g.actorIds[0], period: '2030-Q3', value: 3 })).statusCode).toBe(200);
    expect(await items(g, 'partner')).toEqual([]);
    // Saved as a draft only: still to do.
    expect((await put(g, 'partner', { indicatorId, actorId: g.actorIds[0], period: '2030-Q3', value: 3, status: 'draft', version: 1 })).statusCode).toBe(200);
    expect(await items(g, 'partner')).toMatchObject([{ kind: 'missing', hasDraft: true }]);
  });

  it('is documented in the OpenAPI document, each kind of item with its own fields', async () => {
    const doc = (await f.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const schema = JSON.stringify(doc.paths['/api/v1/initiatives/{initiativeId}/todo'].get.responses['200']);
    for (const field of ['measurementId', 'reason', 'hasDraft', 'dueDate', 'returned', 'missing', 'late']) expect(schema).toContain(field);
  });

  it('answers 404 to someone outside the initiative', async () => {
    const res = await todo(f, 'outsider');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Initiative not found' } });
  });
});
