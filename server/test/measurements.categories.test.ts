// Values per category: a total and its categories are written, checked and deleted as one figure.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, measurements } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements, type MeasurementFixture } from './measurement-fixtures.js';
import { addDimension, addIndicator } from './series-fixtures.js';

type Detail = { field: string; message: string };
const details = (res: { json(): { error: { details: Detail[] } } }) => res.json().error.details;

/** D1 (quarterly count) also broken down by age band, next to the fixture's gender dimension. */
async function withAge(f: MeasurementFixture) {
  const age = await addDimension(f, f.disaggregated, 'Age band', 1, ['0-12', '13-19']);
  return { young: age['0-12'], teen: age['13-19'] };
}

describe('PUT /measurements: a disaggregated value', () => {
  it('stores a total with categories of two dimensions that each add up to it', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const { young, teen } = await withAge(f);
    const a = f.actorIds[0];
    const res = await putBatch(f, 'partner', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 17 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 9 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 8 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: young, value: 5 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: teen, value: 12 },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((m: { categoryId: string | null; value: number }) => [m.categoryId, m.value])).toEqual([
      [null, 17],
      [girls, 9],
      [boys, 8],
      [young, 5],
      [teen, 12],
    ]);
  });

  it('refuses categories that do not add up to the total, at the total, and saves nothing', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const a = f.actorIds[0];
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 3 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 9 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 8 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 18 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(details(res)).toEqual([{ field: 'body.items.3.value', message: 'The categories of Gender add up to 17, not to the total 18' }]);
    expect(await storedMeasurements(f)).toEqual([]);
  });

  it('refuses two dimensions that add up to different totals', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const { young, teen } = await withAge(f);
    const a = f.actorIds[0];
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 17 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 9 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 8 },
      // 5 + 13 = 18, not 17.
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: young, value: 5 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: teen, value: 13 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(details(res)).toEqual([{ field: 'body.items.0.value', message: 'The categories of Age band add up to 18, not to the total 17' }]);
  });

  it('checks the stored categories too: a new total alone must still match them', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const a = f.actorIds[0];
    const first = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 5 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 4 },
    ]);
    const [total, girlsRow] = first.json().items;
    const res = await putBatch(f, 'backbone', [{ indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 10, version: total.version }]);
    expect(res.statusCode).toBe(422);
    expect(details(res)[0]).toEqual({ field: 'body.items.0.value', message: 'The categories of Gender add up to 9, not to the total 10' });

    // Changing one category and the total together is fine: girls 6 + boys 4 = 10.
    const ok = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 10, version: total.version },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 6, version: girlsRow.version },
    ]);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items.map((m: { value: number; version: number }) => [m.value, m.version])).toEqual([
      [10, 2],
      [6, 2],
    ]);
  });

  it('wants the total in the same batch as its categories', async () => {
    const f = await createMeasurementFixture();
    const [girls] = f.categories;
    const res = await putBatch(f, 'backbone', [{ indicatorId: f.disaggregated, actorId: f.actorIds[0], period: '2025-Q1', categoryId: girls, value: 5 }]);
    expect(res.statusCode).toBe(422);
    expect(details(res)).toEqual([
      { field: 'body.items.0.categoryId', message: "A category value is saved together with its cell's total: send the total in the same batch" },
    ]);
  });

  it('gives the total a new version when only categories change, so a second editor of the cell is told', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const a = f.actorIds[0];
    const [total, g, b] = (
      await putBatch(f, 'backbone', [
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9 },
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 5 },
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 4 },
      ])
    ).json().items;
    // Girls and boys swapped: the total stays 9 but is a new version of the figure.
    const swap = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9, version: total.version },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 4, version: g.version },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 5, version: b.version },
    ]);
    expect(swap.statusCode).toBe(200);
    expect(swap.json().items[0]).toMatchObject({ value: 9, version: 2 });

    // Someone who still has version 1 of the total is stopped, with the current total.
    const stale = await putBatch(f, 'partner', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9, version: 1 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 5, version: 2 },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 4, version: 2 },
    ]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.conflicts).toEqual([
      expect.objectContaining({ indicatorId: f.disaggregated, categoryId: null, current: expect.objectContaining({ value: 9, version: 2 }) }),
    ]);
  });

  it('removes a category sent without a figure, in the same batch as the new total, and audits it', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const a = f.actorIds[0];
    const [total, g, b] = (
      await putBatch(f, 'backbone', [
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 9 },
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: girls, value: 5 },
        { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: 4 },
      ])
    ).json().items;
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', value: 5, version: total.version },
      { indicatorId: f.disaggregated, actorId: a, period: '2025-Q1', categoryId: boys, value: null, version: b.version },
    ]);
    expect(res.statusCode).toBe(200);
    // The removed category is not in the answer.
    expect(res.json().items).toEqual([expect.objectContaining({ categoryId: null, value: 5, version: 2 })]);
    const stored = await storedMeasurements(f);
    expect(stored.map((m) => [m.categoryId, m.value]).sort()).toEqual([[g.categoryId, 5], [null, 5]].sort());
    const [removal] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, 'delete')));
    expect(removal.before).toMatchObject({ categoryId: boys, value: 4 });
  });

  it('adds up numerators and denominators of a percentage per dimension', async () => {
    const f = await createMeasurementFixture();
    const rate = await addIndicator(f, { code: 'R1', name: 'Passing by gender', measureType: 'percentage', frequency: 'quarter', decimals: 1 });
    const gender = await addDimension(f, rate, 'Gender', 0, ['Girls', 'Boys']);
    const a = f.actorIds[0];
    const cell = { indicatorId: rate, actorId: a, period: '2025-Q1' };
    const wrong = await putBatch(f, 'backbone', [
      { ...cell, numerator: 30, denominator: 40 },
      { ...cell, categoryId: gender.Girls, numerator: 18, denominator: 20 },
      // 18 + 12 = 30, but 20 + 21 = 41 people.
      { ...cell, categoryId: gender.Boys, numerator: 12, denominator: 21 },
    ]);
    expect(wrong.statusCode).toBe(422);
    expect(details(wrong)).toEqual([{ field: 'body.items.0.numerator', message: 'The categories of Gender add up to 30 of 41, not to the total 30 of 40' }]);

    const right = await putBatch(f, 'backbone', [
      { ...cell, numerator: 30, denominator: 40 },
      { ...cell, categoryId: gender.Girls, numerator: 18, denominator: 20 },
      { ...cell, categoryId: gender.Boys, numerator: 12, denominator: 20 },
    ]);
    expect(right.statusCode).toBe(200);
  });

  it('compares sums of decimals at the indicator decimals, without binary noise', async () => {
    const f = await createMeasurementFixture();
    const hours = await addIndicator(f, { code: 'H1', name: 'Hours', frequency: 'quarter', decimals: 1 });
    const gender = await addDimension(f, hours, 'Gender', 0, ['Girls', 'Boys']);
    const cell = { indicatorId: hours, actorId: f.actorIds[0], period: '2025-Q1' };
    const res = await putBatch(f, 'backbone', [
      { ...cell, value: 0.3 },
      { ...cell, categoryId: gender.Girls, value: 0.1 },
      { ...cell, categoryId: gender.Boys, value: 0.2 },
    ]);
    expect(res.statusCode).toBe(200);
  });

  it('lets a partner write its own organisation only, and steering not at all', async () => {
    const f = await createMeasurementFixture();
    const [girls, boys] = f.categories;
    const cell = (actorId: string) => [
      { indicatorId: f.disaggregated, actorId, period: '2025-Q1', value: 3 },
      { indicatorId: f.disaggregated, actorId, period: '2025-Q1', categoryId: girls, value: 1 },
      { indicatorId: f.disaggregated, actorId, period: '2025-Q1', categoryId: boys, value: 2 },
    ];
    expect((await putBatch(f, 'partner', cell(f.actorIds[1]))).statusCode).toBe(403);
    expect((await putBatch(f, 'steering', cell(f.actorIds[0]))).statusCode).toBe(403);
    expect((await putBatch(f, 'partner', cell(f.actorIds[0]))).statusCode).toBe(200);
  });
});

describe('DELETE /measurements/:id of a disaggregated value', () => {
  async function stored(f: MeasurementFixture) {
    const [girls, boys] = f.categories;
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.disaggregated, actorId: f.actorIds[0], period: '2025-Q1', value: 9 },
      { indicatorId: f.disaggregated, actorId: f.actorIds[0], period: '2025-Q1', categoryId: girls, value: 5 },
      { indicatorId: f.disaggregated, actorId: f.actorIds[0], period: '2025-Q1', categoryId: boys, value: 4 },
      { indicatorId: f.disaggregated, actorId: f.actorIds[1], period: '2025-Q1', value: 1 },
    ]);
    return res.json().items as { id: string; version: number }[];
  }
  const del = (f: MeasurementFixture, m: { id: string; version: number }) =>
    f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${m.id}?version=${m.version}`), headers: f.auth('backbone') });

  it('deletes the total with its categories, and leaves other cells alone', async () => {
    const f = await createMeasurementFixture();
    const [total] = await stored(f);
    expect((await del(f, total)).statusCode).toBe(204);
    const left = await f.db.select().from(measurements).where(eq(measurements.initiativeId, f.initiativeId));
    expect(left.map((m) => [m.actorId, m.categoryId, m.value])).toEqual([[f.actorIds[1], null, 1]]);
    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.action, 'delete')));
    expect(audit).toHaveLength(3);
  });

  it('refuses to delete one category when the rest no longer adds up', async () => {
    const f = await createMeasurementFixture();
    const [, girls] = await stored(f);
    const res = await del(f, girls);
    expect(res.statusCode).toBe(422);
    expect(details(res)).toEqual([{ field: 'params.id', message: 'The categories of Gender add up to 4, not to the total 9' }]);
    expect(await storedMeasurements(f)).toHaveLength(4);
  });
});
