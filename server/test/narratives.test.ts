import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];

function call(f: Fixture, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

async function setup() {
  const f = await createFixture();
  const quarterly = (await call(f, 'backbone', 'POST', '/indicators', { code: 'N1', name: 'Young people in work' })).json();
  const monthly = (await call(f, 'backbone', 'POST', '/indicators', { code: 'N2', name: 'Visitors', frequency: 'month' })).json();
  return { f, quarterly, monthly };
}

async function write(f: Fixture, body: Record<string, unknown>, role: Role = 'backbone') {
  const res = await call(f, role, 'POST', '/narratives', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('narratives', () => {
  it('writes the story of a period with the caller as author, audited', async () => {
    const { f, quarterly } = await setup();
    const res = await call(f, 'backbone', 'POST', '/narratives', {
      indicatorId: quarterly.id,
      period: '2025-Q2',
      whatHappened: 'More summer jobs',
      why: 'The housing company hired twelve',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      indicatorId: quarterly.id,
      period: '2025-Q2',
      whatHappened: 'More summer jobs',
      why: 'The housing company hired twelve',
      nextSteps: '',
      authorId: f.users.backbone.id,
      authorName: 'backbone user',
    });
    expect((await call(f, 'partner', 'GET', `/narratives/${created.id}`)).json()).toEqual(created);
    const entries = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'narrative'), eq(auditLog.entityId, created.id)));
    expect(entries).toEqual([expect.objectContaining({ action: 'create', userId: f.users.backbone.id, after: expect.objectContaining({ period: '2025-Q2' }) })]);
  });

  it('validates with field details', async () => {
    const { f, quarterly } = await setup();
    const res = await call(f, 'backbone', 'POST', '/narratives', { period: '2025-Q7', why: 3 });
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['body.indicatorId', 'body.period', 'body.why']);
    // A month of a quarterly indicator has no figures of its own.
    const finer = await call(f, 'backbone', 'POST', '/narratives', { indicatorId: quarterly.id, period: '2025-05' });
    expect(finer.statusCode).toBe(400);
    expect(fields(finer)).toEqual(['body.period']);
    const bad = await call(f, 'steering', 'GET', '/narratives?from=last-year');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['querystring.from']);
  });

  it('allows one narrative per indicator and period (409), and a coarser period', async () => {
    const { f, quarterly, monthly } = await setup();
    await write(f, { indicatorId: quarterly.id, period: '2025-Q1' });
    const dup = await call(f, 'admin', 'POST', '/narratives', { indicatorId: quarterly.id, period: '2025-Q1' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('2025-Q1');
    await write(f, { indicatorId: monthly.id, period: '2025-Q1' });
    await write(f, { indicatorId: quarterly.id, period: '2025' });
  });

  it('refuses indicators of another initiative (422)', async () => {
    const { f } = await setup();
    const other = await setup();
    const res = await call(f, 'backbone', 'POST', '/narratives', { indicatorId: other.quarterly.id, period: '2025-Q1' });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['body.indicatorId']);
    const foreign = await write(other.f, { indicatorId: other.quarterly.id, period: '2025-Q1' });
    expect((await call(f, 'admin', 'GET', `/narratives/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'PATCH', `/narratives/${foreign.id}`, { why: 'x' })).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/narratives/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'GET', '/narratives')).json().items).toEqual([]);
  });

  it('filters by indicator, period and range, newest first', async () => {
    const { f, quarterly, monthly } = await setup();
    await write(f, { indicatorId: quarterly.id, period: '2024-Q4', whatHappened: 'q4' });
    await write(f, { indicatorId: quarterly.id, period: '2025-Q1', whatHappened: 'q1' });
    await write(f, { indicatorId: quarterly.id, period: '2025-Q3', whatHappened: 'q3' });
    await write(f, { indicatorId: monthly.id, period: '2025-02', whatHappened: 'feb' });
    const stories = async (query: string) => {
      const res = await call(f, 'partner', 'GET', `/narratives${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().items.map((n: { whatHappened: string }) => n.whatHappened);
    };
    expect(await stories('')).toEqual(['q3', 'feb', 'q1', 'q4']);
    expect(await stories(`?indicatorId=${quarterly.id}`)).toEqual(['q3', 'q1', 'q4']);
    expect(await stories('?period=2025-Q1')).toEqual(['q1']);
    expect(await stories('?from=2025-Q1&to=2025-Q2')).toEqual(['feb', 'q1']);
    expect(await stories(`?from=2025-02&indicatorId=${monthly.id}`)).toEqual(['feb']);
    expect(await stories('?to=2024')).toEqual(['q4']);
  });

  it('updates the text and makes the editor the author; a new period must be free', async () => {
    const { f, quarterly } = await setup();
    const first = await write(f, { indicatorId: quarterly.id, period: '2025-Q1', whatHappened: 'Draft' });
    await write(f, { indicatorId: quarterly.id, period: '2025-Q2' });
    const res = await call(f, 'admin', 'PATCH', `/narratives/${first.id}`, { whatHappened: 'Final', nextSteps: 'Follow up' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ whatHappened: 'Final', nextSteps: 'Follow up', authorId: f.users.admin.id, authorName: 'admin user' });
    const taken = await call(f, 'admin', 'PATCH', `/narratives/${first.id}`, { period: '2025-Q2' });
    expect(taken.statusCode).toBe(409);
    const finer = await call(f, 'admin', 'PATCH', `/narratives/${first.id}`, { period: '2025-06' });
    expect(fields(finer)).toEqual(['body.period']);
    const moved = await call(f, 'admin', 'PATCH', `/narratives/${first.id}`, { period: '2025-Q3' });
    expect(moved.json().period).toBe('2025-Q3');
    expect((await call(f, 'admin', 'GET', '/narratives?period=2025-Q3')).json().items).toHaveLength(1);

    const entries = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'narrative'), eq(auditLog.entityId, first.id)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[1]).toMatchObject({
      userId: f.users.admin.id,
      before: expect.objectContaining({ whatHappened: 'Draft' }),
      after: expect.objectContaining({ whatHappened: 'Final' }),
    });
  });

  it('deletes a narrative, audited', async () => {
    const { f, quarterly } = await setup();
    const n = await write(f, { indicatorId: quarterly.id, period: '2025-Q1' });
    expect((await call(f, 'backbone', 'DELETE', `/narratives/${n.id}`)).statusCode).toBe(204);
    expect((await call(f, 'backbone', 'GET', `/narratives/${n.id}`)).statusCode).toBe(404);
    const [entry] = await f.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'narrative'), eq(auditLog.action, 'delete'), eq(auditLog.entityId, n.id)));
    expect(entry).toMatchObject({ userId: f.users.backbone.id, before: expect.objectContaining({ period: '2025-Q1' }), after: null });
  });

  it('lets any member read, only admin and backbone write; outsiders get 404', async () => {
    const { f, quarterly } = await setup();
    const n = await write(f, { indicatorId: quarterly.id, period: '2025-Q1' }, 'admin');
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'GET', '/narratives')).statusCode).toBe(200);
      expect((await call(f, role, 'POST', '/narratives', { indicatorId: quarterly.id, period: '2025-Q2' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/narratives/${n.id}`, { why: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/narratives/${n.id}`)).statusCode).toBe(403);
    }
    expect((await call(f, 'outsider', 'GET', '/narratives')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/narratives/${n.id}`)).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'POST', '/narratives', { indicatorId: quarterly.id, period: '2025-Q2' })).statusCode).toBe(404);
  });
});
