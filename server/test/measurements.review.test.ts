import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements, type MeasurementFixture } from './measurement-fixtures.js';

function review(f: MeasurementFixture, role: Parameters<MeasurementFixture['auth']>[0], payload: Record<string, unknown>) {
  return f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth(role), payload });
}

async function submitted(f: MeasurementFixture) {
  const [a, b] = f.actorIds;
  return (
    await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10 },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 20 },
      { indicatorId: f.count, actorId: b, period: '2025-Q2', value: 30, status: 'draft' },
    ])
  ).json().items as { id: string; version: number }[];
}

describe('POST /measurements/review', () => {
  it('approves values (steering may), bumping their version, and audits it', async () => {
    const f = await createMeasurementFixture();
    const [x, y] = await submitted(f);
    const res = await review(f, 'steering', { ids: [x.id, y.id], action: 'approve' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: x.id, status: 'approved', returnReason: null, version: 2 }),
      expect.objectContaining({ id: y.id, status: 'approved', version: 2 }),
    ]);
    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.entityId, x.id), eq(auditLog.action, 'update')));
    expect(audit).toEqual([expect.objectContaining({ userId: f.users.steering.id, before: expect.objectContaining({ status: 'submitted' }), after: expect.objectContaining({ status: 'approved' }) })]);

    // Approving again changes nothing.
    const again = await review(f, 'admin', { ids: [x.id], action: 'approve' });
    expect(again.json().items[0]).toMatchObject({ status: 'approved', version: 2 });
  });

  it('returns values with a reason, and a partner re-submits a correction', async () => {
    const f = await createMeasurementFixture();
    const [x] = await submitted(f);
    const noReason = await review(f, 'backbone', { ids: [x.id], action: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details).toEqual([expect.objectContaining({ field: 'body.reason' })]);

    const returned = await review(f, 'backbone', { ids: [x.id], action: 'return', reason: 'Counted twice?' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().items[0]).toMatchObject({ status: 'returned', returnReason: 'Counted twice?', version: 2 });

    const corrected = await putBatch(f, 'partner', [{ indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1', value: 5, version: 2 }]);
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().items[0]).toMatchObject({ status: 'submitted', returnReason: null, value: 5, version: 3 });
  });

  it('needs a reason to correct an approved value, and the correction goes back to submitted', async () => {
    const f = await createMeasurementFixture();
    const [x] = await submitted(f);
    await review(f, 'steering', { ids: [x.id], action: 'approve' });
    const cell = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1', version: 2 };

    const unchanged = await putBatch(f, 'partner', [{ ...cell, value: 10 }]);
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json().items[0]).toMatchObject({ status: 'approved', version: 2 });

    const noReason = await putBatch(f, 'partner', [{ ...cell, value: 11 }]);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details).toEqual([expect.objectContaining({ field: 'body.items.0.reason' })]);
    expect((await storedMeasurements(f)).find((m) => m.id === x.id)).toMatchObject({ value: 10, status: 'approved' });

    const withReason = await putBatch(f, 'partner', [{ ...cell, value: 11, reason: 'The register was updated' }]);
    expect(withReason.statusCode).toBe(200);
    expect(withReason.json().items[0]).toMatchObject({ value: 11, status: 'submitted', version: 3 });
    const [entry] = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, x.id), eq(auditLog.userId, f.users.partner.id)));
    expect(entry).toMatchObject({ reason: 'The register was updated', before: { value: 10, status: 'approved' }, after: { value: 11, status: 'submitted' } });

    // Deleting an approved value needs a reason too.
    await review(f, 'steering', { ids: [x.id], action: 'approve' });
    const del = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${x.id}?version=4`), headers: f.auth('admin') });
    expect(del.statusCode).toBe(422);
    expect(del.json().error.details[0].field).toBe('querystring.reason');
    const delOk = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${x.id}?version=4&reason=Duplicate`), headers: f.auth('admin') });
    expect(delOk.statusCode).toBe(204);
  });

  it('refuses drafts, unknown ids and locked periods with 422, changing nothing', async () => {
    const f = await createMeasurementFixture();
    const [x, , draft] = await submitted(f);
    const other = await createMeasurementFixture();
    const [foreign] = await submitted(other);
    const res = await review(f, 'admin', { ids: [x.id, draft.id, foreign.id], action: 'approve' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.ids.1', 'body.ids.2']);
    expect((await storedMeasurements(f)).find((m) => m.id === x.id)!.status).toBe('submitted');

    await f.db.update(initiatives).set({ lockedThrough: '2025-Q1' }).where(eq(initiatives.id, f.initiativeId));
    const locked = await review(f, 'admin', { ids: [x.id], action: 'approve' });
    expect(locked.statusCode).toBe(422);
    expect(locked.json().error.details[0].message).toMatch(/locked/);
  });

  it('validates the body and the roles', async () => {
    const f = await createMeasurementFixture();
    const [x] = await submitted(f);
    const bad = await review(f, 'admin', { ids: ['nope', x.id, x.id], action: 'accept' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.action', 'body.ids.0']);
    const dup = await review(f, 'admin', { ids: [x.id, x.id], action: 'approve' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details[0].field).toBe('body.ids');
    expect((await review(f, 'partner', { ids: [x.id], action: 'approve' })).statusCode).toBe(403);
    expect((await review(f, 'outsider', { ids: [x.id], action: 'approve' })).statusCode).toBe(404);
  });
});
