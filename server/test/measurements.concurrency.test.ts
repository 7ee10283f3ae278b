import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { measurementConflicts } from '@ci/shared';
import { auditLog, initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements } from './measurement-fixtures.js';

describe('PUT /measurements: optimistic concurrency', () => {
  it('rejects a stale batch with 409 and the current values, writing none of its items', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    const created = (
      await putBatch(f, 'backbone', [
        { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10 },
        { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 20 },
      ])
    ).json().items;

    // Writer A saves over version 1 → 2.
    const writerA = await putBatch(f, 'admin', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 11, version: 1 }]);
    expect(writerA.statusCode).toBe(200);
    expect(writerA.json().items[0].version).toBe(2);

    // Writer B still holds version 1 of that cell, and changes two other cells in the same batch.
    const writerB = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 21, version: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 12, version: 1 },
      { indicatorId: f.count, actorId: a, period: '2025-Q2', value: 5 },
    ]);
    expect(writerB.statusCode).toBe(409);
    const error = writerB.json().error;
    expect(error.code).toBe('conflict');
    const details = measurementConflicts.parse(error.details);
    expect(details.conflicts).toHaveLength(1);
    expect(details.conflicts[0]).toMatchObject({ indicatorId: f.count, actorId: a, period: '2025-Q1', categoryId: null });
    expect(details.conflicts[0].current).toMatchObject({ id: created[0].id, value: 11, version: 2, enteredByName: 'admin user' });

    const stored = await storedMeasurements(f);
    expect(stored).toHaveLength(2);
    expect(stored.find((m) => m.actorId === b)).toMatchObject({ value: 20, version: 1 });
    expect(stored.find((m) => m.actorId === a)).toMatchObject({ value: 11, version: 2 });
    const audit = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityId, created[1].id)));
    expect(audit).toHaveLength(1);
  });

  it('treats a missing version on an existing cell, and a version on a vanished cell, as stale', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const [existing] = (await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 }])).json().items;
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 2 },
      { indicatorId: f.count, actorId: a, period: '2025-Q2', value: 3, version: 4 },
    ]);
    expect(res.statusCode).toBe(409);
    const { conflicts } = measurementConflicts.parse(res.json().error.details);
    expect(conflicts).toEqual([
      expect.objectContaining({ period: '2025-Q1', current: expect.objectContaining({ id: existing.id, value: 1, version: 1 }) }),
      { indicatorId: f.count, actorId: a, period: '2025-Q2', categoryId: null, current: null },
    ]);
    expect(await storedMeasurements(f)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent writers over the same version win', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 }]);
    const [one, two] = await Promise.all([
      putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 2, version: 1 }]),
      putBatch(f, 'admin', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 3, version: 1 }]),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const [stored] = await storedMeasurements(f);
    expect(stored.version).toBe(2);
    expect(stored.value).toBe(one.statusCode === 200 ? 2 : 3);
  });

  it('reports a cell that another writer created meanwhile as a conflict', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const [one, two] = await Promise.all([
      putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q3', value: 1 }]),
      putBatch(f, 'admin', [{ indicatorId: f.count, actorId: a, period: '2025-Q3', value: 2 }]),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const loser = one.statusCode === 409 ? one : two;
    expect(loser.json().error.details.conflicts[0].current).toMatchObject({ version: 1 });
    expect(await storedMeasurements(f)).toHaveLength(1);
  });
});

describe('DELETE /measurements/:id', () => {
  it('deletes with the current version, answers 409 to a stale one, and keeps the history', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const [cell] = (await putBatch(f, 'partner', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 }])).json().items;
    await putBatch(f, 'partner', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 2, version: 1 }]);

    const stale = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}?version=1`), headers: f.auth('partner') });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.conflicts[0].current).toMatchObject({ id: cell.id, value: 2, version: 2 });

    const missingVersion = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}`), headers: f.auth('partner') });
    expect(missingVersion.statusCode).toBe(400);
    expect(missingVersion.json().error.details[0].field).toBe('querystring.version');

    const ok = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}?version=2`), headers: f.auth('partner') });
    expect(ok.statusCode).toBe(204);
    expect(await storedMeasurements(f)).toHaveLength(0);

    const history = await f.app.inject({ method: 'GET', url: f.url(`/measurements/${cell.id}/history`), headers: f.auth('steering') });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(history.json().items[0]).toMatchObject({ userName: 'partner user', before: { value: 2, version: 2 }, after: null });

    const gone = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}?version=2`), headers: f.auth('partner') });
    expect(gone.statusCode).toBe(404);
  });

  it('applies the role and lock rules', async () => {
    const f = await createMeasurementFixture();
    const [, b] = f.actorIds;
    const [cell] = (await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: b, period: '2024-Q4', value: 1 }])).json().items;
    const del = (role: Parameters<typeof f.auth>[0]) =>
      f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}?version=1`), headers: f.auth(role) });
    expect((await del('partner')).statusCode).toBe(403);
    expect((await del('steering')).statusCode).toBe(403);
    expect((await del('outsider')).statusCode).toBe(404);
    await f.db.update(initiatives).set({ lockedThrough: '2024' }).where(eq(initiatives.id, f.initiativeId));
    const locked = await del('admin');
    expect(locked.statusCode).toBe(422);
    expect(locked.json().error.message).toMatch(/locked/);
    expect(await storedMeasurements(f)).toHaveLength(1);
  });
});
