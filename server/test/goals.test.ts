import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicators } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function createGoal(f: Fixture, title: string) {
  const res = await call(f, 'backbone', 'POST', '/goals', { title });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; title: string; position: number };
}

function auditOf(f: Fixture, entityType: string, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

describe('goals', () => {
  it('creates goals last in order, lists them in order and reads one', async () => {
    const f = await createFixture();
    const first = await createGoal(f, 'Every child reads by age nine');
    const res = await call(f, 'admin', 'POST', '/goals', { title: '  More young people in work ', description: 'Jobs' });
    expect(res.statusCode).toBe(201);
    const second = res.json();
    expect(second).toMatchObject({ title: 'More young people in work', description: 'Jobs', position: 1 });
    expect(first.position).toBe(0);
    expect(new Date(second.createdAt).getTime()).not.toBeNaN();

    const list = await call(f, 'partner', 'GET', '/goals');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((g: { id: string }) => g.id)).toEqual([first.id, second.id]);
    const one = await call(f, 'steering', 'GET', `/goals/${second.id}`);
    expect(one.json()).toEqual(second);

    const [entry] = await auditOf(f, 'goal', second.id);
    expect(entry).toMatchObject({ action: 'create', initiativeId: f.initiativeId, userId: f.users.admin.id, before: null });
    expect(entry.after).toMatchObject({ id: second.id, title: 'More young people in work' });
  });

  it('validates with field details', async () => {
    const f = await createFixture();
    const res = await call(f, 'backbone', 'POST', '/goals', { title: '   ', position: -1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
    expect(fields(res)).toEqual(expect.arrayContaining(['body.title', 'body.position']));
    const bad = await call(f, 'backbone', 'PATCH', `/goals/${(await createGoal(f, 'G')).id}`, { description: 42 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['body.description']);
    expect((await call(f, 'backbone', 'GET', '/goals/not-a-uuid')).statusCode).toBe(400);
  });

  it('updates a goal with an audit entry holding before and after', async () => {
    const f = await createFixture();
    const g = await createGoal(f, 'Old title');
    const res = await call(f, 'backbone', 'PATCH', `/goals/${g.id}`, { title: 'New title' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: g.id, title: 'New title', position: 0 });
    const entries = await auditOf(f, 'goal', g.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1].before).toMatchObject({ title: 'Old title' });
    expect(entries[1].after).toMatchObject({ title: 'New title' });
  });

  it('hides goals of another initiative (404)', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const foreign = await createGoal(other, 'Not yours');
    expect((await call(f, 'admin', 'GET', `/goals/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'PATCH', `/goals/${foreign.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/goals/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(other, 'admin', 'GET', `/goals/${foreign.id}`)).json().title).toBe('Not yours');
  });

  it('reorders all goals in one go and audits each move', async () => {
    const f = await createFixture();
    const [a, b, c] = [await createGoal(f, 'A'), await createGoal(f, 'B'), await createGoal(f, 'C')];
    const res = await call(f, 'backbone', 'PUT', '/goals/order', { ids: [c.id, a.id, b.id] });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((g: { title: string; position: number }) => [g.title, g.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    const listed = await call(f, 'partner', 'GET', '/goals');
    expect(listed.json().items.map((g: { id: string }) => g.id)).toEqual([c.id, a.id, b.id]);
    const moves = await auditOf(f, 'goal', c.id);
    expect(moves.at(-1)).toMatchObject({ action: 'update', before: expect.objectContaining({ position: 2 }), after: expect.objectContaining({ position: 0 }) });
  });

  it('refuses an order that is not exactly the initiative’s goals, changing nothing', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const [a, b] = [await createGoal(f, 'A'), await createGoal(f, 'B')];
    const foreign = await createGoal(other, 'X');
    for (const ids of [[b.id], [b.id, a.id, foreign.id], [b.id, a.id, a.id]]) {
      const res = await call(f, 'backbone', 'PUT', '/goals/order', { ids });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['body.ids']);
    }
    const empty = await call(f, 'backbone', 'PUT', '/goals/order', { ids: [] });
    expect(fields(empty)).toEqual(['body.ids']);
    const listed = await call(f, 'backbone', 'GET', '/goals');
    expect(listed.json().items.map((g: { id: string }) => g.id)).toEqual([a.id, b.id]);
  });

  it('deletes a goal and keeps its indicators, without a goal', async () => {
    const f = await createFixture();
    const g = await createGoal(f, 'Goal with indicators');
    const [ind] = await f.db.insert(indicators).values({ initiativeId: f.initiativeId, goalId: g.id, code: 'G1', name: 'Readers' }).returning();
    const res = await call(f, 'admin', 'DELETE', `/goals/${g.id}`);
    expect(res.statusCode).toBe(204);
    expect((await call(f, 'admin', 'GET', `/goals/${g.id}`)).statusCode).toBe(404);
    const [kept] = await f.db.select().from(indicators).where(eq(indicators.id, ind.id));
    expect(kept.goalId).toBeNull();
    const entries = await auditOf(f, 'goal', g.id);
    expect(entries.at(-1)).toMatchObject({ action: 'delete', after: null, before: expect.objectContaining({ title: 'Goal with indicators' }) });
    const [detached] = await auditOf(f, 'indicator', ind.id);
    expect(detached).toMatchObject({ action: 'update', before: { goalId: g.id }, after: { goalId: null } });
  });

  it('lets any member read, only admin and backbone write; outsiders get 404', async () => {
    const f = await createFixture();
    const g = await createGoal(f, 'G');
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'GET', '/goals')).statusCode).toBe(200);
      expect((await call(f, role, 'POST', '/goals', { title: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/goals/${g.id}`, { title: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PUT', '/goals/order', { ids: [g.id] })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/goals/${g.id}`)).statusCode).toBe(403);
    }
    expect((await call(f, 'outsider', 'GET', '/goals')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'POST', '/goals', { title: 'x' })).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/goals/${g.id}`)).statusCode).toBe(404);
    const unchanged = await call(f, 'admin', 'GET', `/goals/${g.id}`);
    expect(unchanged.json().title).toBe('G');
  });
});
