// Sign-in sessions: revocation (logout, password change, admin reset, deleted users, removed
// members), the password rule, CSRF on cookie-authenticated writes, and sign-in limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, memberships, users } from '../src/db/schema/index.js';
import { buildApp, type AppOptions, type BuiltApp } from '../src/app.js';
import { createFixture, signIn, TEST_PASSWORD, testApp, type Fixture } from './helpers.js';

const extraApps: BuiltApp[] = [];
// The shared database is migrated once, under the hook timeout rather than a test's.
beforeAll(async () => {
  await testApp();
});
afterAll(async () => {
  for (const app of extraApps) await app.close();
});

/** Another app over the shared database (same secret, so fixture tokens work), with its own limits. */
async function appWith(opts: Partial<AppOptions>): Promise<BuiltApp> {
  const { database } = await testApp();
  const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', loginRateLimit: 10_000, ...opts });
  await app.ready();
  extraApps.push(app);
  return app;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const SAME_ORIGIN = { host: 'app.example', origin: 'http://app.example' };

async function login(app: BuiltApp, email: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  expect(res.statusCode).toBe(200);
  return { token: res.json().token as string, cookie: res.cookies.find((c) => c.name === 'ci_session')!.value };
}

const me = (app: BuiltApp, headers: Record<string, string>, cookies?: Record<string, string>) =>
  app.inject({ method: 'GET', url: '/api/v1/me', headers, cookies });

async function changePassword(f: Fixture, token: string, currentPassword: string, newPassword: string) {
  return f.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: bearer(token), payload: { currentPassword, newPassword } });
}

describe('sessions', () => {
  it('logout ends the session of a Bearer token and of the cookie at once', async () => {
    const f = await createFixture();
    const byBearer = await login(f.app, f.users.steering.email);
    expect((await me(f.app, bearer(byBearer.token))).statusCode).toBe(200);
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(byBearer.token) })).statusCode).toBe(204);
    const after = await me(f.app, bearer(byBearer.token));
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthorized');

    const byCookie = await login(f.app, f.users.steering.email);
    expect((await me(f.app, {}, { ci_session: byCookie.cookie })).statusCode).toBe(200);
    const out = await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: SAME_ORIGIN, cookies: { ci_session: byCookie.cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'ci_session')?.value).toBe('');
    expect((await me(f.app, {}, { ci_session: byCookie.cookie })).statusCode).toBe(401);
    // The other sign-in of the same user is untouched.
    expect((await me(f.app, f.auth('steering'))).statusCode).toBe(200);
  });

  it('refuses a correctly signed token that names no session', async () => {
    const f = await createFixture();
    const res = await me(f.app, bearer(f.app.jwt.sign({ sub: f.users.admin.id } as never)));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('answers 401 everywhere to the token of a deleted user', async () => {
    const f = await createFixture();
    await f.db.delete(users).where(eq(users.id, f.users.backbone.id));
    for (const url of ['/api/v1/me', '/api/v1/me/calendar', '/api/v1/initiatives', f.url('/goals'), f.url()]) {
      const res = await f.app.inject({ method: 'GET', url, headers: f.auth('backbone') });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('takes an initiative away from a removed member with their very next request', async () => {
    const f = await createFixture();
    expect((await f.app.inject({ method: 'GET', url: f.url('/goals'), headers: f.auth('partner') })).statusCode).toBe(200);
    const [membership] = await f.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.initiativeId, f.initiativeId), eq(memberships.userId, f.users.partner.id)));
    const removed = await f.app.inject({ method: 'DELETE', url: f.url(`/members/${membership.id}`), headers: f.auth('admin') });
    expect(removed.statusCode).toBe(204);
    expect((await f.app.inject({ method: 'GET', url: f.url('/goals'), headers: f.auth('partner') })).statusCode).toBe(404);
    expect((await me(f.app, f.auth('partner'))).json().memberships).toEqual([]);
  });
});

describe('changing one’s own password', () => {
  it('checks the current password and the rule, with field details', async () => {
    const f = await createFixture();
    const token = f.users.steering.token;
    const cases: [string, string, string][] = [
      ['not-the-password', 'a-much-better-password-9', 'body.currentPassword'],
      [TEST_PASSWORD, 'short-pw-1', 'body.newPassword'],
      [TEST_PASSWORD, 'Password1234', 'body.newPassword'],
      [TEST_PASSWORD, '1Q2W3E4R5T6Y', 'body.newPassword'],
    ];
    for (const [current, next, field] of cases) {
      const res = await changePassword(f, token, current, next);
      expect(res.statusCode, next).toBe(400);
      expect(res.json().error.code).toBe('validation_error');
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    }
    // Nothing changed: the old password still signs in.
    await login(f.app, f.users.steering.email);
  });

  it('sets the new password, keeps this session and ends every other one', async () => {
    const f = await createFixture();
    const current = await signIn(f.app, f.users.partner.id);
    const other = await login(f.app, f.users.partner.email);
    const res = await changePassword(f, current, TEST_PASSWORD, 'correct horse battery staple');
    expect(res.statusCode).toBe(204);
    expect((await me(f.app, bearer(current))).statusCode).toBe(200);
    expect((await me(f.app, bearer(other.token))).statusCode).toBe(401);
    expect((await me(f.app, f.auth('partner'))).statusCode).toBe(401);
    const wrong = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: f.users.partner.email, password: TEST_PASSWORD } });
    expect(wrong.statusCode).toBe(401);
    await login(f.app, f.users.partner.email, 'correct horse battery staple');
    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, f.users.partner.id)));
    expect(audit.map((a) => a.after)).toEqual([{ passwordChanged: true }]);
  });

  it('requires a non-empty password of sane length at sign-in', async () => {
    const { app } = await testApp();
    for (const password of ['', 'x'.repeat(1001)]) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'someone@test.example', password } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.password']);
    }
  });
});

describe('admin-issued password reset', () => {
  const reset = (f: Fixture, memberId: string, who: 'admin' | 'backbone' | 'steering' | 'partner' = 'admin') =>
    f.app.inject({ method: 'POST', url: f.url(`/members/${memberId}/password-reset`), headers: f.auth(who) });

  async function memberId(f: Fixture, userId: string): Promise<string> {
    const [row] = await f.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.initiativeId, f.initiativeId), eq(memberships.userId, userId)));
    return row.id;
  }

  it('gives a temporary password once, ends the member’s sessions and asks for a new password', async () => {
    const f = await createFixture();
    const id = await memberId(f, f.users.partner.id);
    const res = await reset(f, id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[\w-]{16}$/);
    expect((await me(f.app, f.auth('partner'))).statusCode).toBe(401);

    const signedIn = await login(f.app, f.users.partner.email, temporaryPassword);
    expect((await me(f.app, bearer(signedIn.token))).json().user.mustChangePassword).toBe(true);
    expect((await changePassword(f, signedIn.token, temporaryPassword, 'my own long passphrase')).statusCode).toBe(204);
    expect((await me(f.app, bearer(signedIn.token))).json().user.mustChangePassword).toBe(false);
  });

  it('is for admins only, not for oneself, and not for a member of initiatives the admin does not run', async () => {
    const f = await createFixture();
    const g = await createFixture();
    const partner = await memberId(f, f.users.partner.id);
    for (const who of ['backbone', 'steering', 'partner'] as const) expect((await reset(f, partner, who)).statusCode).toBe(403);
    expect((await reset(f, await memberId(f, f.users.admin.id))).statusCode).toBe(409);
    expect((await reset(f, g.users.partner.id)).statusCode).toBe(404);

    // The partner also helps run another initiative: f's admin must not take over the account.
    await f.db.insert(memberships).values({ initiativeId: g.initiativeId, userId: f.users.partner.id, role: 'backbone' });
    const refused = await reset(f, partner);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await me(f.app, f.auth('partner'))).statusCode).toBe(200);
    // An admin of both may.
    await f.db.insert(memberships).values({ initiativeId: g.initiativeId, userId: f.users.admin.id, role: 'admin' });
    expect((await reset(f, partner)).statusCode).toBe(200);
  });

  it('marks a member created with a temporary password as having to change it', async () => {
    const f = await createFixture();
    const email = `temp-${f.initiativeId.slice(0, 8)}@test.example`;
    const created = await f.app.inject({ method: 'POST', url: f.url('/members'), headers: f.auth('admin'), payload: { email, role: 'steering' } });
    expect(created.statusCode).toBe(201);
    const signedIn = await login(f.app, email, created.json().temporaryPassword);
    expect((await me(f.app, bearer(signedIn.token))).json().user.mustChangePassword).toBe(true);
    expect((await me(f.app, f.auth('admin'))).json().user.mustChangePassword).toBe(false);
  });
});

describe('cross-site request forgery', () => {
  it('accepts cookie-authenticated writes from the app’s own origin or PUBLIC_URL only', async () => {
    const app = await appWith({ publicUrl: 'https://impact.example.org' });
    const f = await createFixture();
    const { cookie } = await login(app, f.users.steering.email);
    const patch = (headers: Record<string, string>) =>
      app.inject({ method: 'PATCH', url: '/api/v1/me', headers, cookies: { ci_session: cookie }, payload: { name: 'Renamed' } });

    const foreign: Record<string, string>[] = [
      {},
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { referer: 'https://evil.example/page' },
      { host: 'app.example', origin: 'https://app.example' },
    ];
    for (const headers of foreign) {
      const res = await patch(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toEqual({ error: { code: 'csrf_rejected', message: expect.any(String) } });
    }
    for (const headers of [
      SAME_ORIGIN,
      { host: 'app.example', referer: 'http://app.example/i/abc' },
      { host: 'internal:3000', origin: 'https://impact.example.org' },
    ]) {
      expect((await patch(headers)).statusCode, JSON.stringify(headers)).toBe(200);
    }
    // A Bearer header cannot be forged by another site, and reads are not writes.
    const token = f.users.steering.token;
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { ...bearer(token), origin: 'https://evil.example' }, payload: {} })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { origin: 'https://evil.example' }, cookies: { ci_session: cookie } })).statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const f = await createFixture();
    const payload = { email: f.users.admin.email, password: TEST_PASSWORD };
    const foreign = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin: 'https://evil.example' }, payload });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('csrf_rejected');
    expect(foreign.cookies).toEqual([]);
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: SAME_ORIGIN, payload })).statusCode).toBe(200);
  });
});

describe('sign-in limits', () => {
  const attempt = (app: BuiltApp, email: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, headers, payload: { email, password: 'wrong-password' } });

  it('limits one account across every address, whatever X-Forwarded-For says', async () => {
    const app = await appWith({ loginRateLimit: 3, loginAddressRateLimit: 100 });
    const f = await createFixture();
    const email = f.users.admin.email;
    for (let i = 0; i < 3; i++) {
      const res = await attempt(app, i === 1 ? email.toUpperCase() : email, `192.0.2.${i + 1}`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(res.statusCode).toBe(401);
    }
    const limited = await attempt(app, email.toUpperCase(), '192.0.2.9', { 'x-forwarded-for': '203.0.113.99' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    // The right password does not get past the limit either; another account is not affected.
    const right = await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '192.0.2.10', payload: { email, password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(429);
    expect((await attempt(app, f.users.partner.email, '192.0.2.9')).statusCode).toBe(401);
  });

  it('limits one address across accounts; a spoofed X-Forwarded-For does not reset it', async () => {
    const app = await appWith({ loginRateLimit: 100, loginAddressRateLimit: 4 });
    for (let i = 0; i < 4; i++) {
      expect((await attempt(app, `nobody-${i}@test.example`, '198.51.100.7', { 'x-forwarded-for': `203.0.113.${i}` })).statusCode).toBe(401);
    }
    const limited = await attempt(app, 'nobody-9@test.example', '198.51.100.7', { 'x-forwarded-for': '203.0.113.200' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // Someone else behind another address still signs in.
    expect((await attempt(app, 'nobody-9@test.example', '198.51.100.8')).statusCode).toBe(401);
  });

  it('honours X-Forwarded-For only from a trusted proxy (TRUST_PROXY)', async () => {
    const app = await appWith({ loginRateLimit: 100, loginAddressRateLimit: 2, trustProxy: ['127.0.0.1'] });
    for (const client of ['203.0.113.1', '203.0.113.1']) {
      expect((await attempt(app, 'nobody@test.example', '127.0.0.1', { 'x-forwarded-for': client })).statusCode).toBe(401);
    }
    expect((await attempt(app, 'nobody@test.example', '127.0.0.1', { 'x-forwarded-for': '203.0.113.1' })).statusCode).toBe(429);
    // Behind the proxy, each client has its own count.
    expect((await attempt(app, 'nobody@test.example', '127.0.0.1', { 'x-forwarded-for': '203.0.113.2' })).statusCode).toBe(401);
  });

  it('keys the calendar feed limit on the client address, not on X-Forwarded-For', async () => {
    const app = await appWith({});
    const url = '/api/v1/calendar/not-a-real-token-000000000000/00000000-0000-4000-8000-000000000000.ics';
    let status = 0;
    for (let i = 0; i < 121 && status !== 429; i++) {
      status = (await app.inject({ method: 'GET', url, remoteAddress: '198.51.100.20', headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } })).statusCode;
    }
    expect(status).toBe(429);
  });

  it('keys the public page limit on the client address, not on X-Forwarded-For', async () => {
    const app = await appWith({});
    const url = '/api/v1/public/initiatives/00000000-0000-4000-8000-000000000000';
    const statuses: number[] = [];
    for (let i = 0; i < 121 && statuses.at(-1) !== 429; i++) {
      statuses.push((await app.inject({ method: 'GET', url, remoteAddress: '198.51.100.21', headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } })).statusCode);
    }
    expect(statuses.slice(0, -1).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another client is not affected.
    expect((await app.inject({ method: 'GET', url, remoteAddress: '198.51.100.22' })).statusCode).toBe(404);
  });
});
