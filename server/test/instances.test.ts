// Two server processes on one PostgreSQL database, as behind a load balancer: nothing a request
// needs lives in one process's memory. PostgreSQL only: two processes on one embedded data folder
// are refused by design (see server-process.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type BuiltApp } from '../src/app.js';
import { openPostgres, type Database } from '../src/db/client.js';
import type { SeriesResponse } from '@ci/shared';
import { createFixture, type Fixture } from './helpers.js';
import { addIndicator } from './series-fixtures.js';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
const JWT_SECRET = 'instances-test-secret-that-is-long-enough-0000';
// The spare database: no app of the test run has workers on it, so only these processes run jobs.
const databaseUrl = inject('spareDatabaseUrl');

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts `src/server.ts` on the shared database; resolves with its port once it listens. */
function startInstance(env: Record<string, string>): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-instance-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl!,
      JWT_SECRET,
      DATA_DIR: tmp,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      SCHEDULER: 'false',
      LOG_LEVEL: 'info',
      WEB_DIST: path.join(tmp, 'no-web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let text = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}`, output: () => text });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the instance exited (${code}) before listening:\n${text}`)));
  });
}

describe.skipIf(!databaseUrl)('two instances on one PostgreSQL database', () => {
  let database: Database;
  let setup: BuiltApp;
  let f: Fixture;
  let front: Awaited<ReturnType<typeof startInstance>>;
  let worker: Awaited<ReturnType<typeof startInstance>> | undefined;

  beforeAll(async () => {
    database = await openPostgres(databaseUrl!);
    // Writes the fixture; runs no jobs itself.
    setup = await buildApp({ database, jwtSecret: JWT_SECRET, reportWorkers: 0 });
    f = await createFixture('Two instances', { app: setup, db: database.db });
    // An instance that serves HTTP only: it queues report jobs for others.
    front = await startInstance({ REPORT_WORKERS: '0' });
  }, 120_000);
  afterAll(async () => {
    for (const child of started) child.kill('SIGTERM');
    await setup?.close();
    await database?.close();
  });

  const call = (base: string, method: string, url: string, body?: unknown) =>
    fetch(`${base}${f.url(url)}`, {
      method,
      headers: { ...f.auth('steering'), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('runs a report job queued on one instance on another, and serves its file from both', async () => {
    const start = await call(front.base, 'POST', '/reports/jobs', { kind: 'xlsx' });
    expect(start.status).toBe(202);
    const { id } = (await start.json()) as { id: string };
    // No instance runs workers yet: the job waits, whoever is asked.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await (await call(front.base, 'GET', `/reports/jobs/${id}`)).json()).toMatchObject({ id, status: 'queued', progress: 0 });
    expect((await call(front.base, 'GET', `/reports/jobs/${id}/file`)).status).toBe(409);

    worker = await startInstance({ REPORT_WORKERS: '1' });
    let job: { status: string } = { status: 'queued' };
    for (let i = 0; i < 600 && ['queued', 'running'].includes(job.status); i++) {
      job = (await (await call(worker!.base, 'GET', `/reports/jobs/${id}`)).json()) as { status: string };
      if (['queued', 'running'].includes(job.status)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job).toMatchObject({ status: 'done', progress: 1 });
    for (const base of [front.base, worker!.base]) {
      const file = await call(base, 'GET', `/reports/jobs/${id}/file`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    }
  }, 120_000);

  it('counts sign-in attempts per account across instances', async () => {
    worker ??= await startInstance({ REPORT_WORKERS: '1' });
    const bases = [front.base, worker.base];
    const attempt = (base: string) =>
      fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: f.users.partner.email, password: 'wrong-password' }),
      });
    // Ten attempts a minute per account (the default), whichever instance is asked: five on each.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(bases[i % 2])).status);
    expect(statuses).toEqual(Array(10).fill(401));
    for (const base of bases) {
      const limited = await attempt(base);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it("invalidates the other instance's series cache on a write", async () => {
    worker ??= await startInstance({ REPORT_WORKERS: '1' });
    const indicatorId = await addIndicator(f, { code: 'TWO', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' });
    const url = `/indicators/${indicatorId}/series?from=2025-Q1&to=2025-Q4`;
    const q2 = (body: SeriesResponse) => body.points.find((p) => p.period === '2025-Q2')!.value;
    const series = (base: string, etag?: string) =>
      fetch(`${base}${f.url(url)}`, { headers: { ...f.auth('steering'), ...(etag ? { 'if-none-match': etag } : {}) } });

    const cached = await series(worker.base);
    expect(cached.status).toBe(200);
    expect(q2((await cached.json()) as SeriesResponse)).toBeNull();
    const etag = cached.headers.get('etag')!;
    expect((await series(worker.base, etag)).status).toBe(304);

    const write = await fetch(`${front.base}${f.url('/measurements')}`, {
      method: 'PUT',
      headers: { ...f.auth('backbone'), 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ indicatorId, actorId: f.actorIds[0], period: '2025-Q2', value: 12 }] }),
    });
    expect(write.status).toBe(200);
    // The worker learns of the write from the database's notification: its cached answer goes.
    let fresh = await series(worker.base, etag);
    for (let i = 0; i < 50 && fresh.status === 304; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await series(worker.base, etag);
    }
    expect(fresh.status).toBe(200);
    expect(q2((await fresh.json()) as SeriesResponse)).toBe(12);
  });
});
