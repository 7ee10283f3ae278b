import { describe, expect, it } from 'vitest';
import { createMeasurementFixture, putBatch, type MeasurementFixture } from './measurement-fixtures.js';

type Item = { id: string; indicatorId: string; actorId: string | null; period: string; status: string; value: number | null };

async function seed(f: MeasurementFixture) {
  const [a, b] = f.actorIds;
  const res = await putBatch(f, 'backbone', [
    { indicatorId: f.monthly, actorId: b, period: '2025-03', value: 3 },
    { indicatorId: f.count, actorId: b, period: '2025-Q2', value: 4 },
    { indicatorId: f.count, actorId: a, period: '2025-Q2', value: 5 },
    { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 6, status: 'draft' },
    { indicatorId: f.population, actorId: null, period: '2024', value: 7 },
    { indicatorId: f.monthly, actorId: a, period: '2025-04', value: 8 },
  ]);
  expect(res.statusCode).toBe(200);
  return res.json().items as Item[];
}

function list(f: MeasurementFixture, query = '', role: Parameters<MeasurementFixture['auth']>[0] = 'steering') {
  return f.app.inject({ method: 'GET', url: f.url(`/measurements${query}`), headers: f.auth(role) });
}

describe('GET /measurements', () => {
  it('lists values ordered by indicator, period and actor, with versions and paging', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const res = await list(f);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 6, limit: 100, offset: 0 });
    // Indicators by position (C1, Y1, M1); within one, by period start, then actor name (A before B).
    expect(body.items.map((m: Item) => [m.indicatorId, m.period, m.actorId])).toEqual([
      [f.count, '2025-Q1', f.actorIds[1]],
      [f.count, '2025-Q2', f.actorIds[0]],
      [f.count, '2025-Q2', f.actorIds[1]],
      [f.population, '2024', null],
      [f.monthly, '2025-03', f.actorIds[1]],
      [f.monthly, '2025-04', f.actorIds[0]],
    ]);
    expect(body.items[0]).toMatchObject({ version: 1, enteredByName: 'backbone user' });

    const page = await list(f, '?limit=2&offset=2');
    expect(page.json()).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(page.json().items.map((m: Item) => m.value)).toEqual([4, 7]);
  });

  it('filters by indicator, actor, population level, period, period range and status', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const values = async (query: string) => (await list(f, query)).json().items.map((m: Item) => m.value);
    expect(await values(`?indicatorId=${f.count}`)).toEqual([6, 5, 4]);
    expect(await values(`?actorId=${f.actorIds[0]}`)).toEqual([5, 8]);
    expect(await values('?actorId=none')).toEqual([7]);
    expect(await values('?period=2025-Q2')).toEqual([5, 4]);
    // A quarter range includes the months inside it.
    expect(await values('?from=2025-Q2&to=2025-Q2')).toEqual([5, 4, 8]);
    expect(await values('?to=2025-Q1')).toEqual([6, 7, 3]);
    expect(await values('?status=draft')).toEqual([6]);
  });

  it('validates the query', async () => {
    const f = await createMeasurementFixture();
    const res = await list(f, '?actorId=someone&period=2025-Q9&limit=0&status=lost');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['querystring.actorId', 'querystring.limit', 'querystring.period', 'querystring.status'].sort(),
    );
  });

  it('hides other actors’ values that do not count yet from a partner, and everything from outsiders', async () => {
    const f = await createMeasurementFixture();
    const items = await seed(f);
    const partner = await list(f, '', 'partner');
    expect(partner.statusCode).toBe(200);
    // Actor B's draft for 2025-Q1 is not shown to actor A's partner; submitted values are.
    expect(partner.json().items.map((m: Item) => m.value)).toEqual([5, 4, 7, 3, 8]);
    const draft = items.find((m) => m.status === 'draft')!;
    const hidden = await f.app.inject({ method: 'GET', url: f.url(`/measurements/${draft.id}`), headers: f.auth('partner') });
    expect(hidden.statusCode).toBe(404);
    const history = await f.app.inject({ method: 'GET', url: f.url(`/measurements/${draft.id}/history`), headers: f.auth('partner') });
    expect(history.statusCode).toBe(404);
    expect((await list(f, '', 'outsider')).statusCode).toBe(404);
  });
});

describe('GET /measurements/:id and its history', () => {
  it('returns one value, and 404 for a value of another initiative', async () => {
    const f = await createMeasurementFixture();
    const [first] = await seed(f);
    const one = await f.app.inject({ method: 'GET', url: f.url(`/measurements/${first.id}`), headers: f.auth('partner') });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: first.id, value: 3, period: '2025-03' });
    const other = await createMeasurementFixture();
    const foreign = await f.app.inject({ method: 'GET', url: other.url(`/measurements/${first.id}`), headers: other.auth('admin') });
    expect(foreign.statusCode).toBe(404);
    const malformed = await f.app.inject({ method: 'GET', url: f.url('/measurements/xyz'), headers: f.auth('admin') });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('params.id');
  });

  it('lists every change, newest first, with who made it', async () => {
    const f = await createMeasurementFixture();
    const [first] = await seed(f);
    await putBatch(f, 'admin', [{ indicatorId: f.monthly, actorId: f.actorIds[1], period: '2025-03', value: 30, version: 1 }]);
    const res = await f.app.inject({ method: 'GET', url: f.url(`/measurements/${first.id}/history`), headers: f.auth('partner') });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((e: { action: string; userName: string }) => [e.action, e.userName])).toEqual([
      ['update', 'admin user'],
      ['create', 'backbone user'],
    ]);
    expect(items[0]).toMatchObject({ entityType: 'measurement', entityId: first.id, before: { value: 3 }, after: { value: 30, version: 2 } });
    const unknown = await f.app.inject({
      method: 'GET',
      url: f.url('/measurements/00000000-0000-4000-8000-000000000000/history'),
      headers: f.auth('admin'),
    });
    expect(unknown.statusCode).toBe(404);
  });
});
