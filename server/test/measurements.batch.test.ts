import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { measurement, measurementBatchResponse } from '@ci/shared';
import { auditLog, initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements } from './measurement-fixtures.js';

type Detail = { field: string; message: string };
const fields = (res: { json(): { error: { details: Detail[] } } }) => res.json().error.details.map((d) => d.field).sort();

describe('PUT /measurements: a successful batch', () => {
  it('writes numbers, percentages, population-level and disaggregated values at version 1', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 12, note: 'From the register' },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 0 },
      { indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 45, denominator: 60 },
      { indicatorId: f.population, actorId: null, period: '2024', value: 7.25, status: 'draft' },
      { indicatorId: f.monthly, actorId: b, period: '2025-02', value: 310 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: f.categories[0], value: 5 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: f.categories[1], value: 4 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9 },
    ]);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(8);
    expect(items[0]).toMatchObject({
      indicatorId: f.count,
      actorId: a,
      period: '2025-Q1',
      categoryId: null,
      value: 12,
      numerator: null,
      denominator: null,
      note: 'From the register',
      status: 'submitted',
      returnReason: null,
      enteredBy: f.users.backbone.id,
      enteredByName: 'backbone user',
      version: 1,
    });
    expect(items[2]).toMatchObject({ value: null, numerator: 45, denominator: 60 });
    expect(items[3]).toMatchObject({ actorId: null, period: '2024', value: 7.25, status: 'draft' });
    expect(items[5].categoryId).toBe(f.categories[0]);
    expect(Number.isNaN(Date.parse(items[0].enteredAt))).toBe(false);
    // Written without the response schema's check: still exactly its shape, key for key, and what
    // encoding through the schema would have written.
    const strict = z.object({ items: z.array(z.strictObject(measurement.shape)) });
    expect(() => strict.parse(res.json())).not.toThrow();
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toBe(JSON.stringify(z.encode(measurementBatchResponse, z.decode(measurementBatchResponse, res.json()))));

    const stored = await storedMeasurements(f);
    expect(stored).toHaveLength(8);
    const monthly = stored.find((m) => m.indicatorId === f.monthly)!;
    expect(monthly.periodStart).toBe('2025-02-01');
    expect(stored.find((m) => m.indicatorId === f.population)!.periodStart).toBe('2024-01-01');

    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityType, 'measurement')));
    expect(audit).toHaveLength(8);
    expect(audit.every((e) => e.action === 'create' && e.userId === f.users.backbone.id && e.before === null)).toBe(true);
    expect(audit.find((e) => e.entityId === items[2].id)!.after).toMatchObject({ numerator: 45, denominator: 60, version: 1 });
  });

  it("records a new value's reason in its audit row, and none where none was given", async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    const items = (
      await putBatch(f, 'backbone', [
        { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 3, reason: 'Late report from the school' },
        { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 4 },
        { indicatorId: f.population, actorId: null, period: '2024', value: 5, reason: 'Census' },
      ])
    ).json().items;
    const reasons = await Promise.all(
      items.map(async (m: { id: string }) => (await f.db.select().from(auditLog).where(eq(auditLog.entityId, m.id))).map((e) => [e.action, e.reason])),
    );
    expect(reasons).toEqual([[['create', 'Late report from the school']], [['create', null]], [['create', 'Census']]]);
    const plain = (await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q2', value: 6 }])).json().items;
    const [entry] = await f.db.select().from(auditLog).where(eq(auditLog.entityId, plain[0].id));
    expect(entry).toMatchObject({ action: 'create', reason: null, after: { value: 6, version: 1 } });
  });

  it('bumps the version of changed cells only and keeps the note when none is sent', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    const first = (
      await putBatch(f, 'admin', [
        { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1, note: 'kept' },
        { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 2 },
      ])
    ).json().items;
    const second = await putBatch(f, 'admin', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10, version: 1 },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 2, version: 1 },
    ]);
    expect(second.statusCode).toBe(200);
    const [changed, unchanged] = second.json().items;
    expect(changed).toMatchObject({ id: first[0].id, value: 10, note: 'kept', version: 2 });
    expect(unchanged).toMatchObject({ id: first[1].id, value: 2, version: 1, updatedAt: first[1].updatedAt });
    const audit = await f.db.select().from(auditLog).where(eq(auditLog.entityId, first[1].id));
    expect(audit.map((e) => e.action)).toEqual(['create']);
    const updates = await f.db.select().from(auditLog).where(eq(auditLog.entityId, first[0].id));
    expect(updates.find((e) => e.action === 'update')).toMatchObject({ before: { value: 1, version: 1 }, after: { value: 10, version: 2 } });
  });

  it('lets a partner write its own actor and re-submit a draft', async () => {
    const f = await createMeasurementFixture();
    const a = f.actorIds[0];
    const draft = await putBatch(f, 'partner', [{ indicatorId: f.share, actorId: a, period: '2025-Q2', numerator: 1, denominator: 3, status: 'draft' }]);
    expect(draft.statusCode).toBe(200);
    expect(draft.json().items[0]).toMatchObject({ status: 'draft', enteredBy: f.users.partner.id });
    const submitted = await putBatch(f, 'partner', [
      { indicatorId: f.share, actorId: a, period: '2025-Q2', numerator: 1, denominator: 3, status: 'submitted', version: 1 },
    ]);
    expect(submitted.json().items[0]).toMatchObject({ status: 'submitted', version: 2 });
  });

  it('writes a batch of 5000 cells in one request', async () => {
    const f = await createMeasurementFixture();
    const items = Array.from({ length: 5000 }, (_, i) => ({
      indicatorId: f.monthly,
      actorId: f.actorIds[i % 2],
      period: `${1900 + Math.floor(i / 24)}-${String((Math.floor(i / 2) % 12) + 1).padStart(2, '0')}`,
      value: i,
    }));
    const res = await putBatch(f, 'backbone', items);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(5000);
    expect(await storedMeasurements(f)).toHaveLength(5000);
    const again = await putBatch(
      f,
      'backbone',
      items.map((item, i) => ({ ...item, value: i % 100 === 0 ? -1 : item.value, version: 1 })),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().items.filter((m: { version: number }) => m.version === 2)).toHaveLength(50);
    const tooMany = await putBatch(f, 'backbone', [...items, items[0]]);
    expect(tooMany.statusCode).toBe(400);
  }, 120_000);
});

describe('PUT /measurements: validation', () => {
  it('answers 400 with item paths for every malformed item', async () => {
    const f = await createMeasurementFixture();
    const a = f.actorIds[0];
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1' },
      { indicatorId: f.share, actorId: a, period: '2025-Q1', value: 3, numerator: 1, denominator: 2 },
      { indicatorId: f.share, actorId: a, period: '2025-Q2', numerator: 1, denominator: 0 },
      { indicatorId: f.share, actorId: a, period: '2025-Q3', numerator: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-Q5', value: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-Q4', value: '7' },
      { indicatorId: 'nope', actorId: a, period: '2025-Q4', value: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-Q4', value: 1, version: 0 },
      { indicatorId: f.count, actorId: a, period: '2026-Q1', value: 1 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
    expect(fields(res)).toEqual(
      [
        'body.items.0.value',
        'body.items.1.value',
        'body.items.2.denominator',
        'body.items.3.denominator',
        'body.items.4.period',
        'body.items.5.value',
        'body.items.6.indicatorId',
        'body.items.7.version',
      ].sort(),
    );
    expect(await storedMeasurements(f)).toHaveLength(0);

    const empty = await putBatch(f, 'backbone', []);
    expect(empty.statusCode).toBe(400);
    expect(fields(empty)).toEqual(['body.items']);
    const missing = await f.app.inject({ method: 'PUT', url: f.url('/measurements'), headers: f.auth('backbone'), payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing)).toEqual(['body.items']);
  });

  it('answers 400 to the same cell twice in one batch', async () => {
    const f = await createMeasurementFixture();
    const a = f.actorIds[0];
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q4', value: 7 },
      { indicatorId: f.count, actorId: a, period: '2025-Q4', categoryId: null, value: 8 },
      { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q4', value: 8 },
      { indicatorId: f.population, actorId: null, period: '2025', value: 1 },
      { indicatorId: f.population, actorId: null, period: '2025', value: 2 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.items.1.period', message: 'The same cell as items.0' },
      { field: 'body.items.4.period', message: 'The same cell as items.3' },
    ]);
    expect(await storedMeasurements(f)).toHaveLength(0);
  });

  it('answers 422 listing every rule an item breaks, and writes nothing', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const other = await createMeasurementFixture();
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 },
      { indicatorId: f.archived, actorId: a, period: '2025-Q1', value: 1 },
      { indicatorId: other.count, actorId: a, period: '2025-Q1', value: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-03', value: 1 },
      { indicatorId: f.count, actorId: other.actorIds[0], period: '2025-Q2', value: 1 },
      { indicatorId: f.population, actorId: a, period: '2025', value: 1 },
      { indicatorId: f.count, actorId: null, period: '2025-Q3', value: 1 },
      { indicatorId: f.share, actorId: a, period: '2025-Q1', value: 50 },
      { indicatorId: f.count, actorId: a, period: '2025-Q4', numerator: 1, denominator: 2 },
      { indicatorId: f.count, actorId: a, period: '2026-Q1', categoryId: f.categories[0], value: 1 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: other.categories[0], value: 1 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('unprocessable');
    expect(fields(res)).toEqual(
      [
        'body.items.1.indicatorId',
        'body.items.2.indicatorId',
        'body.items.3.period',
        'body.items.4.actorId',
        'body.items.5.actorId',
        'body.items.6.actorId',
        'body.items.7.value',
        'body.items.8.numerator',
        'body.items.9.categoryId',
        'body.items.10.categoryId',
      ].sort(),
    );
    const messages = res.json().error.details.map((d: Detail) => d.message).join('\n');
    expect(messages).toMatch(/archived/);
    expect(messages).toMatch(/per quarter: expected a key like 2025-Q1/);
    expect(await storedMeasurements(f)).toHaveLength(0);
  });

  it('refuses values in locked periods with 422, including a month inside a locked quarter', async () => {
    const f = await createMeasurementFixture();
    const a = f.actorIds[0];
    await f.db.update(initiatives).set({ lockedThrough: '2024-Q4' }).where(eq(initiatives.id, f.initiativeId));
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 },
      { indicatorId: f.count, actorId: a, period: '2024-Q4', value: 1 },
      { indicatorId: f.monthly, actorId: a, period: '2024-12', value: 1 },
      { indicatorId: f.population, actorId: null, period: '2024', value: 1 },
      { indicatorId: f.population, actorId: null, period: '2025', value: 1 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['body.items.1.period', 'body.items.2.period', 'body.items.3.period']);
    expect(res.json().error.details[0].message).toMatch(/locked/);
    expect(await storedMeasurements(f)).toHaveLength(0);
  });
});

describe('PUT /measurements: roles', () => {
  it('forbids a partner to write another actor (nothing written) or a population-level value', async () => {
    const f = await createMeasurementFixture();
    const [own, foreign] = f.actorIds;
    const res = await putBatch(f, 'partner', [
      { indicatorId: f.count, actorId: own, period: '2025-Q1', value: 1 },
      { indicatorId: f.count, actorId: foreign, period: '2025-Q1', value: 2 },
    ]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const population = await putBatch(f, 'partner', [{ indicatorId: f.population, actorId: null, period: '2025', value: 1 }]);
    expect(population.statusCode).toBe(403);
    expect(await storedMeasurements(f)).toHaveLength(0);
  });

  it('forbids steering (403) and hides the initiative from outsiders (404)', async () => {
    const f = await createMeasurementFixture();
    const item = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1', value: 1 };
    expect((await putBatch(f, 'steering', [item])).statusCode).toBe(403);
    expect((await putBatch(f, 'outsider', [item])).statusCode).toBe(404);
    const unauthenticated = await f.app.inject({ method: 'PUT', url: f.url('/measurements'), payload: { items: [item] } });
    expect(unauthenticated.statusCode).toBe(401);
    expect(await storedMeasurements(f)).toHaveLength(0);
  });
});
