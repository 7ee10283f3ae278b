// Absolute links come from the configured public address, never from request headers a client can set.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { createFixture, testApp, type Fixture } from './helpers.js';

const hostile = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };

describe('public address of links', () => {
  let configured: BuiltApp | undefined;
  afterAll(async () => configured?.close());

  async function feedUrls(app: BuiltApp, f: Fixture) {
    const res = await app.inject({ method: 'GET', url: '/api/v1/me/calendar', headers: { ...f.auth('partner'), ...hostile } });
    expect(res.statusCode).toBe(200);
    return (res.json() as { urls: Array<{ url: string }> }).urls.map((u) => new URL(u.url));
  }

  it('builds calendar feed URLs on PUBLIC_URL, whatever Host and X-Forwarded-Host say', async () => {
    const f = await createFixture();
    const { database } = await testApp();
    configured = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', publicUrl: 'https://dash.example.org/ci/' });
    const urls = await feedUrls(configured, f);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.origin).toBe('https://dash.example.org');
      expect(url.pathname.startsWith('/ci/api/v1/calendar/')).toBe(true);
    }
    const renewed = await configured.inject({ method: 'POST', url: '/api/v1/me/calendar/renew', headers: { ...f.auth('partner'), ...hostile } });
    for (const u of (renewed.json() as { urls: Array<{ url: string }> }).urls) expect(new URL(u.url).host).toBe('dash.example.org');
  });

  it('falls back to a fixed local address, not the request host, when none is configured', async () => {
    const f = await createFixture();
    for (const url of await feedUrls(f.app, f)) expect(url.host).toBe('localhost:3000');
  });
});
