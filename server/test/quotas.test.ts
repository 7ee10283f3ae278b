// Per-user and per-initiative limits on report jobs (counted in the database), and limits on
// exports generated while the request waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions, type BuiltApp } from '../src/app.js';
import type { Database } from '../src/db/client.js';
import { createFixture, isolatedDatabase, testApp, type Fixture } from './helpers.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

type Caller = Parameters<Fixture['auth']>[0];
const apps: BuiltApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function appOn(database: Database, opts: Partial<AppOptions> = {}) {
  const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', ...opts });
  apps.push(app);
  return app;
}

async function appWith(quotas: AppOptions['quotas']) {
  return appOn((await testApp()).database, { quotas });
}

function expectRateLimited(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429);
  expect(res.json().error.code).toBe('rate_limited');
  expect(typeof res.json().error.message).toBe('string');
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
}

describe('report job quotas', () => {
  // Counted in the database: a front instance without workers (REPORT_WORKERS=0) queues jobs that
  // nothing runs until an instance with workers starts, so what is counted is never in a race.
  let database: Database;
  let f: Fixture;
  beforeAll(async () => {
    database = await isolatedDatabase();
    const seeder = await appOn(database, { reportWorkers: 0 });
    f = await createFixture('Quotas', { app: seeder, db: database.db });
  });
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.close();
    await database.close();
  });

  const startJob = (app: BuiltApp, caller: Caller, kind: 'pdf' | 'xlsx' = 'pdf') =>
    app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: f.auth(caller), payload: { kind } });
  const jobOf = async (app: BuiltApp, caller: Caller, id: string) =>
    (await app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}`), headers: f.auth(caller) })).json();

  async function waitDone(app: BuiltApp, caller: Caller, id: string) {
    for (let i = 0; i < 400; i++) {
      const job = await jobOf(app, caller, id);
      if (job.status === 'done') return job;
      expect(['queued', 'running']).toContain(job.status);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the job did not finish');
  }

  it('refuses a fourth unfinished job of one user with 429 and Retry-After, while another user may still start one', async () => {
    const quotas = { reportJobsPerUser: 3, reportJobsPerInitiative: 10 };
    const front = await appOn(database, { quotas, reportWorkers: 0 });
    const first = await Promise.all([1, 2, 3, 4].map(() => startJob(front, 'steering')));
    const accepted = first.filter((r) => r.statusCode === 202);
    expect(accepted).toHaveLength(3);
    expectRateLimited(first.find((r) => r.statusCode !== 202)!);
    expect((await startJob(front, 'backbone')).statusCode).toBe(202);
    // Nothing runs them yet, and still nothing does on a second look.
    for (const r of accepted) expect(await jobOf(front, 'steering', r.json().id)).toMatchObject({ status: 'queued', progress: 0 });
    expectRateLimited(await startJob(front, 'steering'));
    // An instance with workers starts on the same database and runs them; the front serves them.
    // (Its workers start once it is ready, as a server is when it listens.)
    const worker = await appOn(database, { quotas });
    await worker.ready();
    for (const r of accepted) await waitDone(front, 'steering', r.json().id);
    const file = await front.inject({ method: 'GET', url: f.url(`/reports/jobs/${accepted[0].json().id}/file`), headers: f.auth('steering') });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    // Once they are done, the same user may start again.
    expect((await startJob(front, 'steering')).statusCode).toBe(202);
    // The next test needs a database without workers again.
    apps.splice(apps.indexOf(worker), 1);
    await worker.close();
  });

  it('limits the unfinished jobs of one initiative', async () => {
    const front = await appOn(database, { quotas: { reportJobsPerUser: 3, reportJobsPerInitiative: 2 }, reportWorkers: 0 });
    const g = await createFixture('Quotas per initiative', { app: front, db: database.db });
    const res = await Promise.all((['steering', 'backbone', 'admin'] as const).map((caller) =>
      front.inject({ method: 'POST', url: g.url('/reports/jobs'), headers: g.auth(caller), payload: { kind: 'xlsx' } }),
    ));
    expect(res.filter((r) => r.statusCode === 202)).toHaveLength(2);
    expectRateLimited(res.find((r) => r.statusCode !== 202)!);
  });

  it("keeps only a user's newest finished reports", async () => {
    const app = await appOn(database, { quotas: { reportsKeptPerUser: 2 } });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await startJob(app, 'partner', 'xlsx');
      expect(res.statusCode).toBe(202);
      ids.push(res.json().id);
      await waitDone(app, 'partner', ids[i]);
    }
    const status = async (id: string) =>
      (await app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}/file`), headers: f.auth('partner') })).statusCode;
    expect(await Promise.all(ids.map(status))).toEqual([404, 404, 200, 200]);
  });
});

describe('export quotas', () => {
  let f: ReportFixture;
  beforeAll(async () => {
    f = await createReportFixture();
  });

  const EXPORTS = ['/reports/report.pdf', '/reports/export.xlsx', '/reports/measurements.csv'];
  const exportAs = (app: BuiltApp, caller: Caller, path: string) => app.inject({ method: 'GET', url: f.url(path), headers: f.auth(caller) });

  it('refuses concurrent exports of one user over the limit, and frees the slots when they are sent', async () => {
    const app = await appWith({ exportsPerUser: 2, exportsTotal: 10 });
    const res = await Promise.all([...EXPORTS, ...EXPORTS].map((path) => exportAs(app, 'steering', path)));
    const limited = res.filter((r) => r.statusCode === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) expectRateLimited(r);
    expect(res.every((r) => r.statusCode === 200 || r.statusCode === 429)).toBe(true);
    for (const path of EXPORTS) expect((await exportAs(app, 'steering', path)).statusCode).toBe(200);
  });

  it('limits exports in progress over all users, and meeting packs count too', async () => {
    const app = await appWith({ exportsPerUser: 5, exportsTotal: 2 });
    const callers: Caller[] = ['steering', 'partner', 'admin'];
    const res = await Promise.all([
      ...callers.map((caller) => exportAs(app, caller, '/reports/report.pdf')),
      app.inject({ method: 'POST', url: f.url(`/meetings/${f.heldMeetingId}/packs`), headers: f.auth('backbone'), payload: {} }),
    ]);
    expect(res.every((r) => [200, 201, 429].includes(r.statusCode))).toBe(true);
    expect(res.filter((r) => r.statusCode !== 429).length).toBeGreaterThanOrEqual(2);
    expect(res.filter((r) => r.statusCode === 429).length).toBeGreaterThan(0);
    for (const r of res.filter((x) => x.statusCode === 429)) expectRateLimited(r);
    expect((await exportAs(app, 'partner', '/reports/report.pdf')).statusCode).toBe(200);
  });
});
