// The log a real app writes, captured: no secret of a request ends up in it.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { createFixture, signIn, testApp, TEST_PASSWORD, type Fixture } from './helpers.js';

describe('logs', () => {
  let lines: string[];
  let app: BuiltApp;
  let fixture: Fixture;
  const BOUND_SECRET = 'bound-value-7f3a9c';
  beforeAll(async () => {
    lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { database } = await testApp();
    app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', logger: { level: 'debug', stream } });
    // A query that fails in the database with a bound value, answered by the app's error handler.
    app.get('/failing-query', async () => {
      await app.db.execute(sql`select length(${BOUND_SECRET}) / 0`);
      return {};
    });
    await app.ready();
    fixture = await createFixture('Logged');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('leave out feed tokens, query values, credentials and bound query values, and carry the request id', async () => {
    const bearer = await signIn(app, fixture.users.admin.id);
    const feeds = await app.inject({ method: 'GET', url: '/api/v1/me/calendar', headers: { authorization: `Bearer ${bearer}` } });
    expect(feeds.statusCode).toBe(200);
    const { token } = feeds.json() as { token: string };
    const feed = await app.inject({ method: 'GET', url: `/api/v1/calendar/${token}/${fixture.initiativeId}.ics` });
    expect(feed.statusCode).toBe(200);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: fixture.users.backbone.email, password: TEST_PASSWORD },
      // A browser's sign-in from the app's own page: it carries the old cookie and its origin.
      headers: { cookie: 'ci_session=cookie-secret-0c1d', host: 'app.example', origin: 'http://app.example' },
    });
    expect(login.statusCode).toBe(200);
    const sessionToken = (login.json() as { token: string }).token;

    const search = await app.inject({
      method: 'GET',
      url: fixture.url('/actors?q=query-secret-91b2&limit=5'),
      headers: { authorization: `Bearer ${sessionToken}`, 'x-request-id': 'trace-log-1' },
    });
    expect(search.statusCode).toBeLessThan(500);

    const failed = await app.inject({ method: 'GET', url: '/failing-query' });
    expect(failed.statusCode).toBe(500);

    const text = lines.join('');
    // The requests were logged (each at debug)…
    expect(text).toContain('/api/v1/calendar/[redacted]/');
    expect(text).toContain('q=[redacted]');
    expect(text).toContain('"reqId":"trace-log-1"');
    expect(text).toMatch(/division by zero/);
    // …without their secrets.
    for (const secret of [token, TEST_PASSWORD, sessionToken, bearer, 'cookie-secret-0c1d', 'query-secret-91b2', BOUND_SECRET]) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
