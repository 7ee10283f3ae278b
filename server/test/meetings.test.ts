import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicators, meetings } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function call(f: Fixture, role: Role, method: Method, path: string, payload?: unknown) {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), ...(payload === undefined ? {} : { payload: payload as object }) });
}

function fields(res: { json(): { error: { details?: { field: string }[] } } }) {
  return (res.json().error.details ?? []).map((d) => d.field);
}

function auditOf(f: Fixture, entityType: string, entityId: string) {
  return f.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

async function indicatorOf(f: Fixture, code = 'E1') {
  const [row] = await f.db.insert(indicators).values({ initiativeId: f.initiativeId, code, name: `Indicator ${code}` }).returning();
  return row.id;
}

const spring = {
  title: 'Partner meeting spring',
  kind: 'partner_meeting',
  startsAt: '2025-04-15T14:00:00Z',
  endsAt: '2025-04-15T16:30:00Z',
  place: 'Folkets hus',
};

async function createMeeting(f: Fixture, body: Record<string, unknown> = {}) {
  const res = await call(f, 'backbone', 'POST', '/meetings', { ...spring, ...body });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('meetings', () => {
  it('creates a meeting with its agenda and reads it back in full', async () => {
    const f = await createFixture();
    const indicatorId = await indicatorOf(f);
    const res = await call(f, 'backbone', 'POST', '/meetings', {
      ...spring,
      agendaItems: [
        { title: 'Introductions round', durationMinutes: 15 },
        { title: 'Pass rates', notes: 'Q1 figures', indicatorId },
      ],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      ...spring,
      startsAt: '2025-04-15T14:00:00.000Z',
      endsAt: '2025-04-15T16:30:00.000Z',
      seriesId: null,
      status: 'planned',
      minutes: '',
      attendance: [],
      decisions: [],
      actionItems: [],
    });
    expect(created.agendaItems).toEqual([
      { id: expect.any(String), position: 0, title: 'Introductions round', notes: '', durationMinutes: 15, indicatorId: null, ideaId: null },
      { id: expect.any(String), position: 1, title: 'Pass rates', notes: 'Q1 figures', durationMinutes: null, indicatorId, ideaId: null },
    ]);
    expect((await call(f, 'partner', 'GET', `/meetings/${created.id}`)).json()).toEqual(created);
    const [entry] = await auditOf(f, 'meeting', created.id);
    expect(entry).toMatchObject({ action: 'create', userId: f.users.backbone.id, after: expect.objectContaining({ title: spring.title }) });
  });

  it('validates: end before start (400), bad fields, unknown or foreign references (422)', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const backwards = await call(f, 'backbone', 'POST', '/meetings', { ...spring, endsAt: '2025-04-15T13:59:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toEqual(['body.endsAt']);
    const bad = await call(f, 'backbone', 'POST', '/meetings', { ...spring, title: ' ', kind: 'fika', startsAt: '15 April', agendaItems: [{ title: '' }] });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['body.title', 'body.kind', 'body.startsAt', 'body.agendaItems.0.title']));

    const theirIndicator = await indicatorOf(other);
    const foreign = await call(f, 'backbone', 'POST', '/meetings', {
      ...spring,
      seriesId: randomUUID(),
      agendaItems: [{ title: 'Fine' }, { title: 'Theirs', indicatorId: theirIndicator }],
    });
    expect(foreign.statusCode).toBe(422);
    expect(fields(foreign).sort()).toEqual(['body.agendaItems.1.indicatorId', 'body.seriesId']);
    expect(await f.db.select().from(meetings).where(eq(meetings.initiativeId, f.initiativeId))).toHaveLength(0);

    const created = await createMeeting(f);
    const patchEnd = await call(f, 'backbone', 'PATCH', `/meetings/${created.id}`, { endsAt: '2025-04-15T13:00:00Z' });
    expect(patchEnd.statusCode).toBe(400);
    expect(fields(patchEnd)).toEqual(['body.endsAt']);
    const patchStart = await call(f, 'backbone', 'PATCH', `/meetings/${created.id}`, { startsAt: '2025-04-15T17:00:00Z' });
    expect(fields(patchStart)).toEqual(['body.startsAt']);
    expect((await call(f, 'backbone', 'PATCH', `/meetings/${randomUUID()}`, { title: 'x' })).statusCode).toBe(404);
  });

  it('patches title, times, place, status and minutes; replaces the agenda only when given', async () => {
    const f = await createFixture();
    const created = await createMeeting(f, { agendaItems: [{ title: 'Current matters' }, { title: 'Discussion' }] });
    const res = await call(f, 'admin', 'PATCH', `/meetings/${created.id}`, {
      title: 'Partner meeting, April',
      startsAt: '2025-04-15T13:00:00Z',
      place: 'Skolan',
      status: 'held',
      minutes: '## Notes\n\n- 14 partners present',
    });
    expect(res.statusCode).toBe(200);
    const patched = res.json();
    expect(patched).toMatchObject({ title: 'Partner meeting, April', startsAt: '2025-04-15T13:00:00.000Z', endsAt: created.endsAt, place: 'Skolan', status: 'held' });
    expect(patched.agendaItems).toEqual(created.agendaItems);
    expect((await call(f, 'partner', 'GET', `/meetings/${created.id}`)).json().minutes).toBe('## Notes\n\n- 14 partners present');

    const replaced = await call(f, 'admin', 'PATCH', `/meetings/${created.id}`, { agendaItems: [{ title: 'Guest speaker', durationMinutes: 30 }] });
    expect(replaced.json().agendaItems).toEqual([
      { id: expect.any(String), position: 0, title: 'Guest speaker', notes: '', durationMinutes: 30, indicatorId: null, ideaId: null },
    ]);
    const entries = await auditOf(f, 'meeting', created.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[2].before).toMatchObject({ agendaItems: [expect.objectContaining({ title: 'Current matters' }), expect.anything()] });
  });

  it('puts an idea of the initiative on the agenda, and refuses another initiative’s idea', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const propose = async (on: Fixture) => {
      const res = await call(on, 'partner', 'POST', '/ideas', { title: 'Homework club', actorId: on.actorIds[0] });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const ideaId = await propose(f);
    const created = await createMeeting(f, { agendaItems: [{ title: 'Current matters' }, { title: 'Weigh the homework club', ideaId }] });
    expect(created.agendaItems.map((a: { title: string; ideaId: string | null }) => [a.title, a.ideaId])).toEqual([
      ['Current matters', null],
      ['Weigh the homework club', ideaId],
    ]);
    expect((await call(f, 'partner', 'GET', `/ideas/${ideaId}`)).json().meetings).toEqual([{ id: created.id, title: spring.title, startsAt: '2025-04-15T14:00:00.000Z' }]);

    const theirs = await propose(other);
    const foreign = await call(f, 'backbone', 'PATCH', `/meetings/${created.id}`, { agendaItems: [{ title: 'Theirs', ideaId: theirs }] });
    expect(foreign.statusCode).toBe(422);
    expect(fields(foreign)).toEqual(['body.agendaItems.0.ideaId']);
    expect((await call(f, 'backbone', 'POST', '/meetings', { ...spring, agendaItems: [{ title: 'Unknown', ideaId: randomUUID() }] })).statusCode).toBe(422);
    expect((await call(f, 'admin', 'GET', `/meetings/${created.id}`)).json().agendaItems).toEqual(created.agendaItems);
  });

  it('replaces attendance in one transaction: a bad item leaves the previous attendance intact', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const [a, b] = f.actorIds;
    const created = await createMeeting(f);
    const first = await call(f, 'backbone', 'PUT', `/meetings/${created.id}/attendance`, { items: [{ actorId: a, people: 3 }, { actorId: b }] });
    expect(first.statusCode).toBe(200);
    const expected = [
      { actorId: a, people: 3 },
      { actorId: b, people: 1 },
    ];
    expect(first.json().items).toEqual(expected);

    const foreign = await call(f, 'backbone', 'PUT', `/meetings/${created.id}/attendance`, { items: [{ actorId: b, people: 2 }, { actorId: other.actorIds[0], people: 1 }] });
    expect(foreign.statusCode).toBe(422);
    expect(fields(foreign)).toEqual(['body.items.1.actorId']);
    const duplicate = await call(f, 'backbone', 'PUT', `/meetings/${created.id}/attendance`, { items: [{ actorId: a }, { actorId: a }] });
    expect(duplicate.statusCode).toBe(400);
    expect(fields(duplicate)).toEqual(['body.items']);
    const negative = await call(f, 'backbone', 'PUT', `/meetings/${created.id}/attendance`, { items: [{ actorId: a, people: -1 }] });
    expect(fields(negative)).toEqual(['body.items.0.people']);
    const unknown = await call(f, 'backbone', 'PUT', `/meetings/${created.id}/attendance`, { items: [{ actorId: randomUUID() }] });
    expect(unknown.statusCode).toBe(422);
    expect((await call(f, 'steering', 'GET', `/meetings/${created.id}`)).json().attendance).toEqual(expected);

    const list = (await call(f, 'steering', 'GET', '/meetings')).json().items;
    expect(list[0]).toMatchObject({ id: created.id, attendanceCount: 2, peopleCount: 4, agendaItemCount: 0 });
    expect(list[0]).not.toHaveProperty('attendance');
    const entries = await auditOf(f, 'meeting_attendance', created.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'update', before: [], after: expected });

    const cleared = await call(f, 'admin', 'PUT', `/meetings/${created.id}/attendance`, { items: [] });
    expect(cleared.json().items).toEqual([]);
  });

  it('counts each meeting’s own agenda items, decisions and action items in the list', async () => {
    const f = await createFixture();
    const busy = await createMeeting(f, { title: 'Busy', agendaItems: [{ title: 'Round of introductions' }, { title: 'Current matters' }] });
    await createMeeting(f, { title: 'Quiet' });
    await call(f, 'backbone', 'POST', `/meetings/${busy.id}/decisions`, { text: 'Map needs in the district' });
    await call(f, 'backbone', 'POST', `/meetings/${busy.id}/action-items`, { title: 'Send the minutes' });
    const list = (await call(f, 'partner', 'GET', '/meetings')).json().items as { title: string }[];
    expect(list.find((m) => m.title === 'Busy')).toMatchObject({ agendaItemCount: 2, decisionCount: 1, actionItemCount: 1, openActionItemCount: 1 });
    expect(list.find((m) => m.title === 'Quiet')).toMatchObject({ agendaItemCount: 0, decisionCount: 0, actionItemCount: 0 });
  });

  it('records, changes and removes decisions', async () => {
    const f = await createFixture();
    const created = await createMeeting(f);
    const elsewhere = await createMeeting(f, { title: 'Another' });
    const first = await call(f, 'backbone', 'POST', `/meetings/${created.id}/decisions`, { text: 'Map needs in the district' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ position: 0, text: 'Map needs in the district' });
    const second = (await call(f, 'backbone', 'POST', `/meetings/${created.id}/decisions`, { text: 'Invite the schools' })).json();
    expect(second.position).toBe(1);
    const moved = await call(f, 'admin', 'PATCH', `/meetings/${created.id}/decisions/${second.id}`, { position: 0, text: 'Invite all schools' });
    expect(moved.statusCode).toBe(200);
    expect((await call(f, 'partner', 'GET', `/meetings/${created.id}`)).json().decisions.map((d: { text: string }) => d.text)).toEqual([
      'Invite all schools',
      'Map needs in the district',
    ]);
    expect((await call(f, 'admin', 'PATCH', `/meetings/${elsewhere.id}/decisions/${second.id}`, { text: 'x' })).statusCode).toBe(404);
    expect(fields(await call(f, 'admin', 'POST', `/meetings/${created.id}/decisions`, { text: '' }))).toEqual(['body.text']);
    const third = (await call(f, 'backbone', 'POST', `/meetings/${created.id}/decisions`, { text: 'Meet again in June', position: 1 })).json();
    expect(third.position).toBe(1);
    const decisionsOf = async () =>
      (await call(f, 'admin', 'GET', `/meetings/${created.id}`)).json().decisions.map((d: { position: number; text: string }) => `${d.position}:${d.text}`);
    expect(await decisionsOf()).toEqual(['0:Invite all schools', '1:Meet again in June', '2:Map needs in the district']);
    expect((await call(f, 'admin', 'DELETE', `/meetings/${created.id}/decisions/${second.id}`)).statusCode).toBe(204);
    expect(await decisionsOf()).toEqual(['0:Meet again in June', '1:Map needs in the district']);
    expect((await auditOf(f, 'decision', second.id)).map((e) => [e.action, (e.after ?? e.before) as { text: string }])).toEqual([
      ['create', expect.objectContaining({ text: 'Invite the schools', meetingId: created.id })],
      ['update', expect.objectContaining({ text: 'Invite all schools', position: 0 })],
      ['delete', expect.objectContaining({ text: 'Invite all schools' })],
    ]);
  });

  it('keeps action items; a partner may tick only its own actor’s item done, and nothing else', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const [mine, theirs] = f.actorIds;
    const created = await createMeeting(f);
    const add = (body: Record<string, unknown>) => call(f, 'backbone', 'POST', `/meetings/${created.id}/action-items`, body);
    const own = (await add({ title: 'Send figures', ownerActorId: mine, dueDate: '2025-05-01' })).json();
    const notOwn = (await add({ title: 'Book the hall', ownerActorId: theirs })).json();
    expect(own).toMatchObject({ title: 'Send figures', ownerActorId: mine, dueDate: '2025-05-01', done: false, doneAt: null });
    expect(fields(await add({ title: 'x', ownerActorId: other.actorIds[0] }))).toEqual(['body.ownerActorId']);
    expect(fields(await add({ title: 'x', dueDate: '2025-02-30' }))).toEqual(['body.dueDate']);

    const item = (id: string) => `/meetings/${created.id}/action-items/${id}`;
    const ticked = await call(f, 'partner', 'PATCH', item(own.id), { done: true });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json()).toMatchObject({ done: true, title: 'Send figures' });
    expect(new Date(ticked.json().doneAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await call(f, 'partner', 'PATCH', item(own.id), { done: true, title: 'Renamed' })).statusCode).toBe(403);
    expect((await call(f, 'partner', 'PATCH', item(own.id), { dueDate: '2026-01-01' })).statusCode).toBe(403);
    expect((await call(f, 'partner', 'PATCH', item(notOwn.id), { done: true })).statusCode).toBe(403);
    expect((await call(f, 'steering', 'PATCH', item(own.id), { done: false })).statusCode).toBe(403);
    expect((await call(f, 'partner', 'DELETE', item(own.id))).statusCode).toBe(403);
    expect((await call(f, 'partner', 'PATCH', item(randomUUID()), { done: true })).statusCode).toBe(404);

    const entries = await auditOf(f, 'action_item', own.id);
    expect(entries.at(-1)).toMatchObject({ action: 'update', userId: f.users.partner.id, before: expect.objectContaining({ done: false }), after: expect.objectContaining({ done: true }) });
    const reopened = await call(f, 'admin', 'PATCH', item(own.id), { done: false, title: 'Send Q1 figures', ownerActorId: null });
    expect(reopened.json()).toMatchObject({ done: false, doneAt: null, title: 'Send Q1 figures', ownerActorId: null });
    // Without an owner no partner may tick it.
    expect((await call(f, 'partner', 'PATCH', item(own.id), { done: true })).statusCode).toBe(403);
    expect((await call(f, 'backbone', 'DELETE', item(notOwn.id))).statusCode).toBe(204);
    expect((await call(f, 'backbone', 'GET', `/meetings/${created.id}`)).json().actionItems.map((a: { id: string }) => a.id)).toEqual([own.id]);
  });

  it('lists action items across meetings, open or done, by owner, with the meeting', async () => {
    const f = await createFixture();
    const other = await createFixture();
    const [a, b] = f.actorIds;
    const april = await createMeeting(f);
    const june = await createMeeting(f, { title: 'Steering group', kind: 'steering_group', startsAt: '2025-06-10T08:00:00Z', endsAt: '2025-06-10T09:00:00Z' });
    const add = async (meetingId: string, body: Record<string, unknown>) =>
      (await call(f, 'backbone', 'POST', `/meetings/${meetingId}/action-items`, body)).json().id as string;
    const late = await add(april.id, { title: 'Late', ownerActorId: a, dueDate: '2025-09-01' });
    const soon = await add(june.id, { title: 'Soon', ownerActorId: a, dueDate: '2025-06-20' });
    const undated = await add(april.id, { title: 'Undated', ownerActorId: b });
    const done = await add(june.id, { title: 'Done', ownerActorId: a, done: true });
    await call(other, 'backbone', 'POST', `/meetings/${(await call(other, 'backbone', 'POST', '/meetings', spring)).json().id}/action-items`, { title: 'Theirs' });

    const list = async (query = '') => (await call(f, 'partner', 'GET', `/action-items${query}`)).json().items;
    const all = await list();
    expect(all.map((x: { id: string }) => x.id)).toEqual([soon, late, undated, done]);
    expect(all[0]).toMatchObject({ title: 'Soon', meetingId: june.id, meetingTitle: 'Steering group', meetingStartsAt: '2025-06-10T08:00:00.000Z' });
    expect((await list('?open=true')).map((x: { id: string }) => x.id)).toEqual([soon, late, undated]);
    expect((await list('?open=false')).map((x: { id: string }) => x.id)).toEqual([done]);
    expect((await list(`?open=true&ownerActorId=${a}`)).map((x: { id: string }) => x.id)).toEqual([soon, late]);
    const bad = await call(f, 'partner', 'GET', '/action-items?open=maybe&ownerActorId=x');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['querystring.open', 'querystring.ownerActorId']));
    expect((await call(f, 'outsider', 'GET', '/action-items')).statusCode).toBe(404);
  });

  it('filters the meeting list by time, series, kind and upcoming', async () => {
    const f = await createFixture();
    const series = (
      await call(f, 'backbone', 'POST', '/meeting-series', { name: 'Steering', kind: 'steering_group', rrule: 'FREQ=MONTHLY', startsAt: '2099-01-10T08:00:00Z', timezone: 'UTC' })
    ).json();
    const past = await createMeeting(f);
    const summer = await createMeeting(f, { title: 'Workshop', kind: 'workshop', startsAt: '2025-06-10T08:00:00Z', endsAt: '2025-06-11T15:00:00Z' });
    const future = (await call(f, 'backbone', 'POST', `/meeting-series/${series.id}/meetings`, {})).json();
    const ids = async (query: string) => (await call(f, 'steering', 'GET', `/meetings${query}`)).json().items.map((m: { id: string }) => m.id);
    expect(await ids('')).toEqual([past.id, summer.id, future.id]);
    expect(await ids('?from=2025-06-11T00:00:00Z&to=2025-12-31T00:00:00Z')).toEqual([summer.id]);
    expect(await ids('?to=2025-06-10T08:00:00Z')).toEqual([past.id]);
    expect(await ids(`?seriesId=${series.id}`)).toEqual([future.id]);
    expect(await ids('?kind=workshop')).toEqual([summer.id]);
    expect(await ids('?upcoming=true')).toEqual([future.id]);
    expect(await ids('?upcoming=false&limit=1')).toEqual([past.id]);
    const bad = await call(f, 'steering', 'GET', '/meetings?from=2025-13-01&kind=fika&upcoming=soon');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(expect.arrayContaining(['querystring.from', 'querystring.kind', 'querystring.upcoming']));
  });

  it('lets admin and backbone write; steering and partner get 403, outsiders 404; delete removes everything', async () => {
    const f = await createFixture();
    const created = await createMeeting(f);
    const decision = (await call(f, 'backbone', 'POST', `/meetings/${created.id}/decisions`, { text: 'Yes' })).json();
    const m = `/meetings/${created.id}`;
    for (const role of ['steering', 'partner'] as const) {
      expect((await call(f, role, 'POST', '/meetings', spring)).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', m, { minutes: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', m)).statusCode).toBe(403);
      expect((await call(f, role, 'PUT', `${m}/attendance`, { items: [] })).statusCode).toBe(403);
      expect((await call(f, role, 'POST', `${m}/decisions`, { text: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'PATCH', `${m}/decisions/${decision.id}`, { text: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'DELETE', `${m}/decisions/${decision.id}`)).statusCode).toBe(403);
      expect((await call(f, role, 'POST', `${m}/action-items`, { title: 'x' })).statusCode).toBe(403);
      expect((await call(f, role, 'GET', m)).statusCode).toBe(200);
    }
    for (const path of ['/meetings', m, '/action-items']) expect((await call(f, 'outsider', 'GET', path)).statusCode).toBe(404);
    const other = await createFixture();
    expect((await call(other, 'admin', 'GET', m)).statusCode).toBe(404);
    expect((await call(other, 'admin', 'PUT', `${m}/attendance`, { items: [] })).statusCode).toBe(404);
    expect((await call(other, 'admin', 'POST', `${m}/decisions`, { text: 'x' })).statusCode).toBe(404);

    expect((await call(f, 'admin', 'DELETE', m)).statusCode).toBe(204);
    expect((await call(f, 'admin', 'GET', m)).statusCode).toBe(404);
    expect((await auditOf(f, 'meeting', created.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
