import { describe, expect, it } from 'vitest';
import { reviewList } from '@ci/shared';
import { createMeasurementFixture, putBatch, type MeasurementFixture } from './measurement-fixtures.js';

type Role = Parameters<MeasurementFixture['auth']>[0];

function list(f: MeasurementFixture, role: Role, query = '') {
  return f.app.inject({ method: 'GET', url: f.url(`/measurements/review${query}`), headers: f.auth(role) });
}

function review(f: MeasurementFixture, payload: Record<string, unknown>) {
  return f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth('steering'), payload });
}

/** Writes values and approves them: the previous period as a steering group left it. */
async function approved(f: MeasurementFixture, items: Record<string, unknown>[]) {
  const res = await putBatch(f, 'backbone', items);
  expect(res.statusCode).toBe(200);
  const ids = (res.json().items as { id: string }[]).map((m) => m.id);
  expect((await review(f, { ids, action: 'approve' })).statusCode).toBe(200);
}

/**
 * Actor A is "Actor A" and B "Actor B" (so A sorts first). Previous periods, by hand:
 * monthly 2025-01 → 2024-12 (across the year), quarterly 2025-Q2 → 2025-Q1, yearly 2025 → 2024.
 */
async function seed(f: MeasurementFixture) {
  const [a, b] = f.actorIds;
  const [girls, boys] = f.categories;
  await approved(f, [
    { indicatorId: f.monthly, actorId: a, period: '2024-12', value: 100 },
    { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 15 },
    { indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 40, denominator: 50 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 150 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 80 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 70 },
  ]);
  const res = await putBatch(f, 'backbone', [
    { indicatorId: f.monthly, actorId: a, period: '2025-01', value: 350, note: 'Summer camp' },
    // A draft of the previous month counts as the previous value, with its status.
    { indicatorId: f.monthly, actorId: b, period: '2025-01', value: 0, status: 'draft' },
    { indicatorId: f.monthly, actorId: b, period: '2025-02', value: 12 },
    { indicatorId: f.count, actorId: a, period: '2025-Q2', value: 30 },
    { indicatorId: f.count, actorId: b, period: '2025-Q2', value: 20 },
    { indicatorId: f.count, actorId: b, period: '2025-Q3', value: 1, status: 'draft' },
    { indicatorId: f.share, actorId: a, period: '2025-Q2', numerator: 45, denominator: 60 },
    { indicatorId: f.population, actorId: null, period: '2025', value: 7.25 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', categoryId: boys, value: 75 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', value: 170 },
    { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', categoryId: girls, value: 95 },
  ]);
  expect(res.statusCode).toBe(200);
}

const brief = (m: { indicatorId: string; actorId: string | null; period: string; categoryName: string | null; value: number | null; previous: unknown }) => ({
  indicatorId: m.indicatorId,
  actorId: m.actorId,
  period: m.period,
  categoryName: m.categoryName,
  value: m.value,
  previous: m.previous,
});

describe('GET /measurements/review', () => {
  it('lists the submitted values in review order, each with the same cell one period earlier', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const [a, b] = f.actorIds;
    const res = await list(f, 'steering');
    expect(res.statusCode).toBe(200);
    const body = reviewList.parse(res.json());
    expect(body.total).toBe(9);
    expect(body.limit).toBe(5000);
    expect(body.periods).toEqual(['2025-Q2', '2025-02', '2025', '2025-01']);

    const none = null;
    const prev = (period: string, value: number | null, status = 'approved', numerator: number | null = null, denominator: number | null = null) => ({
      period,
      value,
      numerator,
      denominator,
      status,
    });
    expect(body.items.map(brief)).toEqual([
      // C1, quarterly: Actor A has no 2025-Q1; Actor B had 15.
      { indicatorId: f.count, actorId: a, period: '2025-Q2', categoryName: null, value: 30, previous: none },
      { indicatorId: f.count, actorId: b, period: '2025-Q2', categoryName: null, value: 20, previous: prev('2025-Q1', 15) },
      // P1, a percentage: the previous numerator and denominator travel with it.
      { indicatorId: f.share, actorId: a, period: '2025-Q2', categoryName: null, value: null, previous: prev('2025-Q1', null, 'approved', 40, 50) },
      // Y1, yearly and population-level: nothing in 2024.
      { indicatorId: f.population, actorId: null, period: '2025', categoryName: null, value: 7.25, previous: none },
      // M1, monthly, newest first: B's February follows its January draft; A's January its December.
      { indicatorId: f.monthly, actorId: b, period: '2025-02', categoryName: null, value: 12, previous: prev('2025-01', 0, 'draft') },
      { indicatorId: f.monthly, actorId: a, period: '2025-01', categoryName: null, value: 350, previous: prev('2024-12', 100) },
      // D1: the total first, then its categories in their order, each with its own previous value.
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', categoryName: null, value: 170, previous: prev('2025-Q1', 150) },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', categoryName: 'Girls', value: 95, previous: prev('2025-Q1', 80) },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q2', categoryName: 'Boys', value: 75, previous: prev('2025-Q1', 70) },
    ]);
    const share = body.items.find((m) => m.indicatorId === f.share)!;
    expect(share).toMatchObject({ numerator: 45, denominator: 60, status: 'submitted', version: 1 });
    expect(body.items.find((m) => m.value === 350)).toMatchObject({ note: 'Summer camp', enteredByName: 'backbone user', categoryId: null });
    expect(body.items.find((m) => m.categoryName === 'Girls')!.categoryId).toBe(f.categories[0]);
    expect(body.items.find((m) => m.categoryName === 'Girls')!.dimensionName).toBe('Gender');
    expect(body.items.find((m) => m.categoryName === null)!.dimensionName).toBeNull();
  });

  it('filters by period and indicator, keeping the previous values and every period to choose from', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const q2 = reviewList.parse((await list(f, 'admin', '?period=2025-Q2')).json());
    expect(q2.items.map((m) => [m.period, m.categoryName, m.previous?.period ?? null])).toEqual([
      ['2025-Q2', null, null],
      ['2025-Q2', null, '2025-Q1'],
      ['2025-Q2', null, '2025-Q1'],
      ['2025-Q2', null, '2025-Q1'],
      ['2025-Q2', 'Girls', '2025-Q1'],
      ['2025-Q2', 'Boys', '2025-Q1'],
    ]);
    expect(q2.total).toBe(6);
    expect(q2.periods).toEqual(['2025-Q2', '2025-02', '2025', '2025-01']);

    const monthly = reviewList.parse((await list(f, 'backbone', `?indicatorId=${f.monthly}`)).json());
    expect(monthly.items.map((m) => m.value)).toEqual([12, 350]);
  });

  it('cuts a long list between cells, never between a total and its categories', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    // Rows 1-6 are C1, P1, Y1 and M1; rows 7-9 are the disaggregated cell.
    const cut = reviewList.parse((await list(f, 'steering', '?limit=7')).json());
    expect(cut.items).toHaveLength(6);
    expect(cut.items.some((m) => m.indicatorId === f.disaggregated)).toBe(false);
    expect(cut.total).toBe(9);
    expect(cut.limit).toBe(7);
    const whole = reviewList.parse((await list(f, 'steering', '?limit=9')).json());
    expect(whole.items).toHaveLength(9);
  });

  it('answers the review roles only: a partner 403, an outsider 404, nobody 401', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const other = await createMeasurementFixture();
    await putBatch(other, 'backbone', [{ indicatorId: other.count, actorId: other.actorIds[0], period: '2025-Q2', value: 999 }]);

    for (const role of ['admin', 'backbone', 'steering'] as const) {
      const body = reviewList.parse((await list(f, role)).json());
      expect(body.items).toHaveLength(9);
      expect(body.items.some((m) => m.value === 999)).toBe(false);
    }
    const partner = await list(f, 'partner');
    expect(partner.statusCode).toBe(403);
    expect(JSON.stringify(partner.json())).not.toContain('350');
    expect((await list(f, 'outsider')).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/measurements/review') })).statusCode).toBe(401);
  });

  it('validates the query', async () => {
    const f = await createMeasurementFixture();
    const res = await list(f, 'admin', '?period=2025-13&limit=5001');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['querystring.limit', 'querystring.period']);
  });

  it('is documented in the OpenAPI document', async () => {
    const f = await createMeasurementFixture();
    const doc = (await f.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const op = doc.paths['/api/v1/initiatives/{initiativeId}/measurements/review'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['period', 'limit']));
    expect(JSON.stringify(op.responses['200'])).toContain('previous');
  });
});

describe('POST /measurements/review of a disaggregated value', () => {
  it('approves or returns a total only together with its submitted categories', async () => {
    const f = await createMeasurementFixture();
    await seed(f);
    const cell = reviewList.parse((await list(f, 'steering', `?indicatorId=${f.disaggregated}`)).json()).items;
    const [total, girls, boys] = cell.map((m) => m.id);

    const alone = await review(f, { ids: [total], action: 'approve' });
    expect(alone.statusCode).toBe(422);
    expect(alone.json().error.details).toEqual([{ field: 'body.ids.0', message: expect.stringMatching(/together/) }]);
    const partly = await review(f, { ids: [girls, boys], action: 'return', reason: 'Check' });
    expect(partly.statusCode).toBe(422);
    expect(partly.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.ids.0', 'body.ids.1']);
    expect(reviewList.parse((await list(f, 'steering', `?indicatorId=${f.disaggregated}`)).json()).items).toHaveLength(3);

    const whole = await review(f, { ids: [girls, total, boys], action: 'approve' });
    expect(whole.statusCode).toBe(200);
    expect(whole.json().items.map((m: { status: string }) => m.status)).toEqual(['approved', 'approved', 'approved']);
  });
});
