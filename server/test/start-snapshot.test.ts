// A fresh embedded data folder starts as the prepared copy of the demo database (seeds/
// demo-snapshot.ts): the built server and its prepare command in child processes, as `npm start`
// runs them. A copy under another key (other migrations or seed code) or past its day is never
// loaded. Embedded mode only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_DIR } from '../src/db/client.js';
import { demoSnapshotKey } from '../../seeds/demo-snapshot.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo.js';
import { buildServer, killServers, SERVER_DIR, startBuiltServer, type Running } from './built-server.js';

const embeddedRun = !inject('databaseUrl');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-start-snapshot-'));
const snapshotDir = path.join(tmp, 'cache');
afterAll(() => {
  killServers();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const COPY = /^demo-([0-9a-f]{16})-(\d{8}T\d{4}Z)\.tar\.gz$/;
const copies = () => fs.readdirSync(snapshotDir).filter((n) => COPY.test(n));

async function api(server: Running, url: string, init: { token?: string; body?: unknown } = {}) {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1${url}`, {
    method: init.body ? 'POST' : 'GET',
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Every demo login works with the printed password; returns the initiative names each one sees. */
async function demoLogins(server: Running): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  for (const user of DEMO_USERS) {
    const login = await api(server, '/auth/login', { body: { email: user.email, password: DEMO_PASSWORD } });
    expect(login.status, user.email).toBe(200);
    const list = await api(server, '/initiatives', { token: login.body.token });
    expect(list.status).toBe(200);
    seen[user.email] = list.body.items.map((i: { name: string }) => i.name).sort();
  }
  return seen;
}

async function startFresh(name: string) {
  const server = await startBuiltServer({ DATA_DIR: path.join(tmp, name), SNAPSHOT_DIR: snapshotDir, SEED_DEMO: 'true', WEB_DIST: path.join(tmp, 'no-web') });
  expect(server.listening, server.output()).toBe(true);
  // The logins are printed just after Fastify's "listening" line.
  for (let i = 0; i < 100 && !server.output().includes('Demo logins'); i++) await new Promise((r) => setTimeout(r, 50));
  return server;
}

async function stop(server: Running) {
  server.child.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);
}

/** Rewrites a copy with every initiative renamed, so a server that loads it shows it. */
async function marked(source: string, target: string, mark: string) {
  const db = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(source)]) });
  await db.query(`update initiatives set name = $1 || name`, [mark]);
  await db.exec('checkpoint');
  const tarball = await db.dumpDataDir('gzip');
  await db.close();
  fs.writeFileSync(target, Buffer.from(await tarball.arrayBuffer()));
}

describe.skipIf(!embeddedRun)('the prepared demo database', () => {
  let key: string;
  let prepared: string;
  let fresh: Record<string, string[]>;

  beforeAll(() => {
    buildServer();
    execFileSync(process.execPath, ['dist/prepare-demo.js'], { cwd: SERVER_DIR, env: { ...process.env, SNAPSHOT_DIR: snapshotDir, DATABASE_URL: '' } });
  }, 300_000);

  it('is made by the build under the key the sources give, valid until the next midnight at most', async () => {
    const names = copies();
    expect(names).toHaveLength(1);
    const [, fileKey, until] = COPY.exec(names[0])!;
    // The bundle's key (digest fixed at build time) is the one running from the sources computes.
    key = await demoSnapshotKey();
    expect(fileKey).toBe(key);
    const untilMs = Date.parse(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}T${until.slice(9, 11)}:${until.slice(11, 13)}Z`);
    expect(untilMs).toBeGreaterThan(Date.now());
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(untilMs).toBeLessThanOrEqual(midnight.getTime());
    prepared = path.join(snapshotDir, names[0]);
  }, 60_000);

  it('starts a fresh data folder as the copy, with the demo and working demo logins', async () => {
    // Marked, so the initiatives' names show that this copy and nothing else was loaded.
    await marked(prepared, prepared, 'Copy: ');
    const server = await startFresh('fresh');
    expect(server.output()).toContain('Demo data loaded (from the prepared copy)');
    for (const user of DEMO_USERS) expect(server.output()).toContain(`${user.email.padEnd(24)} password: ${DEMO_PASSWORD}`);
    fresh = await demoLogins(server);
    expect(fresh['admin@demo.test']).toHaveLength(2);
    expect(fresh['admin@demo.test'].every((name) => name.startsWith('Copy: '))).toBe(true);
    expect(fresh['partner@demo.test']).toHaveLength(1);
    await stop(server);
  }, 120_000);

  it('never loads a copy under another key or past its time: it seeds, and leaves the current copy', async () => {
    const other = `demo-${'0'.repeat(16)}-29991231T0000Z.tar.gz`;
    const expired = `demo-${key}-20000101T0000Z.tar.gz`;
    fs.renameSync(prepared, path.join(snapshotDir, expired));
    fs.copyFileSync(path.join(snapshotDir, expired), path.join(snapshotDir, other));

    const server = await startFresh('stale');
    expect(server.output()).toContain('Demo data loaded. Demo logins:');
    const seen = await demoLogins(server);
    // The real demo, not the marked copies.
    expect(seen['admin@demo.test']).toEqual(fresh['admin@demo.test'].map((name) => name.replace(/^Copy: /, '')));
    expect(seen['partner@demo.test']).toHaveLength(1);
    await stop(server);

    const now = copies();
    expect(now).toHaveLength(1);
    expect(COPY.exec(now[0])![1]).toBe(key);
    expect(now).not.toContain(expired);

    // The next fresh folder starts from the copy that start left.
    const next = await startFresh('next');
    expect(next.output()).toContain('Demo data loaded (from the prepared copy)');
    expect(await demoLogins(next)).toEqual(seen);
    await stop(next);
  }, 300_000);

  it('changes its key when a migration changes', async () => {
    const migrations = path.join(tmp, 'migrations');
    fs.cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    expect(await demoSnapshotKey(migrations)).toBe(key);
    const first = path.join(migrations, fs.readdirSync(migrations).find((n) => n.endsWith('.sql'))!);
    fs.appendFileSync(first, '\n-- changed\n');
    expect(await demoSnapshotKey(migrations)).not.toBe(key);
  });
});
