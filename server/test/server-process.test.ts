// The real entry point in child processes: the exclusive lock on the embedded data folder and the
// graceful shutdown after SIGTERM. Embedded mode only (the lock guards PGlite's folder).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServer, killServers, startBuiltServer } from './built-server.js';

afterAll(killServers);

/** The built server (`node dist/server.js`), as `npm start` runs it, without the demo. */
function startServer(dataDir: string) {
  return startBuiltServer({ DATA_DIR: dataDir, SEED_DEMO: 'false', WEB_DIST: path.join(dataDir, 'no-web') });
}

function get(port: number, url: string, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

// The child servers always use the embedded database: once per CI run is enough.
const embeddedRun = !inject('databaseUrl');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-server-process-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  if (embeddedRun) buildServer();
}, 120_000);

describe.skipIf(!embeddedRun)('one embedded data folder, one server', () => {
  it('refuses a second server on the same DATA_DIR, keeps the first serving, and recovers from a killed holder', async () => {
    const dataDir = path.join(tmp, 'shared');
    const first = await startServer(dataDir);
    expect(first.listening, first.output()).toBe(true);

    const second = await startServer(dataDir);
    expect(second.listening).toBe(false);
    const { code } = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toContain('Another server is already using the data folder');

    expect((await get(first.port, '/api/v1/health/ready')).status).toBe(200);

    // A crash leaves the lock behind; it goes stale and the next server takes over.
    first.child.kill('SIGKILL');
    await first.exited;
    const t = Date.now();
    const third = await startServer(dataDir);
    expect(third.listening, third.output()).toBe(true);
    console.log(`after SIGKILL of the holder, the next server listened after ${((Date.now() - t) / 1000).toFixed(1)} s`);
    expect((await get(third.port, '/api/v1/health/ready')).status).toBe(200);

    // A clean stop releases the lock at once.
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
    const fourth = await startServer(dataDir);
    expect(fourth.listening, fourth.output()).toBe(true);
    fourth.child.kill('SIGTERM');
    await fourth.exited;
  }, 300_000);
});

describe.skipIf(!embeddedRun)('graceful shutdown', () => {
  it('finishes the request in flight, closes keep-alive connections and exits within seconds of SIGTERM', async () => {
    // The folder of the test above: already created, so the start is quicker.
    const server = await startServer(path.join(tmp, 'shared'));
    expect(server.listening, server.output()).toBe(true);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    // An idle keep-alive connection…
    expect((await get(server.port, '/api/v1/health/live', agent)).status).toBe(200);
    // …and a request in flight: its body is still arriving when the signal comes.
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password-1' });
    const login = http.request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/v1/auth/login',
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      login.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
      });
      login.on('error', reject);
    });
    login.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 300));

    const t = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    login.end(body.slice(10));
    const response = await answered;
    const { code } = await server.exited;
    const seconds = (Date.now() - t) / 1000;
    console.log(`shutdown after SIGTERM with a request in flight and a keep-alive connection: ${seconds.toFixed(2)} s`);
    // The request that had started is answered normally, not cut off or refused.
    expect(response.status).toBe(401);
    expect(response.connection).toBe('close');
    expect(code).toBe(0);
    expect(seconds).toBeLessThan(8);
    agent.destroy();
  }, 180_000);
});
