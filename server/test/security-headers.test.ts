import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { testApp } from './helpers.js';

function directives(header: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values.join(' '));
  }
  return out;
}

describe('security headers', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  let app: BuiltApp;
  beforeAll(async () => {
    const { database } = await testApp();
    app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['the API', '/api/v1/health', 200],
    ['an API error', '/api/v1/initiatives', 401],
    ['an unknown API route', '/api/v1/nothing', 404],
    ['the SPA', '/', 200],
    ['an SPA route', '/i/some-initiative/meetings', 200],
    ['a static file', '/assets/app.js', 200],
  ])('are sent with %s', async (_what, url, status) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).not.toContain('unsafe-eval');
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('keep the API documentation working: its page and scripts load under its policy', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    // No inline script: every script is a file the policy's script-src 'self' allows.
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    for (const src of scripts) {
      const res = await app.inject({ method: 'GET', url: new URL(src, 'http://x/api/docs/').pathname });
      expect(res.statusCode, src).toBe(200);
    }
    const csp = directives(page.headers['content-security-policy']);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });
});

describe('request ids', () => {
  it('echo a sane incoming X-Request-Id on success, error and 404', async () => {
    const { app } = await testApp();
    for (const [url, status] of [
      ['/api/v1/health', 200],
      ['/api/v1/initiatives', 401],
      ['/api/v1/nothing', 404],
    ] as const) {
      const res = await app.inject({ method: 'GET', url, headers: { 'x-request-id': 'trace-42.a_b' } });
      expect(res.statusCode).toBe(status);
      expect(res.headers['x-request-id']).toBe('trace-42.a_b');
    }
  });

  it('replace a missing, long or odd X-Request-Id with a fresh UUID', async () => {
    const { app } = await testApp();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const ids = new Set<string>();
    for (const given of [undefined, 'x'.repeat(65), 'a b', 'id\u00e9', '<script>', '']) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/health', headers: given === undefined ? {} : { 'x-request-id': given } });
      const id = String(res.headers['x-request-id']);
      expect(id).toMatch(uuid);
      ids.add(id);
    }
    expect(ids.size).toBe(6);
  });
});
