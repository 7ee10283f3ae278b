// Per-user and server-wide limits on report jobs and on exports generated while the request waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions, type BuiltApp } from '../src/app.js';
import { createFixture, testApp, type Fixture } from './helpers.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

type Caller = Parameters<Fixture['auth']>[0];
const apps: BuiltApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function appWith(quotas: AppOptions['quotas']) {
  const { database } = await testApp();
  const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', quotas });
  apps.push(app);
  return app;
}

function expectRateLimited(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429);
  expect(res.json().error.code).toBe('rate_limited');
  expect(typeof res.json().error.message).toBe('string');
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
}

describe('report job quotas', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('Quotas');
  });

  const startJob = (app: BuiltApp, caller: Caller, kind: 'pdf' | 'xlsx' = 'pdf') =>
    app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: f.auth(caller), payload: { kind } });

  async function waitDone(app: BuiltApp, caller: Caller, id: string) {
    for (let i = 0; i < 400; i++) {
      const res = await app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}`), headers: f.auth(caller) });
      if (res.statusCode === 200 && res.json().status !== 'running') return res.json();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the job did not finish');
  }

  it('refuses a fourth running job of one user with 429 and Retry-After, while another user may still start one', async () => {
    const app = await appWith({ reportJobsPerUser: 3, reportJobsPerInitiative: 10 });
    const first = await Promise.all([1, 2, 3, 4].map(() => startJob(app, 'steering')));
    const accepted = first.filter((r) => r.statusCode === 202);
    expect(accepted).toHaveLength(3);
    expectRateLimited(first.find((r) => r.statusCode !== 202)!);
    expect((await startJob(app, 'backbone')).statusCode).toBe(202);
    for (const r of accepted) await waitDone(app, 'steering', r.json().id);
    // Once they are done, the same user may start again.
    expect((await startJob(app, 'steering')).statusCode).toBe(202);
  });

  it('limits the jobs running in one initiative', async () => {
    const app = await appWith({ reportJobsPerUser: 3, reportJobsPerInitiative: 2 });
    const res = await Promise.all((['steering', 'backbone', 'admin'] as const).map((caller) => startJob(app, caller)));
    expect(res.filter((r) => r.statusCode === 202)).toHaveLength(2);
    expectRateLimited(res.find((r) => r.statusCode !== 202)!);
  });

  it("keeps only a user's newest finished reports in memory", async () => {
    const app = await appWith({ reportsKeptPerUser: 2 });
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
