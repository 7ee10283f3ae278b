import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, memberships, users } from '../src/db/schema/index.js';
import { createFixture, type Fixture } from './helpers.js';

type Member = { id: string; userId: string; email: string; role: string; actorIds: string[] };

async function members(f: Fixture): Promise<Member[]> {
  const res = await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('admin') });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const memberOf = async (f: Fixture, role: 'admin' | 'backbone' | 'steering' | 'partner') =>
  (await members(f)).find((m) => m.userId === f.users[role].id)!;

describe('members', () => {
  it('lists members with roles and linked actors to admin and backbone only', async () => {
    const f = await createFixture();
    const list = await members(f);
    expect(list).toHaveLength(4);
    expect(list.find((m) => m.role === 'partner')).toMatchObject({ email: f.users.partner.email, actorIds: [f.actorIds[0]] });
    expect((await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('backbone') })).statusCode).toBe(200);
    expect((await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('steering') })).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('partner') })).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('outsider') })).statusCode).toBe(404);
  });

  it('creates a new user with a temporary password shown once, who can then sign in', async () => {
    const f = await createFixture();
    const email = `New.Person-${f.initiativeId.slice(0, 8)}@Test.Example`;
    const res = await f.app.inject({
      method: 'POST',
      url: f.url('/members'),
      headers: f.auth('admin'),
      payload: { email, name: 'Ny Person', role: 'partner', actorIds: [f.actorIds[1]] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json();
    expect(created).toMatchObject({ email: email.toLowerCase(), name: 'Ny Person', role: 'partner', actorIds: [f.actorIds[1]] });
    expect(created.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: created.temporaryPassword } });
    expect(login.statusCode).toBe(200);
    expect((await members(f)).find((m) => m.id === created.id)).not.toHaveProperty('temporaryPassword');

    const [entry] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'membership'), eq(auditLog.entityId, created.id)));
    expect(entry).toMatchObject({ action: 'create', userId: f.users.admin.id, after: expect.objectContaining({ newUser: true, role: 'partner' }) });
    expect(JSON.stringify(entry.after)).not.toContain(created.temporaryPassword);
  });

  it('adds an existing user by e-mail without a password, and refuses a second membership', async () => {
    const f = await createFixture();
    const g = await createFixture();
    const email = g.users.steering.email.toUpperCase();
    const res = await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('admin'), payload: { email, role: 'steering' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userId: g.users.steering.id, name: 'steering user', role: 'steering', actorIds: [] });
    expect(res.json()).not.toHaveProperty('temporaryPassword');
    const again = await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('admin'), payload: { email, role: 'partner' } });
    expect(again.statusCode).toBe(409);
    const [user] = await f.db.select().from(users).where(eq(users.id, g.users.steering.id));
    expect(user.name).toBe('steering user');
  });

  it('validates the body, refuses actors of another initiative, and lets only admins add', async () => {
    const f = await createFixture();
    const g = await createFixture();
    const bad = await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('admin'), payload: { email: 'x', role: 'boss' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['body.email', 'body.role']);
    const foreign = await f.app.inject({
      method: 'POST',
      url: f.url('/members'),
      headers: f.auth('admin'),
      payload: { email: `p-${f.initiativeId}@test.example`, role: 'partner', actorIds: [f.actorIds[0], g.actorIds[0]] },
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details).toEqual([expect.objectContaining({ field: 'body.actorIds.1' })]);
    const [noUser] = await f.db.select().from(users).where(eq(users.email, `p-${f.initiativeId}@test.example`));
    expect(noUser).toBeUndefined();
    const payload = { email: `q-${f.initiativeId}@test.example`, role: 'partner' };
    expect((await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('backbone'), payload })).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('outsider'), payload })).statusCode).toBe(404);
  });

  it('changes a role and the linked actors, audited', async () => {
    const f = await createFixture();
    const partner = await memberOf(f, 'partner');
    const res = await f.app.inject({
      method: 'PATCH',
      url: f.url(`/members/${partner.id}`),
      headers: f.auth('admin'),
      payload: { actorIds: [f.actorIds[1], f.actorIds[0]] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().actorIds).toEqual([...f.actorIds].sort());
    const promoted = await f.app.inject({ method: 'PATCH', url: f.url(`/members/${partner.id}`), headers: f.auth('admin'), payload: { role: 'backbone' } });
    expect(promoted.json()).toMatchObject({ role: 'backbone', actorIds: [...f.actorIds].sort() });
    const entries = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'membership'), eq(auditLog.entityId, partner.id)));
    expect(entries.map((e) => e.action)).toEqual(['update', 'update']);
    expect(entries[1]).toMatchObject({ before: { role: 'partner' }, after: { role: 'backbone' } });

    const g = await createFixture();
    const foreign = await f.app.inject({ method: 'PATCH', url: f.url(`/members/${partner.id}`), headers: f.auth('admin'), payload: { actorIds: [g.actorIds[0]] } });
    expect(foreign.statusCode).toBe(422);
    const otherMember = await memberOf(g, 'partner');
    const notHere = await f.app.inject({ method: 'PATCH', url: f.url(`/members/${otherMember.id}`), headers: f.auth('admin'), payload: { role: 'steering' } });
    expect(notHere.statusCode).toBe(404);
    const badRole = await f.app.inject({ method: 'PATCH', url: f.url(`/members/${partner.id}`), headers: f.auth('admin'), payload: { role: 'owner' } });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.details[0].field).toBe('body.role');
    expect((await f.app.inject({ method: 'PATCH', url: f.url(`/members/${partner.id}`), headers: f.auth('backbone'), payload: { role: 'steering' } })).statusCode).toBe(403);
  });

  it('never demotes or removes the last admin (409), but allows it when another admin exists', async () => {
    const f = await createFixture();
    const admin = await memberOf(f, 'admin');
    const demote = await f.app.inject({ method: 'PATCH', url: f.url(`/members/${admin.id}`), headers: f.auth('admin'), payload: { role: 'backbone' } });
    expect(demote.statusCode).toBe(409);
    const remove = await f.app.inject({ method: 'DELETE', url: f.url(`/members/${admin.id}`), headers: f.auth('admin') });
    expect(remove.statusCode).toBe(409);
    const [still] = await f.db.select().from(memberships).where(eq(memberships.id, admin.id));
    expect(still.role).toBe('admin');

    const backbone = await memberOf(f, 'backbone');
    await f.app.inject({ method: 'PATCH', url: f.url(`/members/${backbone.id}`), headers: f.auth('admin'), payload: { role: 'admin' } });
    const removed = await f.app.inject({ method: 'DELETE', url: f.url(`/members/${admin.id}`), headers: f.auth('admin') });
    expect(removed.statusCode).toBe(204);
    // The removed admin is now an outsider; the former backbone user is the last admin.
    expect((await f.app.inject({ method: 'GET', url: f.url('/members'), headers: f.auth('admin') })).statusCode).toBe(404);
    const last = await f.app.inject({ method: 'DELETE', url: f.url(`/members/${backbone.id}`), headers: f.auth('backbone') });
    expect(last.statusCode).toBe(409);
    const [entry] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityId, admin.id), eq(auditLog.action, 'delete')));
    expect(entry).toMatchObject({ userId: f.users.admin.id, before: { role: 'admin', email: f.users.admin.email } });
  });

  it('removes a member as admin only', async () => {
    const f = await createFixture();
    const steering = await memberOf(f, 'steering');
    expect((await f.app.inject({ method: 'DELETE', url: f.url(`/members/${steering.id}`), headers: f.auth('backbone') })).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'DELETE', url: f.url(`/members/${steering.id}`), headers: f.auth('admin') })).statusCode).toBe(204);
    expect((await f.app.inject({ method: 'DELETE', url: f.url(`/members/${steering.id}`), headers: f.auth('admin') })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('steering') })).statusCode).toBe(404);
  });
});
