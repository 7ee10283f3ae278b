import { describe, expect, it } from 'vitest';
import { createFixture, TEST_PASSWORD, testApp } from './helpers.js';

describe('auth', () => {
  it('logs in with the right password, sets an httpOnly cookie, and /me works with the cookie', async () => {
    const f = await createFixture();
    const res = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: f.users.partner.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe(f.users.partner.email);
    expect(typeof body.token).toBe('string');
    const cookie = res.cookies.find((c) => c.name === 'ci_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');

    const me = await f.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { ci_session: cookie!.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json().memberships).toEqual([
      { initiativeId: f.initiativeId, initiativeName: expect.any(String), role: 'partner', actorIds: [f.actorIds[0]] },
    ]);
  });

  it('rejects a wrong password and an unknown e-mail with the same 401', async () => {
    const f = await createFixture();
    for (const email of [f.users.admin.email, 'nobody@test.example']) {
      const res = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong' } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthorized', message: 'Wrong e-mail or password' } });
    }
  });

  it('validates the login body with field details', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_error');
    expect(err.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('answers 400, not 500, to a body that is not JSON', async () => {
    const { app } = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('requires a token for /me and rejects a forged one', async () => {
    const { app } = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const forged = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('unauthorized');
  });

  it('logout clears the cookie', async () => {
    const { app } = await testApp();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(204);
    const cookie = res.cookies.find((c) => c.name === 'ci_session');
    expect(cookie?.value).toBe('');
  });
});

describe('initiatives', () => {
  it('lists only the caller’s initiatives, and hides others with 404', async () => {
    const f = await createFixture();
    const g = await createFixture();
    const list = await f.app.inject({ method: 'GET', url: '/api/v1/initiatives', headers: f.auth('steering') });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([f.initiativeId]);
    const other = await f.app.inject({ method: 'GET', url: g.url(), headers: f.auth('admin') });
    expect(other.statusCode).toBe(404);
    const outsider = await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('outsider') });
    expect(outsider.statusCode).toBe(404);
    const malformed = await f.app.inject({ method: 'GET', url: '/api/v1/initiatives/not-a-uuid', headers: f.auth('admin') });
    expect(malformed.statusCode).toBe(404);
  });

  it('creates an initiative and makes the caller its admin', async () => {
    const f = await createFixture();
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/initiatives',
      headers: f.auth('outsider'),
      payload: { name: 'Nytt initiativ', vision: 'Alla barn', locale: 'sv' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Nytt initiativ', vision: 'Alla barn', locale: 'sv', publicView: false });
    expect(new Date(created.createdAt).toString()).not.toBe('Invalid Date');
    const me = await f.app.inject({ method: 'GET', url: '/api/v1/me', headers: f.auth('outsider') });
    expect(me.json().memberships).toEqual([expect.objectContaining({ initiativeId: created.id, role: 'admin' })]);
  });

  it('lets admin and backbone update, forbids steering and partner', async () => {
    const f = await createFixture();
    for (const role of ['steering', 'partner'] as const) {
      const res = await f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth(role), payload: { vision: 'x' } });
      expect(res.statusCode).toBe(403);
    }
    const ok = await f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth('backbone'), payload: { vision: 'Ny vision', lockedThrough: '2024-Q4' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ vision: 'Ny vision', lockedThrough: '2024-Q4' });
    const bad = await f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth('admin'), payload: { lockedThrough: '2024-Q5' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.lockedThrough');
  });

  it('deletes only as admin', async () => {
    const f = await createFixture();
    expect((await f.app.inject({ method: 'DELETE', url: f.url(), headers: f.auth('backbone') })).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'DELETE', url: f.url(), headers: f.auth('admin') })).statusCode).toBe(204);
    expect((await f.app.inject({ method: 'GET', url: f.url(), headers: f.auth('admin') })).statusCode).toBe(404);
  });
});

describe('platform', () => {
  it('serves health, the OpenAPI document and a JSON 404', async () => {
    const { app } = await testApp();
    const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.json()).toMatchObject({ status: 'ok' });
    const doc = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toBe('3.1.0');
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/initiatives/{initiativeId}');
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});
