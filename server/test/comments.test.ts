import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actors, auditLog, initiatives, memberships, membershipActors, notifications, users } from '../src/db/schema/index.js';
import { hashPassword } from '../src/lib/passwords.js';
import { createMeasurementFixture, putBatch, type MeasurementFixture } from './measurement-fixtures.js';

type Role = Parameters<MeasurementFixture['auth']>[0];

function post(f: MeasurementFixture, role: Role, payload: Record<string, unknown>) {
  return f.app.inject({ method: 'POST', url: f.url('/comments'), headers: f.auth(role), payload });
}
function thread(f: MeasurementFixture, role: Role, query: Record<string, string>) {
  return f.app.inject({ method: 'GET', url: f.url(`/comments?${new URLSearchParams(query)}`), headers: f.auth(role) });
}
function patch(f: MeasurementFixture, role: Role, id: string, text: string) {
  return f.app.inject({ method: 'PATCH', url: f.url(`/comments/${id}`), headers: f.auth(role), payload: { text } });
}
function remove(f: MeasurementFixture, role: Role, id: string) {
  return f.app.inject({ method: 'DELETE', url: f.url(`/comments/${id}`), headers: f.auth(role) });
}
function notificationsOf(f: MeasurementFixture, userId: string) {
  return f.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.initiativeId, f.initiativeId)));
}

describe('comments on a value', () => {
  it('lets members write, the author edit, the backbone delete; a deleted comment stays as deleted', async () => {
    const f = await createMeasurementFixture();
    const key = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1' };
    const first = await post(f, 'partner', { ...key, text: '  We counted the summer camp too.  ' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ ...key, text: 'We counted the summer camp too.', authorName: 'partner user', editedAt: null, deletedAt: null });
    const reply = await post(f, 'steering', { ...key, text: 'Thanks, see https://example.org/rules' });
    expect(reply.statusCode).toBe(201);

    const edited = await patch(f, 'partner', first.json().id, 'We counted the summer camp (40) too.');
    expect(edited.statusCode).toBe(200);
    expect(edited.json().editedAt).not.toBeNull();
    expect((await patch(f, 'partner', reply.json().id, 'Not mine')).statusCode).toBe(403);
    // Moderation removes, never rewrites: the backbone may delete but not edit someone else's words.
    expect((await patch(f, 'backbone', first.json().id, 'Rewritten')).statusCode).toBe(403);
    expect((await remove(f, 'partner', reply.json().id)).statusCode).toBe(403);
    expect((await remove(f, 'backbone', reply.json().id)).statusCode).toBe(204);
    expect((await remove(f, 'backbone', reply.json().id)).statusCode).toBe(204);
    expect((await patch(f, 'steering', reply.json().id, 'Again')).statusCode).toBe(409);

    const res = await thread(f, 'partner', { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { text: string | null; deletedAt: string | null }) => [c.text, c.deletedAt !== null])).toEqual([
      ['We counted the summer camp (40) too.', false],
      [null, true],
    ]);

    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityType, 'comment')));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'create', 'delete', 'update']);
  });

  it('hides a thread on another organisation’s value until that value counts; outsiders get 404', async () => {
    const f = await createMeasurementFixture();
    await f.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, f.initiativeId));
    const key = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q1' };
    const [value] = (await putBatch(f, 'backbone', [{ ...key, value: 12, status: 'draft' }])).json().items;
    const created = await post(f, 'backbone', { ...key, text: 'Is this the whole district?' });
    expect(created.statusCode).toBe(201);
    const query = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q1' };

    const hidden = await thread(f, 'partner', query);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('whole district');
    expect((await post(f, 'partner', { ...key, text: 'Me too' })).statusCode).toBe(404);
    expect((await patch(f, 'partner', created.json().id, 'x')).statusCode).toBe(404);
    expect((await thread(f, 'outsider', query)).statusCode).toBe(404);
    expect((await thread(f, 'steering', query)).statusCode).toBe(200);
    const counts = await f.app.inject({ method: 'GET', url: f.url('/comments/counts?period=2025-Q1'), headers: f.auth('partner') });
    expect(counts.json().items).toEqual([]);

    await putBatch(f, 'backbone', [{ ...key, value: 12, status: 'submitted', version: value.version }]);
    await f.app.inject({ method: 'POST', url: f.url('/measurements/review'), headers: f.auth('steering'), payload: { ids: [value.id], action: 'approve' } });
    const visible = await thread(f, 'partner', query);
    expect(visible.statusCode).toBe(200);
    expect(visible.json().items).toHaveLength(1);
    expect((await post(f, 'partner', { ...key, text: 'Same question from us' })).statusCode).toBe(201);
  });

  it('validates text and references', async () => {
    const f = await createMeasurementFixture();
    const key = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1' };
    for (const text of ['   ', 'a'.repeat(4001), 'nul \u0000 byte']) {
      const res = await post(f, 'backbone', { ...key, text });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.text');
    }
    expect((await post(f, 'backbone', { ...key, text: 'a'.repeat(4000) })).statusCode).toBe(201);
    expect((await post(f, 'backbone', { ...key, period: 'soon', text: 'x' })).statusCode).toBe(400);
    const wrongFrequency = await post(f, 'backbone', { ...key, period: '2025-03', text: 'x' });
    expect(wrongFrequency.statusCode).toBe(422);
    expect(wrongFrequency.json().error.details[0].field).toBe('body.period');
    const other = await createMeasurementFixture();
    expect((await post(f, 'backbone', { ...key, actorId: other.actorIds[0], text: 'x' })).statusCode).toBe(422);
    expect((await post(f, 'backbone', { ...key, indicatorId: other.count, text: 'x' })).statusCode).toBe(422);
    expect((await thread(f, 'backbone', { indicatorId: other.count, period: '2025-Q1' })).statusCode).toBe(404);
    expect((await post(f, 'backbone', { indicatorId: f.population, actorId: f.actorIds[0], period: '2025', text: 'x' })).statusCode).toBe(422);
    expect((await post(f, 'backbone', { indicatorId: f.population, period: '2025', text: 'Whole district' })).statusCode).toBe(201);
    expect((await post(f, 'outsider', { ...key, text: 'x' })).statusCode).toBe(404);
  });
});

describe('mentions and notifications', () => {
  it('notifies users of mentioned organisations, of the value’s organisation and earlier participants, never the author', async () => {
    const f = await createMeasurementFixture();
    // A third organisation with a name that starts another's, and a user for Actor B.
    const [longer] = await f.db.insert(actors).values({ initiativeId: f.initiativeId, name: 'Actor B Ungdom', sector: 'civil_society' }).returning();
    const passwordHash = await hashPassword('irrelevant-password');
    const makePartner = async (email: string, actorId: string) => {
      const [u] = await f.db.insert(users).values({ email: `${email}-${f.initiativeId}@test.example`, name: email, passwordHash, locale: 'sv' }).returning();
      const [m] = await f.db.insert(memberships).values({ initiativeId: f.initiativeId, userId: u.id, role: 'partner' }).returning();
      await f.db.insert(membershipActors).values({ membershipId: m.id, actorId });
      return u.id;
    };
    const bUser = await makePartner('b-user', f.actorIds[1]);
    const youthUser = await makePartner('youth-user', longer.id);

    const key = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q2' };
    await putBatch(f, 'partner', [{ ...key, value: 7 }]);
    const first = await post(f, 'steering', { ...key, text: 'Did @actor b ungdom take part? Ask @ACTOR B as well.' });
    expect(first.statusCode).toBe(201);
    expect(first.json().mentionedActorIds).toEqual([longer.id, f.actorIds[1]]);

    const [youth] = await notificationsOf(f, youthUser);
    expect(youth).toMatchObject({
      kind: 'mention',
      params: { indicatorCode: 'C1', indicatorName: 'Young people in work', actorName: 'Actor A', period: '2025-Q2', authorName: 'steering user' },
      link: `/i/${f.initiativeId}/indicators/${f.count}?period=2025-Q2&actor=${f.actorIds[0]}#values`,
    });
    expect((youth.params as { excerpt: string }).excerpt).toBe('Did @actor b ungdom take part? Ask @ACTOR B as well.');
    expect(await notificationsOf(f, bUser)).toEqual([expect.objectContaining({ kind: 'mention' })]);
    // The value's organisation hears of the comment; its link opens the cell in the entry grid.
    expect(await notificationsOf(f, f.users.partner.id)).toEqual([
      expect.objectContaining({ kind: 'comment', link: `/i/${f.initiativeId}/entry?period=2025-Q2&indicator=${f.count}&actor=${f.actorIds[0]}` }),
    ]);
    expect(await notificationsOf(f, f.users.steering.id)).toEqual([]);

    // The partner replies: the steering member (an earlier participant) is told, the partner is not.
    expect((await post(f, 'partner', { ...key, text: 'Yes, both did.' })).statusCode).toBe(201);
    expect(await notificationsOf(f, f.users.steering.id)).toEqual([expect.objectContaining({ kind: 'comment', params: expect.objectContaining({ authorName: 'partner user' }) })]);
    expect(await notificationsOf(f, f.users.partner.id)).toHaveLength(1);
    expect(await notificationsOf(f, f.users.backbone.id)).toEqual([]);
  });

  it('does not tell a partner about a thread it may not read', async () => {
    const f = await createMeasurementFixture();
    await f.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, f.initiativeId));
    const key = { indicatorId: f.count, actorId: f.actorIds[1], period: '2025-Q3' };
    await putBatch(f, 'backbone', [{ ...key, value: 1, status: 'draft' }]);
    expect((await post(f, 'backbone', { ...key, text: 'Should @Actor A confirm?' })).statusCode).toBe(201);
    expect(await notificationsOf(f, f.users.partner.id)).toEqual([]);
  });

  it('an edit notifies only organisations newly mentioned', async () => {
    const f = await createMeasurementFixture();
    const key = { indicatorId: f.count, period: '2025-Q1' };
    const created = (await post(f, 'backbone', { ...key, text: 'Agenda point for the meeting' })).json();
    expect(await notificationsOf(f, f.users.partner.id)).toEqual([]);
    await patch(f, 'backbone', created.id, 'Agenda point for the meeting, @Actor A');
    const [n] = await notificationsOf(f, f.users.partner.id);
    expect(n).toMatchObject({ kind: 'mention', link: `/i/${f.initiativeId}/indicators/${f.count}?period=2025-Q1#values` });
    await patch(f, 'backbone', created.id, 'Agenda point, @Actor A');
    expect(await notificationsOf(f, f.users.partner.id)).toHaveLength(1);
  });
});

describe('GET /comments/counts', () => {
  it('counts comments that are not deleted per thread, for a period or an indicator', async () => {
    const f = await createMeasurementFixture();
    const a = { indicatorId: f.count, actorId: f.actorIds[0], period: '2025-Q1' };
    await post(f, 'backbone', { ...a, text: 'one' });
    await post(f, 'partner', { ...a, text: 'two' });
    const gone = (await post(f, 'backbone', { ...a, text: 'three' })).json();
    await remove(f, 'backbone', gone.id);
    await post(f, 'backbone', { indicatorId: f.count, period: '2025-Q1', text: 'about the quarter' });
    await post(f, 'backbone', { indicatorId: f.share, actorId: f.actorIds[0], period: '2025-Q2', text: 'other period' });

    const byPeriod = await f.app.inject({ method: 'GET', url: f.url('/comments/counts?period=2025-Q1'), headers: f.auth('partner') });
    expect(byPeriod.statusCode).toBe(200);
    const rows = byPeriod.json().items.map((r: { actorId: string | null; count: number }) => [r.actorId, r.count]);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(expect.arrayContaining([[f.actorIds[0], 2], [null, 1]]));
    const byIndicator = await f.app.inject({ method: 'GET', url: f.url(`/comments/counts?indicatorId=${f.share}`), headers: f.auth('steering') });
    expect(byIndicator.json().items).toEqual([expect.objectContaining({ period: '2025-Q2', count: 1 })]);
    const neither = await f.app.inject({ method: 'GET', url: f.url('/comments/counts'), headers: f.auth('steering') });
    expect(neither.statusCode).toBe(400);
    expect((await f.app.inject({ method: 'GET', url: f.url('/comments/counts?period=2025-Q1'), headers: f.auth('outsider') })).statusCode).toBe(404);
  });
});
