// A value's history is shown to those who may see the value; a partner never sees another
// organisation's drafts, returned states, return reasons or notes of states that did not count.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, type MeasurementFixture } from './measurement-fixtures.js';

type Role = Parameters<MeasurementFixture['auth']>[0];
interface Entry {
  action: string;
  userName: string | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function review(f: MeasurementFixture, role: Role, payload: Record<string, unknown>) {
  return f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth(role), payload });
}

function history(f: MeasurementFixture, role: Role, id: string) {
  return f.app.inject({ method: 'GET', url: f.url(`/measurements/${id}/history`), headers: f.auth(role) });
}

function cellHistory(f: MeasurementFixture, role: Role, query: Record<string, string>) {
  return f.app.inject({ method: 'GET', url: f.url(`/measurements/history?${new URLSearchParams(query)}`), headers: f.auth(role) });
}

/**
 * With approval required: a value of `actorId` entered with a note, returned with a reason,
 * corrected with another note, approved, then corrected again (back to submitted) and approved.
 */
async function story(f: MeasurementFixture, actorId: string, writer: Role) {
  await f.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, f.initiativeId));
  const cell = { indicatorId: f.count, actorId, period: '2025-Q1' };
  const created = (await putBatch(f, writer, [{ ...cell, value: 10, note: 'first guess' }])).json().items[0];
  await review(f, 'backbone', { ids: [created.id], action: 'return', reason: 'Counted twice?' });
  await putBatch(f, writer, [{ ...cell, value: 8, note: 'deduplicated', version: 2 }]);
  await review(f, 'steering', { ids: [created.id], action: 'approve' });
  await putBatch(f, writer, [{ ...cell, value: 9, note: 'one more found', version: 4, reason: 'Late registration' }]);
  await review(f, 'steering', { ids: [created.id], action: 'approve' });
  return created.id as string;
}

describe("a value's history for a partner", () => {
  it("shows only the counted states of another organisation's value, without reasons or notes of the others", async () => {
    const f = await createMeasurementFixture();
    const id = await story(f, f.actorIds[1], 'backbone');
    const res = await history(f, 'partner', id);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Entry[];
    // Newest first: the second approval (9) and the first approval (8); nothing else counted.
    expect(items.map((e) => [e.action, e.before?.value ?? null, e.after?.value ?? null, e.after?.status])).toEqual([
      ['update', 8, 9, 'approved'],
      ['update', null, 8, 'approved'],
    ]);
    expect(items[0].before).toMatchObject({ status: 'approved', note: 'deduplicated' });
    const text = JSON.stringify(items);
    for (const hidden of ['Counted twice?', 'first guess', 'returned', 'draft', 'Late registration']) expect(text).not.toContain(hidden);
    // The reason of a correction belongs to the state that did not count (submitted, awaiting approval).
    expect(items.every((e) => e.reason === null)).toBe(true);
  });

  it('shows everything of its own organisation’s value, return reasons included', async () => {
    const f = await createMeasurementFixture();
    const id = await story(f, f.actorIds[0], 'partner');
    const items = (await history(f, 'partner', id)).json().items as Entry[];
    expect(items.map((e) => [e.action, e.after?.status, e.reason])).toEqual([
      ['update', 'approved', null],
      ['update', 'submitted', 'Late registration'],
      ['update', 'approved', null],
      ['update', 'submitted', null],
      ['update', 'returned', 'Counted twice?'],
      ['create', 'submitted', null],
    ]);
    expect(items[5].after).toMatchObject({ value: 10, note: 'first guess' });
  });

  it('shows the backbone and the steering group every entry of any value', async () => {
    const f = await createMeasurementFixture();
    const id = await story(f, f.actorIds[1], 'backbone');
    for (const role of ['backbone', 'steering', 'admin'] as const) {
      const items = (await history(f, role, id)).json().items as Entry[];
      expect(items).toHaveLength(6);
      expect(items[4]).toMatchObject({ reason: 'Counted twice?', after: { status: 'returned' } });
    }
  });

  it('answers 404 for a value the partner cannot see, and for an outsider', async () => {
    const f = await createMeasurementFixture();
    await f.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, f.initiativeId));
    const cell = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q2' };
    const [pending] = (await putBatch(f, 'backbone', [{ ...cell, value: 4 }])).json().items;
    expect((await history(f, 'partner', pending.id)).statusCode).toBe(404);
    expect((await history(f, 'backbone', pending.id)).statusCode).toBe(200);
    await review(f, 'backbone', { ids: [pending.id], action: 'return', reason: 'Which school year?' });
    const returned = await history(f, 'partner', pending.id);
    expect(returned.statusCode).toBe(404);
    expect(returned.body).not.toContain('Which school year?');
    expect((await history(f, 'outsider', pending.id)).statusCode).toBe(404);
    expect((await cellHistory(f, 'partner', cell)).json().items).toEqual([]);
  });

  it('without approval, submitted states count: the partner sees them, but not a return', async () => {
    const f = await createMeasurementFixture();
    const cell = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q1' };
    const [created] = (await putBatch(f, 'backbone', [{ ...cell, value: 3, note: 'from the register' }])).json().items;
    await review(f, 'backbone', { ids: [created.id], action: 'return', reason: 'Too low' });
    await putBatch(f, 'backbone', [{ ...cell, value: 5, note: 'recounted', version: 2 }]);
    const items = (await history(f, 'partner', created.id)).json().items as Entry[];
    expect(items.map((e) => [e.action, e.before?.value ?? null, e.after?.value ?? null])).toEqual([
      ['update', 3, 5],
      ['create', null, 3],
    ]);
    expect(JSON.stringify(items)).not.toContain('Too low');
  });

  it('the general audit log is not open to partners', async () => {
    const f = await createMeasurementFixture();
    await story(f, f.actorIds[1], 'backbone');
    const res = await f.app.inject({ method: 'GET', url: f.url('/audit?entityType=measurement'), headers: f.auth('partner') });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Counted twice?');
  });
});

describe('the history of a cell', () => {
  it('tells a deleted and re-entered value’s whole story, newest first', async () => {
    const f = await createMeasurementFixture();
    const cell = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q3' };
    const [first] = (await putBatch(f, 'backbone', [{ ...cell, value: 1 }])).json().items;
    const del = await f.app.inject({ method: 'DELETE', url: f.url(`/measurements/${first.id}?version=1`), headers: f.auth('backbone') });
    expect(del.statusCode).toBe(204);
    const [second] = (await putBatch(f, 'backbone', [{ ...cell, value: 2 }])).json().items;
    expect(second.id).not.toBe(first.id);
    // Another cell's entries stay out.
    await putBatch(f, 'backbone', [{ ...cell, period: '2025-Q4', value: 7 }]);

    for (const role of ['backbone', 'partner'] as const) {
      const res = await cellHistory(f, role, cell);
      expect(res.statusCode).toBe(200);
      const items = res.json().items as (Entry & { entityId: string })[];
      expect(items.map((e) => [e.action, e.entityId, e.before?.value ?? null, e.after?.value ?? null])).toEqual([
        ['create', second.id, null, 2],
        ['delete', first.id, 1, null],
        ['create', first.id, null, 1],
      ]);
    }
  });

  it('validates its query and hides other initiatives', async () => {
    const f = await createMeasurementFixture();
    const bad = await cellHistory(f, 'backbone', { indicatorId: f.count, period: 'next year' });
    expect(bad.statusCode).toBe(400);
    const population = await cellHistory(f, 'backbone', { indicatorId: f.population, actorId: 'none', period: '2025' });
    expect(population.statusCode).toBe(200);
    const other = await createMeasurementFixture();
    const foreign = await cellHistory(other, 'admin', { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q1' });
    expect(foreign.statusCode).toBe(404);
  });
});
