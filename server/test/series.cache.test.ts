// The series cache: ETag and 304, a new answer after every kind of write that changes what a
// series shows, invalidation across two apps on one database, and no answer for a caller who may
// not have it, however warm the cache is.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { periodOfDate, type SeriesResponse } from '@ci/shared';
import { openPostgres, type Database } from '../src/db/client.js';
import { buildApp, type BuiltApp } from '../src/app.js';
import { createFixture, testApp, waitForVersionChange, type Fixture } from './helpers.js';
import { addIndicator, addMeasurements, insertMeasurements } from './series-fixtures.js';
import { csv, commit, upload } from './import-fixtures.js';

const CURRENT_QUARTER = periodOfDate(new Date(), 'quarter');
const RANGE = `from=2025-Q1&to=${CURRENT_QUARTER}`;

interface SeriesFixture extends Fixture {
  indicatorId: string;
  seriesUrl: string;
}

async function seriesFixture(): Promise<SeriesFixture> {
  const f = await createFixture('Series cache');
  const indicatorId = await addIndicator(f, { code: 'C1', frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum' });
  await addMeasurements(f, indicatorId, [
    { actorId: f.actorIds[0], period: '2025-Q1', value: 10 },
    { actorId: f.actorIds[1], period: '2025-Q1', value: 5 },
  ]);
  return { ...f, indicatorId, seriesUrl: f.url(`/indicators/${indicatorId}/series?${RANGE}`) };
}

function get(f: SeriesFixture, role: Parameters<Fixture['auth']>[0] = 'steering', headers: Record<string, string> = {}, app: BuiltApp = f.app) {
  return app.inject({ method: 'GET', url: f.seriesUrl, headers: { ...f.auth(role), ...headers } });
}

const point = (body: SeriesResponse, period: string) => body.points.find((p) => p.period === period)!;

/**
 * The series is cached (a repeat with its ETag is 304), the write goes through, and the same
 * conditional request then gets the new series with a new ETag.
 */
async function afterWrite(f: SeriesFixture, write: () => Promise<void>): Promise<{ before: SeriesResponse; after: SeriesResponse }> {
  const first = await get(f);
  expect(first.statusCode).toBe(200);
  const etag = first.headers.etag as string;
  expect((await get(f, 'steering', { 'if-none-match': etag })).statusCode).toBe(304);
  await write();
  const second = await get(f, 'steering', { 'if-none-match': etag });
  expect(second.statusCode).toBe(200);
  expect(second.headers.etag).not.toBe(etag);
  return { before: first.json(), after: second.json() };
}

beforeAll(async () => {
  await testApp();
});

describe('series cache: ETag and 304', () => {
  it('answers a matching If-None-Match with 304 and no body, anything else with the series', async () => {
    const f = await seriesFixture();
    const res = await get(f);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(point(res.json(), '2025-Q1').value).toBe(15);

    const again = await get(f, 'steering', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    // A list of tags and the weak form name it too (If-None-Match compares weakly).
    expect((await get(f, 'steering', { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    const other = await get(f, 'steering', { 'if-none-match': '"other"' });
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(res.body);
  });

  it('sends the same series gzipped to a client that accepts it, with a tag of its own that also revalidates', async () => {
    const f = await seriesFixture();
    const plain = await get(f);
    const zipped = await get(f, 'steering', { 'accept-encoding': 'br, gzip, deflate' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const refused = await get(f, 'steering', { 'accept-encoding': 'gzip;q=0, deflate' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
    const revalidated = await get(f, 'steering', { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.headers.etag).toBe(zipped.headers.etag);
  });

  it('gives each query its own tag, and the same bytes to every member whatever their role', async () => {
    const f = await seriesFixture();
    const quarterly = await get(f);
    const yearly = await f.app.inject({ method: 'GET', url: f.url(`/indicators/${f.indicatorId}/series?from=2025&to=2025&frequency=year`), headers: f.auth('steering') });
    expect(yearly.statusCode).toBe(200);
    expect(yearly.headers.etag).not.toBe(quarterly.headers.etag);
    expect(yearly.json().points).toHaveLength(1);
    for (const role of ['admin', 'backbone', 'partner'] as const) {
      const res = await get(f, role);
      expect(res.body, role).toBe(quarterly.body);
      expect(res.headers.etag).toBe(quarterly.headers.etag);
    }
  });
});

describe('series cache: every kind of write gives a new series', () => {
  it('a value entered through the API', async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const res = await f.app.inject({
        method: 'PUT',
        url: f.url('/measurements'),
        headers: f.auth('partner'),
        payload: { items: [{ indicatorId: f.indicatorId, actorId: f.actorIds[0], period: '2025-Q2', value: 7 }] },
      });
      expect(res.statusCode).toBe(200);
    });
    expect(point(after, '2025-Q2').value).toBe(7);
  });

  it('a batch of values', async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const items = [
        { indicatorId: f.indicatorId, actorId: f.actorIds[0], period: '2025-Q3', value: 1 },
        { indicatorId: f.indicatorId, actorId: f.actorIds[1], period: '2025-Q3', value: 2 },
      ];
      expect((await f.app.inject({ method: 'PUT', url: f.url('/measurements'), headers: f.auth('backbone'), payload: { items } })).statusCode).toBe(200);
    });
    expect(point(after, '2025-Q3').value).toBe(3);
  });

  it('an import committed', async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const uploaded = await upload(f, 'backbone', { name: 'values.csv', content: csv(['indicator_code,actor,period,value', 'C1,Actor A,2025-Q4,4'], false) });
      expect(uploaded.statusCode).toBe(201);
      expect((await commit(f, 'backbone', uploaded.json().id)).statusCode).toBe(200);
    });
    expect(point(after, '2025-Q4').value).toBe(4);
  });

  it("a change of the indicator's targets", async () => {
    const f = await seriesFixture();
    const { before, after } = await afterWrite(f, async () => {
      const res = await f.app.inject({ method: 'PATCH', url: f.url(`/indicators/${f.indicatorId}`), headers: f.auth('backbone'), payload: { targets: [{ period: '2025-Q2', value: 50 }] } });
      expect(res.statusCode).toBe(200);
    });
    expect(point(before, '2025-Q2').target).toBeUndefined();
    expect(point(after, '2025-Q2').target).toBe(50);
  });

  it("a change of the indicator's rules", async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const res = await f.app.inject({ method: 'PATCH', url: f.url(`/indicators/${f.indicatorId}`), headers: f.auth('backbone'), payload: { actorAggregation: 'max' } });
      expect(res.statusCode).toBe(200);
    });
    expect(point(after, '2025-Q1').value).toBe(10); // the larger of 10 and 5
  });

  it("a change of the initiative's settings", async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const res = await f.app.inject({ method: 'PATCH', url: f.url(), headers: f.auth('admin'), payload: { requiresApproval: true } });
      expect(res.statusCode).toBe(200);
    });
    // Submitted values no longer count once approval is required.
    expect(point(after, '2025-Q1').value).toBeNull();
  });

  it('a change of an actor', async () => {
    const f = await seriesFixture();
    const { before, after } = await afterWrite(f, async () => {
      const res = await f.app.inject({ method: 'PATCH', url: f.url(`/actors/${f.actorIds[1]}`), headers: f.auth('backbone'), payload: { role: 'backbone' } });
      expect(res.statusCode).toBe(200);
    });
    // The backbone's own organisation is not an expected reporter by default.
    expect(point(before, CURRENT_QUARTER)).toMatchObject({ complete: false, expected: 2 });
    expect(point(after, CURRENT_QUARTER)).toMatchObject({ complete: false, expected: 1 });
  });

  it('a write straight to the database, as another instance or a command would make it', async () => {
    const f = await seriesFixture();
    const { after } = await afterWrite(f, async () => {
      const versionBefore = await f.app.dataVersions.current(f.initiativeId);
      await insertMeasurements(f, f.indicatorId, [{ actorId: f.actorIds[1], period: '2025-Q2', value: 9 }]);
      await waitForVersionChange(f.app, f.initiativeId, versionBefore);
    });
    expect(point(after, '2025-Q2').value).toBe(9);
  });
});


describe('series cache: two apps on one database', () => {
  let other: { app: BuiltApp; database?: Database };

  beforeAll(async () => {
    const url = inject('databaseUrl');
    const { database } = await testApp();
    // On PostgreSQL a second pool and its own LISTEN connection, as a second server process has.
    const own = url ? await openPostgres(url) : undefined;
    const app = await buildApp({ database: own ?? database, jwtSecret: 'test-secret-that-is-long-enough-000000' });
    await app.ready();
    other = { app, database: own };
  });
  afterAll(async () => {
    await other.app.close();
    await other.database?.close();
  });

  it("a write through one invalidates the other's cached series", async () => {
    const f = await seriesFixture();
    const cached = await get(f);
    expect(point(cached.json(), '2025-Q2').value).toBeNull();
    const versionBefore = await f.app.dataVersions.current(f.initiativeId);
    expect((await get(f, 'steering', { 'if-none-match': cached.headers.etag as string })).statusCode).toBe(304);

    const write = await other.app.inject({
      method: 'PUT',
      url: f.url('/measurements'),
      headers: f.auth('backbone'),
      payload: { items: [{ indicatorId: f.indicatorId, actorId: f.actorIds[0], period: '2025-Q2', value: 12 }] },
    });
    expect(write.statusCode).toBe(200);
    // The first app learns of it from the database's notification, not from the request.
    await waitForVersionChange(f.app, f.initiativeId, versionBefore);
    const fresh = await get(f, 'steering', { 'if-none-match': cached.headers.etag as string });
    expect(fresh.statusCode).toBe(200);
    expect(point(fresh.json(), '2025-Q2').value).toBe(12);
    // And the other app, asked for the first time, agrees byte for byte.
    const there = await get(f, 'steering', {}, other.app);
    expect(there.body).toBe(fresh.body);
    expect(there.headers.etag).toBe(fresh.headers.etag);
  });
});

describe('series cache: never an answer for a caller who may not have it', () => {
  it('refuses an outsider, another initiative and a signed-out session, however warm the cache and whatever tag they send', async () => {
    const f = await seriesFixture();
    const warm = await get(f);
    const etag = warm.headers.etag as string;
    const outsider = await get(f, 'outsider', { 'if-none-match': etag });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.headers.etag).toBeUndefined();

    // A member of another initiative asks for this indicator under their own initiative.
    const g = await createFixture('Elsewhere');
    const elsewhere = await g.app.inject({
      method: 'GET',
      url: g.url(`/indicators/${f.indicatorId}/series?${RANGE}`),
      headers: { ...g.auth('admin'), 'if-none-match': etag },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.headers.etag).toBeUndefined();

    const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: f.users.partner.email, password: 'test-password-1' } });
    const bearer = { authorization: `Bearer ${login.json().token}` };
    expect((await f.app.inject({ method: 'GET', url: f.seriesUrl, headers: bearer })).body).toBe(warm.body);
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer })).statusCode).toBe(204);
    const after = await f.app.inject({ method: 'GET', url: f.seriesUrl, headers: { ...bearer, 'if-none-match': etag } });
    expect(after.statusCode).toBe(401);
  });
});
