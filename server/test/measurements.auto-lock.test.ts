// Automatic locking after the due date, with the clock set: 2025-Q1 ends on 31 March; with 30
// reporting days its due date is 30 April, so it locks from 1 May (UTC).
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements, type MeasurementFixture } from './measurement-fixtures.js';

function at(moment: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
}

afterEach(() => vi.useRealTimers());

async function settings(f: MeasurementFixture, values: Partial<typeof initiatives.$inferInsert>) {
  await f.db.update(initiatives).set(values).where(eq(initiatives.id, f.initiativeId));
}

const q1 = (f: MeasurementFixture, value: number, extra: Record<string, unknown> = {}) => ({ indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1', value, ...extra });

describe('automatic lock after the due date', () => {
  it('refuses a write past the due date with auto lock on, and accepts it with auto lock off', async () => {
    const f = await createMeasurementFixture();
    await settings(f, { autoLock: true, reportingDeadlineDays: 30 });
    at('2025-05-01T00:00:00Z');
    const refused = await putBatch(f, 'backbone', [q1(f, 12)]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ field: 'body.items.0.period', message: 'Period 2025-Q1 is locked: its due date 2025-04-30 has passed' }]);
    expect(await storedMeasurements(f)).toHaveLength(0);
    // A later period is still open.
    expect((await putBatch(f, 'backbone', [{ ...q1(f, 3), period: '2025-Q2' }])).statusCode).toBe(200);

    await settings(f, { autoLock: false });
    const accepted = await putBatch(f, 'backbone', [q1(f, 12)]);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().items[0]).toMatchObject({ period: '2025-Q1', value: 12, version: 1 });
  });

  it('keeps the due date itself open, to its last minute, and locks the next day', async () => {
    const f = await createMeasurementFixture();
    await settings(f, { autoLock: true, reportingDeadlineDays: 30 });
    at('2025-04-30T23:59:59Z');
    expect((await putBatch(f, 'partner', [q1(f, 5)])).statusCode).toBe(200);
    at('2025-05-01T00:00:01Z');
    const late = await putBatch(f, 'partner', [q1(f, 6, { version: 1 })]);
    expect(late.statusCode).toBe(422);
    expect((await storedMeasurements(f))[0]).toMatchObject({ value: 5, version: 1 });
  });

  it('follows the reporting days: with 0 days a period locks the day after it ends', async () => {
    const f = await createMeasurementFixture();
    await settings(f, { autoLock: true, reportingDeadlineDays: 0 });
    at('2025-03-31T12:00:00Z');
    expect((await putBatch(f, 'backbone', [q1(f, 1)])).statusCode).toBe(200);
    at('2025-04-01T00:00:00Z');
    expect((await putBatch(f, 'backbone', [q1(f, 2, { version: 1 })])).statusCode).toBe(422);
    // A month inside the quarter locks on its own schedule: February's due date is 28 February.
    expect((await putBatch(f, 'backbone', [{ indicatorId: f.monthly, actorId: f.actorIds[0], period: '2025-02', value: 9 }])).statusCode).toBe(422);
  });

  it('adds to the chosen lock instead of replacing it', async () => {
    const f = await createMeasurementFixture();
    await settings(f, { autoLock: true, reportingDeadlineDays: 30, lockedThrough: '2025-Q2' });
    at('2025-07-15T10:00:00Z');
    // 2025-Q2 is not past due yet (due 30 July), but the chosen lock covers it.
    const res = await putBatch(f, 'backbone', [{ ...q1(f, 1), period: '2025-Q2' }]);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].message).toBe('Period 2025-Q2 is locked: the initiative is closed through 2025-Q2');
  });

  it('also stops review and deletion of a value once its period is past due', async () => {
    const f = await createMeasurementFixture();
    at('2025-04-20T09:00:00Z');
    const [cell] = (await putBatch(f, 'partner', [q1(f, 7)])).json().items;
    await settings(f, { autoLock: true, reportingDeadlineDays: 30 });
    at('2025-05-02T09:00:00Z');

    const review = await f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth('steering'), payload: { ids: [cell.id], action: 'approve' } });
    expect(review.statusCode).toBe(422);
    expect(review.json().error.details[0]).toEqual({ field: 'body.ids.0', message: 'Period 2025-Q1 is locked: its due date 2025-04-30 has passed' });
    const del = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${cell.id}?version=1`), headers: f.auth('admin') });
    expect(del.statusCode).toBe(422);
    expect((await storedMeasurements(f))[0]).toMatchObject({ status: 'submitted', version: 1 });

    // Turning auto lock off opens the period again for the reviewers.
    await settings(f, { autoLock: false });
    const approved = await f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth('steering'), payload: { ids: [cell.id], action: 'approve' } });
    expect(approved.statusCode).toBe(200);
  });
});
