import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicators, measurements } from '../src/db/schema/index.js';
import { createFixture, testApp, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
type Dimension = { id: string; name: string; position: number; categories: { id: string; name: string; position: number }[] };

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

async function createIndicator(f: Fixture, body: Record<string, unknown>) {
  const res = await call(f, 'backbone', 'POST', '/indicators', { name: 'Indicator', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function addMeasurement(f: Fixture, indicatorId: string, categoryId: string | null = null) {
  await f.db.insert(measurements).values({
    initiativeId: f.initiativeId,
    indicatorId,
    actorId: f.actorIds[0],
    period: '2025-Q1',
    periodStart: '2025-01-01',
    categoryId,
    value: 5,
  });
}

function auditOf(f: Fixture, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'indicator'), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

describe('indicators: create and read', () => {
  it('creates an indicator with targets and dimensions in one go', async () => {
    const f = await createFixture();
    const goal = (await call(f, 'backbone', 'POST', '/goals', { title: 'Education' })).json();
    const res = await call(f, 'backbone', 'POST', '/indicators', {
      code: 'U1',
      name: 'Pupils passing year 9',
      goalId: goal.id,
      measureType: 'percentage',
      frequency: 'year',
      timeAggregation: 'last',
      decimals: 1,
      baselineValue: 61.5,
      baselinePeriod: '2023',
      targetValue: 80,
      targetPeriod: '2028',
      targets: [
        { period: '2026', value: 70 },
        { period: '2025', value: 66 },
      ],
      dimensions: [
        { name: 'Gender', categories: [{ name: 'Girls' }, { name: 'Boys' }] },
        { name: 'School', categories: [{ name: 'North' }] },
      ],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      code: 'U1',
      unit: '%',
      direction: 'increase',
      actorAggregation: 'sum',
      archived: false,
      position: 0,
      goalId: goal.id,
      targets: [
        { period: '2025', value: 66 },
        { period: '2026', value: 70 },
      ],
    });
    expect(created.dimensions.map((d: Dimension) => [d.name, d.position, d.categories.map((c) => [c.name, c.position])])).toEqual([
      ['Gender', 0, [['Girls', 0], ['Boys', 1]]],
      ['School', 1, [['North', 0]]],
    ]);
    expect((await call(f, 'partner', 'GET', `/indicators/${created.id}`)).json()).toEqual(created);
    const [entry] = await auditOf(f, created.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id });
    expect(entry.after).toMatchObject({ code: 'U1', targets: created.targets, dimensions: created.dimensions });
  });

  it('applies the defaults and appends to the end', async () => {
    const f = await createFixture();
    const a = await createIndicator(f, { code: 'A1' });
    const b = await createIndicator(f, { code: 'A2' });
    expect(a).toMatchObject({
      unit: '',
      decimals: 0,
      measureType: 'number',
      frequency: 'quarter',
      timeAggregation: 'sum',
      baselineValue: null,
      baselinePeriod: null,
      goalId: null,
      targets: [],
      dimensions: [],
    });
    expect([a.position, b.position]).toEqual([0, 1]);
  });

  it('checks the rules across fields with field details', async () => {
    const f = await createFixture();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ baselineValue: 10 }, ['body.baselinePeriod']],
      [{ targetPeriod: '2026-Q4' }, ['body.targetValue']],
      [{ baselineValue: 1, baselinePeriod: '2025-Q3', targetValue: 2, targetPeriod: '2025-Q3' }, ['body.targetPeriod']],
      [{ baselineValue: 1, baselinePeriod: '2025-03', targetValue: 2, targetPeriod: '2026' }, ['body.baselinePeriod', 'body.targetPeriod']],
      [{ frequency: 'month', targets: [{ period: '2025-Q1', value: 3 }] }, ['body.targets.0.period']],
      [{ targets: [{ period: '2025-Q1', value: 3 }, { period: '2025-Q1', value: 4 }] }, ['body.targets.1.period']],
      [{ measureType: 'percentage', decimals: 7 }, ['body.decimals']],
      [{ measureType: 'percentage', timeAggregation: 'mean', actorAggregation: 'max' }, ['body.actorAggregation', 'body.timeAggregation']],
      [{ dimensions: [{ name: 'Age', categories: [] }] }, ['body.dimensions.0.categories']],
      [{ dimensions: [{ name: 'Age', categories: [{ name: '0-5' }, { name: '0-5' }] }] }, ['body.dimensions.0.categories.1.name']],
      [{ baselinePeriod: '2025-Q5', baselineValue: 1 }, ['body.baselinePeriod']],
      [{ code: '', frequency: 'weekly' }, ['body.code', 'body.frequency']],
    ];
    for (const [body, expected] of cases) {
      const res = await call(f, 'backbone', 'POST', '/indicators', { code: 'X1', name: 'X', ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_error');
      expect(fields(res).sort(), JSON.stringify(body)).toEqual(expected.sort());
    }
    const rows = await f.db.select().from(indicators).where(eq(indicators.initiativeId, f.initiativeId));
    expect(rows).toHaveLength(0);
  });

  it('keeps codes unique per initiative, ignoring case (409)', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const first = await createIndicator(f, { code: 'B1', name: 'Visitors' });
    const dup = await call(f, 'backbone', 'POST', '/indicators', { code: 'b1', name: 'Other' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('The code "b1" is already used by the indicator "Visitors" in this initiative');
    await createIndicator(other, { code: 'B1' });
    const second = await createIndicator(f, { code: 'B2' });
    expect((await call(f, 'backbone', 'PATCH', `/indicators/${second.id}`, { code: 'B1' })).statusCode).toBe(409);
    expect((await call(f, 'backbone', 'PATCH', `/indicators/${first.id}`, { code: 'B1', name: 'Same code' })).statusCode).toBe(200);
  });

  it('accepts only goals of the same initiative (422)', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const foreignGoal = (await call(other, 'backbone', 'POST', '/goals', { title: 'Theirs' })).json();
    const res = await call(f, 'backbone', 'POST', '/indicators', { code: 'G1', name: 'X', goalId: foreignGoal.id });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['body.goalId']);
    const ind = await createIndicator(f, { code: 'G2' });
    const patch = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { goalId: foreignGoal.id });
    expect(patch.statusCode).toBe(422);
    expect(fields(patch)).toEqual(['body.goalId']);
    const foreignIndicator = await createIndicator(other, { code: 'G3' });
    expect((await call(f, 'admin', 'GET', `/indicators/${foreignIndicator.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'PATCH', `/indicators/${foreignIndicator.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/indicators/${foreignIndicator.id}`)).statusCode).toBe(404);
  });

  it('lists by goal and hides archived indicators unless asked', async () => {
    const f = await createFixture();
    const goal = (await call(f, 'backbone', 'POST', '/goals', { title: 'Work' })).json();
    await createIndicator(f, { code: 'L1', goalId: goal.id });
    await createIndicator(f, { code: 'L2', archived: true, goalId: goal.id });
    await createIndicator(f, { code: 'L3' });
    const codes = async (query: string) => {
      const res = await call(f, 'steering', 'GET', `/indicators${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().items.map((i: { code: string }) => i.code);
    };
    expect(await codes('')).toEqual(['L1', 'L3']);
    expect(await codes('?archived=true')).toEqual(['L2']);
    expect(await codes('?includeArchived=true')).toEqual(['L1', 'L2', 'L3']);
    expect(await codes(`?goalId=${goal.id}`)).toEqual(['L1']);
    expect(await codes(`?goalId=${goal.id}&includeArchived=true`)).toEqual(['L1', 'L2']);
    const bad = await call(f, 'steering', 'GET', '/indicators?archived=maybe&goalId=x');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual(['querystring.archived', 'querystring.goalId']);
  });
});

describe('indicators: update and delete', () => {
  it('patches fields, replaces targets, and checks rules on the merged result', async () => {
    const f = await createFixture();
    const ind = await createIndicator(f, {
      code: 'P1',
      baselineValue: 10,
      baselinePeriod: '2024-Q4',
      targets: [{ period: '2025-Q4', value: 20 }],
    });
    const res = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, {
      targetValue: 30,
      targetPeriod: '2027-Q4',
      targets: [{ period: '2026-Q4', value: 25 }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ baselineValue: 10, targetValue: 30, targets: [{ period: '2026-Q4', value: 25 }] });

    const before = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { targetPeriod: '2024-Q2' });
    expect(before.statusCode).toBe(400);
    expect(fields(before)).toEqual(['body.targetPeriod']);
    const half = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { baselineValue: null });
    expect(fields(half)).toEqual(['body.baselineValue']);
    const frequency = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { frequency: 'year' });
    expect(frequency.statusCode).toBe(400);
    expect(fields(frequency).sort()).toEqual(['body.baselinePeriod', 'body.targetPeriod', 'body.targets.0.period']);
    const moved = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, {
      frequency: 'year',
      baselinePeriod: '2024',
      targetPeriod: '2027',
      targets: [],
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ frequency: 'year', baselinePeriod: '2024', targetPeriod: '2027', targets: [] });
    const toPercent = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { measureType: 'percentage' });
    expect(toPercent.json()).toMatchObject({ measureType: 'percentage', unit: '%' });

    const entries = await auditOf(f, ind.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(entries[1].before).toMatchObject({ targetValue: null, targets: [{ period: '2025-Q4', value: 20 }] });
    expect(entries[1].after).toMatchObject({ targetValue: 30, targets: [{ period: '2026-Q4', value: 25 }] });
  });

  it('refuses to change frequency or measure type once values exist (409)', async () => {
    const f = await createFixture();
    const ind = await createIndicator(f, { code: 'M1' });
    await addMeasurement(f, ind.id);
    for (const body of [{ frequency: 'month' }, { measureType: 'percentage' }]) {
      const res = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('values are already reported');
    }
    const same = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, { frequency: 'quarter', name: 'Renamed' });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ frequency: 'quarter', name: 'Renamed' });
  });

  it('replaces dimensions while keeping the ids sent back', async () => {
    const f = await createFixture();
    const ind = await createIndicator(f, {
      code: 'D1',
      dimensions: [
        { name: 'Gender', categories: [{ name: 'Girls' }, { name: 'Boys' }] },
        { name: 'Age', categories: [{ name: '0-5' }, { name: '6-12' }] },
      ],
    });
    const [gender, age] = ind.dimensions as Dimension[];
    const [girls, boys] = gender.categories;
    // Swap the two category names, drop Age, add Area.
    const res = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, {
      dimensions: [
        { name: 'Area', categories: [{ name: 'North' }] },
        { id: gender.id, name: 'Kön', categories: [{ id: boys.id, name: 'Girls' }, { id: girls.id, name: 'Boys' }, { name: 'Other' }] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const dims = res.json().dimensions as Dimension[];
    expect(dims.map((d) => d.name)).toEqual(['Area', 'Kön']);
    expect(dims[1].id).toBe(gender.id);
    expect(dims[1].categories.map((c) => [c.id, c.name])).toEqual([
      [boys.id, 'Girls'],
      [girls.id, 'Boys'],
      [expect.any(String), 'Other'],
    ]);
    expect(dims.some((d) => d.id === age.id)).toBe(false);

    const foreign = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, {
      dimensions: [{ id: age.id, name: 'Age', categories: [{ id: girls.id, name: 'x' }] }],
    });
    expect(foreign.statusCode).toBe(422);
    expect(fields(foreign)).toEqual(['body.dimensions.0.id', 'body.dimensions.0.categories.0.id']);
  });

  it('refuses to drop a category that has values (409) and rolls back', async () => {
    const f = await createFixture();
    const ind = await createIndicator(f, { code: 'D2', dimensions: [{ name: 'Gender', categories: [{ name: 'Girls' }, { name: 'Boys' }] }] });
    const [gender] = ind.dimensions as Dimension[];
    await addMeasurement(f, ind.id, gender.categories[0].id);
    const res = await call(f, 'backbone', 'PATCH', `/indicators/${ind.id}`, {
      name: 'Changed',
      dimensions: [{ id: gender.id, name: 'Gender', categories: [{ id: gender.categories[1].id, name: 'Boys' }] }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('"Girls"');
    const unchanged = (await call(f, 'backbone', 'GET', `/indicators/${ind.id}`)).json();
    expect(unchanged.name).toBe('Indicator');
    expect(unchanged.dimensions).toEqual(ind.dimensions);
  });

  it('deletes an indicator without values; with values it suggests archiving (409)', async () => {
    const f = await createFixture();
    const used = await createIndicator(f, { code: 'X1' });
    const unused = await createIndicator(f, { code: 'X2', targets: [{ period: '2025-Q1', value: 1 }] });
    await addMeasurement(f, used.id);
    const refused = await call(f, 'admin', 'DELETE', `/indicators/${used.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/archive/i);
    expect((await call(f, 'admin', 'GET', `/indicators/${used.id}`)).statusCode).toBe(200);
    const archived = await call(f, 'admin', 'PATCH', `/indicators/${used.id}`, { archived: true });
    expect(archived.json().archived).toBe(true);

    expect((await call(f, 'admin', 'DELETE', `/indicators/${unused.id}`)).statusCode).toBe(204);
    expect((await call(f, 'admin', 'GET', `/indicators/${unused.id}`)).statusCode).toBe(404);
    const entries = await auditOf(f, unused.id);
    expect(entries.at(-1)).toMatchObject({ action: 'delete', after: null, before: expect.objectContaining({ code: 'X2' }) });
  });

  it('lets any member read, only admin and backbone write; outsiders get 404', async () => {
    const f = await createFixture();
    const ind = await createIndicator(f, { code: 'R1' });
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'GET', '/indicators')).statusCode).toBe(200);
      expect((await call(f, role, 'POST', '/indicators', { code: 'R2', name: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/indicators/${ind.id}`, { name: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/indicators/${ind.id}`)).statusCode).toBe(403);
    }
    expect((await call(f, 'outsider', 'GET', '/indicators')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/indicators/${ind.id}`)).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'POST', '/indicators', { code: 'R3', name: 'x' })).statusCode).toBe(404);
  });

  it('documents the routes and fields in the OpenAPI document', async () => {
    const { app } = await testApp();
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of ['goals', 'goals/order', 'actors', 'actors/competences', 'working-groups', 'indicators', 'narratives']) {
      expect(Object.keys(doc.paths)).toContain(`/api/v1/initiatives/{initiativeId}/${path}`);
    }
    const body = doc.paths['/api/v1/initiatives/{initiativeId}/indicators'].post.requestBody.content['application/json'].schema;
    expect(body.properties.timeAggregation.description).toMatch(/last/);
    expect(body.required).toEqual(expect.arrayContaining(['code', 'name']));
  });
});
