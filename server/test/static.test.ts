import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testApp } from './helpers.js';

describe('serving the web app', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(dist, 'assets'));
  // The shared database is made once per run, within the hook's longer time limit.
  beforeAll(async () => {
    await testApp();
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('serves files, falls back to index.html for app routes, and keeps JSON 404s for the API', async () => {
    const { database } = await testApp();
    const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', webDist: dist });
    // A file written after start is served as well.
    fs.writeFileSync(path.join(dist, 'assets', 'late.js'), 'console.log(1)');
    const file = await app.inject({ method: 'GET', url: '/assets/late.js' });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('console.log(1)');
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<title>app</title>');
    const route = await app.inject({ method: 'GET', url: '/i/some-initiative/indicators/x' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>app</title>');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    await app.close();
  });

  it('sends the compressed copy the browser accepts, and lets browsers keep hashed assets for a year', async () => {
    const { database } = await testApp();
    const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', webDist: dist });
    const source = 'export const words = "' + 'collective impact '.repeat(200) + '";';
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c.js'), source);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c.js.br'), zlib.brotliCompressSync(source));
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c.js.gz'), zlib.gzipSync(source));
    const url = '/assets/app-1a2b3c.js';

    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(source);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(source);

    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(source);

    // index.html is asked again each time: it names the assets of the newest build.
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.headers['cache-control']).toBe('no-cache');
    await app.close();
  });
});
