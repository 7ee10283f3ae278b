import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, auditLog, goals, indicators, workingGroups } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function call(f: Fixture, role: Role, method: Method, path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

/** Goals, indicators and a working group of the fixture's initiative, written directly. */
async function seedReferences(f: Fixture) {
  const goalRows = await f.db
    .insert(goals)
    .values([
      { initiativeId: f.initiativeId, title: 'Education', position: 0 },
      { initiativeId: f.initiativeId, title: 'Work', position: 1 },
    ])
    .returning();
  const indicatorRows = await f.db
    .insert(indicators)
    .values([
      { initiativeId: f.initiativeId, goalId: goalRows[0].id, code: 'E1', name: 'Pass rate' },
      { initiativeId: f.initiativeId, goalId: goalRows[1].id, code: 'W1', name: 'Jobs' },
    ])
    .returning();
  const [group] = await f.db.insert(workingGroups).values({ initiativeId: f.initiativeId, name: 'Local roots' }).returning();
  return { goalIds: goalRows.map((g) => g.id), indicatorIds: indicatorRows.map((i) => i.id), workingGroupId: group.id };
}

function auditOf(f: Fixture, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'activity'), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

describe('activities', () => {
  it('creates an activity with its links, reads it and records the write', async () => {
    const f = await createFixture();
    const refs = await seedReferences(f);
    const [a, b] = f.actorIds;
    const res = await call(f, 'backbone', 'POST', '/activities', {
      title: 'Homework café',
      description: 'Twice a week at the library',
      leadActorId: a,
      participantActorIds: [b, a, b],
      workingGroupId: refs.workingGroupId,
      goalIds: refs.goalIds,
      indicatorIds: [refs.indicatorIds[0]],
      how: 'Volunteers', when: 'Tue and Thu', who: 'Pupils in year 7-9',
      startDate: '2025-01-15',
      endDate: '2025-06-15',
      status: 'ongoing',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      title: 'Homework café',
      leadActorId: a,
      participantActorIds: [b],
      workingGroupId: refs.workingGroupId,
      goalIds: [...refs.goalIds].sort(),
      indicatorIds: [refs.indicatorIds[0]],
      how: 'Volunteers', when: 'Tue and Thu', who: 'Pupils in year 7-9',
      startDate: '2025-01-15',
      endDate: '2025-06-15',
      status: 'ongoing',
      priority: 0,
    });
    expect(new Date(created.createdAt).getTime()).not.toBeNaN();

    const minimal = await call(f, 'admin', 'POST', '/activities', { title: 'Idea' });
    expect(minimal.statusCode).toBe(201);
    expect(minimal.json()).toMatchObject({ status: 'planned', priority: 1, goalIds: [], participantActorIds: [], leadActorId: null, startDate: null });

    expect((await call(f, 'partner', 'GET', `/activities/${created.id}`)).json()).toEqual(created);
    const [entry] = await auditOf(f, created.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id, initiativeId: f.initiativeId });
    expect(entry.after).toMatchObject({ title: 'Homework café', goalIds: expect.any(Array) });
  });

  it('validates with field details, including end before start', async () => {
    const f = await createFixture();
    const bad = await call(f, 'backbone', 'POST', '/activities', { title: '', status: 'someday', goalIds: ['x'], startDate: '2025-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['body.title', 'body.status', 'body.goalIds.0', 'body.startDate']));

    const backwards = await call(f, 'backbone', 'POST', '/activities', { title: 'Backwards', startDate: '2025-06-01', endDate: '2025-05-31' });
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toEqual(['body.endDate']);

    const ok = await call(f, 'backbone', 'POST', '/activities', { title: 'Spring', startDate: '2025-03-01', endDate: '2025-05-31' });
    const id = ok.json().id;
    const patchEnd = await call(f, 'backbone', 'PATCH', `/activities/${id}`, { endDate: '2025-02-01' });
    expect(patchEnd.statusCode).toBe(400);
    expect(fields(patchEnd)).toEqual(['body.endDate']);
    const patchStart = await call(f, 'backbone', 'PATCH', `/activities/${id}`, { startDate: '2025-07-01' });
    expect(patchStart.statusCode).toBe(400);
    expect(fields(patchStart)).toEqual(['body.startDate']);
    const missing = await call(f, 'backbone', 'PATCH', `/activities/${randomUUID()}`, { title: 'x' });
    expect(missing.statusCode).toBe(404);
    expect((await call(f, 'backbone', 'GET', '/activities/not-a-uuid')).statusCode).toBe(400);
  });

  it('refuses unknown or foreign goals, indicators, actors and working groups with 422 and writes nothing', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const mine = await seedReferences(f);
    const theirs = await seedReferences(other);
    const res = await call(f, 'backbone', 'POST', '/activities', {
      title: 'Mixed',
      goalIds: [mine.goalIds[0], theirs.goalIds[0]],
      indicatorIds: [randomUUID()],
      leadActorId: other.actorIds[0],
      participantActorIds: [f.actorIds[1], other.actorIds[1]],
      workingGroupId: theirs.workingGroupId,
    });
    expect(res.statusCode).toBe(422);
    expect(fields(res).sort()).toEqual([
      'body.goalIds',
      'body.indicatorIds',
      'body.leadActorId',
      'body.participantActorIds',
      'body.workingGroupId',
    ]);
    expect(await f.db.select().from(activities).where(eq(activities.initiativeId, f.initiativeId))).toHaveLength(0);

    const created = (await call(f, 'backbone', 'POST', '/activities', { title: 'Fine', goalIds: [mine.goalIds[0]] })).json();
    const patch = await call(f, 'backbone', 'PATCH', `/activities/${created.id}`, { title: 'Renamed', goalIds: [theirs.goalIds[1]] });
    expect(patch.statusCode).toBe(422);
    expect(fields(patch)).toEqual(['body.goalIds']);
    const unchanged = (await call(f, 'backbone', 'GET', `/activities/${created.id}`)).json();
    expect(unchanged).toMatchObject({ title: 'Fine', goalIds: [mine.goalIds[0]] });
  });

  it('replaces link lists on patch, keeps the others, and never lists the lead as a participant', async () => {
    const f = await createFixture();
    const refs = await seedReferences(f);
    const [a, b] = f.actorIds;
    const created = (
      await call(f, 'backbone', 'POST', '/activities', {
        title: 'Job fair',
        participantActorIds: [a, b],
        goalIds: [refs.goalIds[0]],
        indicatorIds: refs.indicatorIds,
      })
    ).json();
    const res = await call(f, 'admin', 'PATCH', `/activities/${created.id}`, { leadActorId: a, goalIds: [refs.goalIds[1]], status: 'done' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      leadActorId: a,
      participantActorIds: [b],
      goalIds: [refs.goalIds[1]],
      indicatorIds: [...refs.indicatorIds].sort(),
      status: 'done',
    });
    const cleared = await call(f, 'admin', 'PATCH', `/activities/${created.id}`, { indicatorIds: [], leadActorId: null });
    expect(cleared.json()).toMatchObject({ indicatorIds: [], leadActorId: null, participantActorIds: [b] });
    const entries = await auditOf(f, created.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[1].before).toMatchObject({ status: 'planned', leadActorId: null });
    expect(entries[1].after).toMatchObject({ status: 'done', leadActorId: a });
  });

  it('filters by status, goal, indicator, actor, working group, dates and words', async () => {
    const f = await createFixture();
    const refs = await seedReferences(f);
    const [a, b] = f.actorIds;
    const make = async (body: Record<string, unknown>) => (await call(f, 'backbone', 'POST', '/activities', body)).json().id as string;
    const café = await make({ title: 'Homework café', leadActorId: a, goalIds: [refs.goalIds[0]], startDate: '2025-01-01', endDate: '2025-03-31', status: 'ongoing' });
    const fair = await make({ title: 'Job fair', participantActorIds: [a], indicatorIds: [refs.indicatorIds[1]], startDate: '2025-05-10', endDate: '2025-05-10', how: 'With 100% of employers' });
    const idea = await make({ title: 'Summer jobs', status: 'idea', workingGroupId: refs.workingGroupId, description: 'For pupils' });
    const open = await make({ title: 'Mentoring', leadActorId: b, startDate: '2025-04-01' });

    const ids = async (query: string) => (await call(f, 'steering', 'GET', `/activities${query}`)).json().items.map((x: { id: string }) => x.id);
    expect(await ids('')).toEqual([café, fair, idea, open]);
    expect(await ids('?status=idea')).toEqual([idea]);
    expect(await ids(`?goalId=${refs.goalIds[0]}`)).toEqual([café]);
    expect(await ids(`?indicatorId=${refs.indicatorIds[1]}`)).toEqual([fair]);
    expect(await ids(`?actorId=${a}`)).toEqual([café, fair]);
    expect(await ids(`?actorId=${b}`)).toEqual([open]);
    expect(await ids(`?workingGroupId=${refs.workingGroupId}`)).toEqual([idea]);
    expect(await ids('?from=2025-04-01&to=2025-06-30')).toEqual([fair, open]);
    expect(await ids('?to=2025-03-31')).toEqual([café]);
    expect(await ids('?from=2026-01-01')).toEqual([open]);
    expect(await ids('?q=PUPILS')).toEqual([idea]);
    expect(await ids('?q=100%25')).toEqual([fair]);
    expect(await ids('?q=_')).toEqual([]);

    const bad = await call(f, 'steering', 'GET', '/activities?status=x&from=2025-05-01&to=2025-04-01&goalId=nope');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['querystring.status', 'querystring.goalId']));
    const backwards = await call(f, 'steering', 'GET', '/activities?from=2025-05-01&to=2025-04-01');
    expect(fields(backwards)).toEqual(['querystring.to']);
  });

  it('orders by priority then start date, and PUT /activities/order sets the priorities', async () => {
    const f = await createFixture();
    const make = async (title: string, startDate?: string) =>
      (await call(f, 'backbone', 'POST', '/activities', { title, startDate: startDate ?? null, priority: 5 })).json().id as string;
    const late = await make('Late', '2025-09-01');
    const undated = await make('Undated');
    const early = await make('Early', '2025-02-01');
    const titles = async () => (await call(f, 'partner', 'GET', '/activities')).json().items.map((x: { title: string; priority: number }) => `${x.title}:${x.priority}`);
    expect(await titles()).toEqual(['Early:5', 'Late:5', 'Undated:5']);

    const res = await call(f, 'backbone', 'PUT', '/activities/order', { ids: [undated, late] });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((x: { id: string; priority: number }) => [x.id, x.priority])).toEqual([
      [undated, 0],
      [late, 1],
      [early, 2],
    ]);
    expect(await titles()).toEqual(['Undated:0', 'Late:1', 'Early:2']);
    expect((await auditOf(f, early)).at(-1)).toMatchObject({ action: 'update', before: { priority: 5 }, after: { priority: 2 } });

    const other = await createFixture();
    const foreign = (await call(other, 'backbone', 'POST', '/activities', { title: 'Theirs' })).json().id;
    const unknown = await call(f, 'backbone', 'PUT', '/activities/order', { ids: [early, foreign] });
    expect(unknown.statusCode).toBe(422);
    expect(fields(unknown)).toEqual(['body.ids']);
    const dup = await call(f, 'backbone', 'PUT', '/activities/order', { ids: [early, early] });
    expect(dup.statusCode).toBe(400);
    expect(fields(dup)).toEqual(['body.ids']);
    expect(await titles()).toEqual(['Undated:0', 'Late:1', 'Early:2']);
  });

  it('lets admin and backbone write; steering and partner get 403, outsiders 404', async () => {
    const f = await createFixture();
    const id = (await call(f, 'backbone', 'POST', '/activities', { title: 'Walk' })).json().id;
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'POST', '/activities', { title: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `/activities/${id}`, { title: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PUT', '/activities/order', { ids: [id] })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `/activities/${id}`)).statusCode).toBe(403);
      expect((await call(f, role, 'GET', `/activities/${id}`)).statusCode).toBe(200);
    }
    expect((await call(f, 'outsider', 'GET', '/activities')).statusCode).toBe(404);
    expect((await call(f, 'outsider', 'GET', `/activities/${id}`)).statusCode).toBe(404);
    const other = await createFixture();
    expect((await call(other, 'admin', 'GET', `/activities`)).json().items).toEqual([]);
    expect((await other.app.inject({ method: 'GET', url: other.url(`/activities/${id}`), headers: other.auth('admin') })).statusCode).toBe(404);

    expect((await call(f, 'admin', 'DELETE', `/activities/${id}`)).statusCode).toBe(204);
    expect((await call(f, 'admin', 'GET', `/activities/${id}`)).statusCode).toBe(404);
    expect((await call(f, 'admin', 'DELETE', `/activities/${id}`)).statusCode).toBe(404);
    expect((await auditOf(f, id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
