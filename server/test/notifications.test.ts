import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionItems, actors, auditLog, indicatorReporters, indicators, measurements, meetings, memberships, membershipActors, notifications, users } from '../src/db/schema/index.js';
import { notify } from '../src/modules/notifications/notifications.repository.js';
import { runSweeps } from '../src/modules/notifications/notifications.sweeps.js';
import { buildApp } from '../src/app.js';
import { createFixture, testApp, type Fixture } from './helpers.js';
import { createMeasurementFixture, putBatch } from './measurement-fixtures.js';

type Who = Parameters<Fixture['auth']>[0];

const list = (f: Fixture, who: Who, query = '') => f.app.inject({ method: 'GET', url: `/api/v1/me/notifications${query}`, headers: f.auth(who) });
const markRead = (f: Fixture, who: Who, payload: unknown) =>
  f.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read', headers: f.auth(who), payload: payload as object });
const remind = (f: Fixture, who: Who, payload: unknown) => f.app.inject({ method: 'POST', url: f.url('/reminders'), headers: f.auth(who), payload: payload as object });

/** Notifications of one user in this fixture's initiative, straight from the database. */
async function stored(f: Fixture, userId: string) {
  return f.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.initiativeId, f.initiativeId)));
}

/** Links a new user (a second person at an organisation) to an actor as a partner. */
async function linkUser(f: Fixture, actorId: string, name: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [u] = await f.db
    .insert(users)
    .values({ email: `${name.replace(/\W/g, '').toLowerCase()}-${actorId.slice(0, 8)}@test.example`, name, passwordHash: 'x', ...extra })
    .returning();
  const [m] = await f.db.insert(memberships).values({ initiativeId: f.initiativeId, userId: u.id, role: 'partner' }).returning();
  await f.db.insert(membershipActors).values({ membershipId: m.id, actorId });
  return u;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('GET /me/notifications and POST /me/notifications/read', () => {
  it('lists only the caller’s own notifications of initiatives they belong to, newest first, and marks only their own read', async () => {
    const f = await createFixture('Bell');
    const other = await createFixture('Elsewhere');
    const entry = (userId: string, initiativeId: string | null, title: string) => ({
      userId,
      initiativeId,
      kind: 'action_item_assigned' as const,
      params: { title, actorName: 'Actor A', dueDate: null, meetingTitle: 'M' },
      link: `/i/${f.initiativeId}/meetings`,
    });
    await notify(f.db, [entry(f.users.partner.id, f.initiativeId, 'first')]);
    await notify(f.db, [entry(f.users.partner.id, f.initiativeId, 'second')]);
    await notify(f.db, [entry(f.users.partner.id, other.initiativeId, 'not a member there')]);
    await notify(f.db, [entry(f.users.steering.id, f.initiativeId, 'steering’s')]);

    const res = await list(f, 'partner');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['second', 'first']);
    expect(body).toMatchObject({ total: 2, unread: 2, limit: 20, offset: 0 });
    expect(body.items[0]).toMatchObject({ kind: 'action_item_assigned', initiativeId: f.initiativeId, initiativeName: expect.stringContaining('Bell'), readAt: null });

    const paged = (await list(f, 'partner', '?limit=1&offset=1')).json();
    expect(paged.items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['first']);
    expect(paged.total).toBe(2);

    // The partner cannot mark the steering user's notification read: it is simply not theirs.
    const steeringId = (await list(f, 'steering')).json().items[0].id;
    const foreign = await markRead(f, 'partner', { ids: [steeringId] });
    expect(foreign.json()).toEqual({ marked: 0, unread: 2 });
    expect((await list(f, 'steering')).json().unread).toBe(1);

    const one = await markRead(f, 'partner', { ids: [body.items[1].id] });
    expect(one.json()).toEqual({ marked: 1, unread: 1 });
    expect((await list(f, 'partner', '?unread=true')).json().items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['second']);
    expect((await markRead(f, 'partner', { all: true })).json()).toEqual({ marked: 1, unread: 0 });
    expect((await list(f, 'steering')).json().unread).toBe(1);
  });

  it('needs a signed-in user and a well-formed body', async () => {
    const f = await createFixture('Bell auth');
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/me/notifications' })).statusCode).toBe(401);
    expect((await markRead(f, 'partner', { ids: [] })).statusCode).toBe(400);
    expect((await markRead(f, 'partner', { all: false })).statusCode).toBe(400);
    expect((await list(f, 'partner', '?limit=1000')).statusCode).toBe(400);
  });

  it('keeps the e-mail preference with the user through PATCH /me', async () => {
    const f = await createFixture('Preference');
    const me = await f.app.inject({ method: 'GET', url: '/api/v1/me', headers: f.auth('partner') });
    expect(me.json().user.emailPreference).toBe('digest');
    const off = await f.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: f.auth('partner'), payload: { emailPreference: 'off' } });
    expect(off.json().user.emailPreference).toBe('off');
    const [row] = await f.db.select().from(users).where(eq(users.id, f.users.partner.id));
    expect(row.emailPreference).toBe('off');
    expect((await f.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: f.auth('partner'), payload: { emailPreference: 'weekly' } })).statusCode).toBe(400);
  });
});

describe('values sent back', () => {
  it('notifies the users of each value’s organisation and who entered it, once per review, with the reason', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    await putBatch(f, 'partner', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10 }]);
    await putBatch(f, 'admin', [{ indicatorId: f.count, actorId: b, period: '2025-Q1', value: 20 }]);
    await putBatch(f, 'partner', [{ indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 1, denominator: 4 }]);
    const rows = await f.db.select().from(measurements).where(eq(measurements.initiativeId, f.initiativeId));
    const res = await f.app.inject({
      method: 'POST',
      url: f.url('/measurements/review'),
      headers: f.auth('backbone'),
      payload: { ids: rows.map((r) => r.id), action: 'return', reason: 'Counted twice?' },
    });
    expect(res.statusCode).toBe(200);

    const partner = await stored(f, f.users.partner.id);
    expect(partner).toHaveLength(1);
    expect(partner[0]).toMatchObject({ kind: 'value_returned', link: `/i/${f.initiativeId}/entry?period=2025-Q1` });
    expect(partner[0].params).toEqual({
      reason: 'Counted twice?',
      values: expect.arrayContaining([
        expect.objectContaining({ indicatorName: 'Young people in work', actorName: 'Actor A', period: '2025-Q1' }),
        expect.objectContaining({ indicatorName: 'Share passing grade 9', actorName: 'Actor A', period: '2025-Q1' }),
      ]),
    });
    expect((partner[0].params as { values: unknown[] }).values).toHaveLength(2);
    // The admin entered Actor B's value (nobody is linked to B).
    const admin = await stored(f, f.users.admin.id);
    expect(admin.map((n) => (n.params as { values: { actorName: string }[] }).values.map((v) => v.actorName))).toEqual([['Actor B']]);
    expect(admin[0].link).toBe(`/i/${f.initiativeId}/entry?period=2025-Q1&indicator=${f.count}`);
    // Nobody is told about what they did themselves.
    expect(await stored(f, f.users.backbone.id)).toEqual([]);

    // Approving notifies nobody; another return is another notification.
    const value = rows.find((r) => r.actorId === a && r.indicatorId === f.count)!;
    const review = (action: string, reason?: string) =>
      f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth('steering'), payload: { ids: [value.id], action, reason } });
    expect((await review('approve')).statusCode).toBe(200);
    expect(await stored(f, f.users.partner.id)).toHaveLength(1);
    expect((await review('return', 'Wrong quarter')).statusCode).toBe(200);
    const after = await stored(f, f.users.partner.id);
    expect(after.map((n) => (n.params as { reason: string }).reason).sort()).toEqual(['Counted twice?', 'Wrong quarter']);
  });
});

describe('action items', () => {
  it('notifies the owner organisation’s users when an item is given to it, and again when the owner changes to it', async () => {
    const f = await createFixture('Actions');
    const [a, b] = f.actorIds;
    const [meeting] = await f.db
      .insert(meetings)
      .values({ initiativeId: f.initiativeId, title: 'Partner meeting', kind: 'partner_meeting', startsAt: new Date('2025-03-01T17:00:00Z'), endsAt: new Date('2025-03-01T19:00:00Z') })
      .returning();
    const created = await f.app.inject({
      method: 'POST',
      url: f.url(`/meetings/${meeting.id}/action-items`),
      headers: f.auth('backbone'),
      payload: { title: 'Book the hall', ownerActorId: a, dueDate: '2025-04-01' },
    });
    expect(created.statusCode).toBe(201);
    const first = await stored(f, f.users.partner.id);
    expect(first).toEqual([
      expect.objectContaining({
        kind: 'action_item_assigned',
        link: `/i/${f.initiativeId}/meetings/${meeting.id}`,
        params: expect.objectContaining({ title: 'Book the hall', actorName: 'Actor A', dueDate: '2025-04-01', meetingTitle: 'Partner meeting' }),
      }),
    ]);
    const itemUrl = f.url(`/meetings/${meeting.id}/action-items/${created.json().id}`);
    await f.app.inject({ method: 'PATCH', url: itemUrl, headers: f.auth('backbone'), payload: { title: 'Book the big hall' } });
    expect(await stored(f, f.users.partner.id)).toHaveLength(1);
    await f.app.inject({ method: 'PATCH', url: itemUrl, headers: f.auth('backbone'), payload: { ownerActorId: b } });
    await f.app.inject({ method: 'PATCH', url: itemUrl, headers: f.auth('backbone'), payload: { ownerActorId: a } });
    expect(await stored(f, f.users.partner.id)).toHaveLength(2);
  });
});

describe('the due-date sweeps', () => {
  async function sweepFixture() {
    const f = await createFixture('Sweep');
    const [a, b] = f.actorIds;
    const since = { reportingFrom: '2015-01-01', frequency: 'quarter' };
    const rows = await f.db
      .insert(indicators)
      .values([
        { initiativeId: f.initiativeId, code: 'Q1', name: 'Homework hours', position: 1, ...since },
        { initiativeId: f.initiativeId, code: 'Q2', name: 'Pupils passing', position: 2, ...since },
        { initiativeId: f.initiativeId, code: 'Q3', name: 'Already in', position: 3, ...since },
        { initiativeId: f.initiativeId, code: 'Q4', name: 'Only for B', position: 4, reportersChosen: true, ...since },
      ])
      .returning();
    const byCode = new Map(rows.map((r) => [r.code, r.id]));
    await f.db.insert(indicatorReporters).values({ indicatorId: byCode.get('Q4')!, actorId: b });
    await putBatch(f, 'partner', [{ indicatorId: byCode.get('Q3')!, actorId: a, period: '2025-Q1', value: 4 }]);
    return { f, a, b, byCode };
  }

  it('warns each expected reporter’s users a week before the due date, once, listing only what is missing', async () => {
    const { f, a } = await sweepFixture();
    vi.useFakeTimers({ toFake: ['Date'] });
    // Q1 2025 is due 30 April (30 reporting days); on 20 April that is more than a week away.
    vi.setSystemTime(new Date('2025-04-20T08:00:00Z'));
    await runSweeps(f.db);
    expect(await stored(f, f.users.partner.id)).toEqual([]);

    vi.setSystemTime(new Date('2025-04-24T08:00:00Z'));
    await runSweeps(f.db);
    const made = await stored(f, f.users.partner.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ kind: 'value_missing', link: `/i/${f.initiativeId}/entry?period=2025-Q1`, dedupeKey: `value_missing:${a}:2025-Q1` });
    expect(made[0].params).toMatchObject({ actorName: 'Actor A', period: '2025-Q1', dueDate: '2025-04-30', late: false });
    // Not the value already reported, not the indicator only Actor B is expected to report.
    expect((made[0].params as { indicators: { name: string }[] }).indicators.map((i) => i.name)).toEqual(['Homework hours', 'Pupils passing']);

    const listed = await list(f, 'partner');
    expect(listed.json()).toMatchObject({ unread: 1, items: [{ kind: 'value_missing' }] });

    // A second run (or another server's) adds nothing.
    await runSweeps(f.db);
    vi.setSystemTime(new Date('2025-05-03T08:00:00Z'));
    await runSweeps(f.db);
    expect(await stored(f, f.users.partner.id)).toHaveLength(1);
  });

  it('runs from the scheduler when the app is built with one, and stops when the app closes', async () => {
    const { f } = await sweepFixture();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-04-24T08:00:00Z'));
    const { database } = await testApp();
    const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', scheduler: { digestHour: 7, firstRunDelayMs: 1, intervalMs: 60_000 } });
    await app.ready();
    await vi.waitFor(async () => expect(await stored(f, f.users.partner.id)).toHaveLength(1), { timeout: 10_000, interval: 100 });
    await app.close();
  });

  it('tells about values just overdue too, and about overdue action items once', async () => {
    const { f, a } = await sweepFixture();
    const [meeting] = await f.db
      .insert(meetings)
      .values({ initiativeId: f.initiativeId, title: 'Steering', kind: 'steering_group', startsAt: new Date('2025-03-01T17:00:00Z'), endsAt: new Date('2025-03-01T19:00:00Z') })
      .returning();
    await f.db.insert(actionItems).values([
      { meetingId: meeting.id, title: 'Send the invitation', ownerActorId: a, dueDate: '2025-04-28' },
      { meetingId: meeting.id, title: 'Done already', ownerActorId: a, dueDate: '2025-04-28', done: true },
      { meetingId: meeting.id, title: 'Not yet due', ownerActorId: a, dueDate: '2025-05-28' },
    ]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-05-02T08:00:00Z'));
    await runSweeps(f.db);
    await runSweeps(f.db);
    const made = await stored(f, f.users.partner.id);
    expect(made.map((n) => n.kind).sort()).toEqual(['action_item_overdue', 'value_missing']);
    expect(made.find((n) => n.kind === 'value_missing')!.params).toMatchObject({ late: true });
    expect(made.find((n) => n.kind === 'action_item_overdue')!.params).toMatchObject({ title: 'Send the invitation', dueDate: '2025-04-28' });
  });
});

describe('POST /initiatives/:id/reminders', () => {
  async function reminderFixture() {
    const f = await createFixture('Reminders');
    await f.db.insert(indicators).values([
      { initiativeId: f.initiativeId, code: 'H1', name: 'Homework hours', frequency: 'quarter', reportingFrom: '2015-01-01', position: 1 },
      { initiativeId: f.initiativeId, code: 'H2', name: 'Pupils passing', frequency: 'quarter', reportingFrom: '2015-01-01', position: 2 },
    ]);
    return f;
  }

  it('is for the backbone and the admin only', async () => {
    const f = await reminderFixture();
    expect((await remind(f, 'partner', { period: '2025-Q1' })).statusCode).toBe(403);
    expect((await remind(f, 'steering', { period: '2025-Q1' })).statusCode).toBe(403);
    expect((await remind(f, 'outsider', { period: '2025-Q1' })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/reminders?period=2025-Q1'), headers: f.auth('steering') })).statusCode).toBe(403);
    expect((await remind(f, 'backbone', { period: 'spring' })).statusCode).toBe(400);
  });

  it('reminds one organisation of what it is missing, refuses a second reminder within the hour, and audits it', async () => {
    const f = await reminderFixture();
    const [a, b] = f.actorIds;
    await putBatch(f, 'partner', [{ indicatorId: (await f.db.select().from(indicators).where(and(eq(indicators.initiativeId, f.initiativeId), eq(indicators.code, 'H2'))))[0].id, actorId: a, period: '2025-Q1', value: 3 }]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-05-10T09:00:00Z'));

    const res = await remind(f, 'backbone', { period: '2025-Q1', actorIds: [a] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      period: '2025-Q1',
      reminded: [{ actorId: a, actorName: 'Actor A', indicatorCount: 1, users: [{ id: f.users.partner.id, name: 'partner user', emailed: false }] }],
      withoutUsers: [],
      skipped: [],
    });
    const [n] = await stored(f, f.users.partner.id);
    expect(n).toMatchObject({ kind: 'reminder', link: `/i/${f.initiativeId}/entry?period=2025-Q1` });
    expect(n.params).toMatchObject({ actorId: a, period: '2025-Q1', dueDate: '2025-04-30', senderName: 'backbone user', indicators: [{ code: 'H1', name: 'Homework hours' }] });
    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityType, 'reminder')));
    expect(audit).toEqual([expect.objectContaining({ userId: f.users.backbone.id, entityId: a, after: expect.objectContaining({ period: '2025-Q1', userIds: [f.users.partner.id] }) })]);

    vi.setSystemTime(new Date('2025-05-10T09:40:00Z'));
    const again = await remind(f, 'admin', { period: '2025-Q1', actorIds: [a] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/Actor A/);
    expect(again.json().error.message).toMatch(/last hour/);

    // The status screen learns when each organisation was reminded and who has nobody to remind.
    const status = await f.app.inject({ method: 'GET', url: f.url('/reminders?period=2025-Q1'), headers: f.auth('backbone') });
    expect(status.json().actors).toEqual(
      expect.arrayContaining([
        { actorId: a, remindedAt: '2025-05-10T09:00:00.000Z', userCount: 1 },
        { actorId: b, remindedAt: null, userCount: 0 },
      ]),
    );
    // Another period is another matter.
    expect((await remind(f, 'backbone', { period: '2024-Q4', actorIds: [a] })).statusCode).toBe(200);

    vi.setSystemTime(new Date('2025-05-10T10:01:00Z'));
    expect((await remind(f, 'backbone', { period: '2025-Q1', actorIds: [a] })).statusCode).toBe(200);
    expect((await stored(f, f.users.partner.id)).filter((x) => (x.params as { period: string }).period === '2025-Q1')).toHaveLength(2);
  });

  it('reminds every organisation with missing values, leaving out those reminded within the hour and naming those nobody can be reminded at', async () => {
    const f = await reminderFixture();
    const [a, b] = f.actorIds;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-05-10T09:00:00Z'));
    const first = await remind(f, 'backbone', { period: '2025-Q1' });
    expect(first.json()).toMatchObject({ reminded: [{ actorId: a, indicatorCount: 2 }], withoutUsers: [{ actorId: b, actorName: 'Actor B' }], skipped: [] });

    const colleague = await linkUser(f, b, 'Berit Berg');
    vi.setSystemTime(new Date('2025-05-10T09:30:00Z'));
    const second = await remind(f, 'backbone', { period: '2025-Q1' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      reminded: [{ actorId: b, users: [{ id: colleague.id, name: 'Berit Berg' }] }],
      withoutUsers: [],
      skipped: [{ actorId: a, actorName: 'Actor A', remindedAt: '2025-05-10T09:00:00.000Z' }],
    });
    expect(await stored(f, f.users.partner.id)).toHaveLength(1);
    const [toColleague] = await f.db.select().from(notifications).where(eq(notifications.userId, colleague.id));
    expect(toColleague.params).toMatchObject({ actorName: 'Actor B', indicators: [{ code: 'H1' }, { code: 'H2' }] });

    // Everyone was reminded just now: nothing to do but say so.
    const third = await remind(f, 'backbone', { period: '2025-Q1' });
    expect(third.statusCode).toBe(409);
    // An organisation with nothing missing cannot be reminded.
    expect((await remind(f, 'backbone', { period: '2014-Q4', actorIds: [a] })).statusCode).toBe(422);
    const [unknownActor] = await f.db.insert(actors).values({ initiativeId: (await createFixture('Other')).initiativeId, name: 'Foreign', sector: 'other' }).returning();
    expect((await remind(f, 'backbone', { period: '2025-Q1', actorIds: [unknownActor.id] })).statusCode).toBe(422);
  });
});
