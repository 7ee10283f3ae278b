// Streamed exports over a real socket: a client that goes away in the middle of a download frees
// what the export held (its export slot and, on PostgreSQL, its pooled connection and cursor).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Pool } from 'pg';
import { buildApp, type BuiltApp } from '../src/app.js';
import { createFixture, testApp, type Fixture } from './helpers.js';
import { addIndicator } from './series-fixtures.js';

const isPostgres = Boolean(inject('databaseUrl'));
// On PostgreSQL far more than the socket buffers hold (about 6 MB of CSV), so the server is still
// writing when the client leaves; embedded PGlite is too slow to make as much in a test.
const MONTHS = isPostgres ? 40_000 : 3_000;

let f: Fixture;
let app: BuiltApp;
let address: string;

beforeAll(async () => {
  f = await createFixture('Streamed exports');
  const { database } = await testApp();
  app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', quotas: { exportsPerUser: 1, exportsTotal: 10 } });
  address = await app.listen({ port: 0, host: '127.0.0.1' });
  const indicatorId = await addIndicator(f, { code: 'BULK', frequency: 'month' });
  await f.db.execute(sql`
    insert into measurements (initiative_id, indicator_id, actor_id, period, period_start, value)
    select ${f.initiativeId}::uuid, ${indicatorId}::uuid, a.id, to_char(p.d, 'YYYY-MM'), p.d::date, i
    from actors a
    cross join generate_series(0, ${MONTHS - 1}) i
    cross join lateral (select date '1000-01-01' + make_interval(months => i) as d) p
    where a.initiative_id = ${f.initiativeId}::uuid`);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

/** Pooled PostgreSQL connections handed out and not yet given back. */
function checkedOut(): number {
  const pool = (f.db as unknown as { $client: Pool }).$client;
  return pool.totalCount - pool.idleCount;
}

async function eventually(check: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

const exportStatus = async () =>
  (await app.inject({ method: 'GET', url: f.url('/reports/measurements.csv'), headers: f.auth('steering') })).statusCode;

describe('a streamed export whose client goes away', () => {
  it('gives back the export slot and the database connection', async () => {
    const controller = new AbortController();
    const res = await fetch(`${address}${f.url('/reports/measurements.csv')}`, { headers: f.auth('steering'), signal: controller.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(new TextDecoder().decode(first.value).replace(/^\uFEFF/, '')).toMatch(/^indicator_code,/);

    // Still being written: a pooled connection is taken (PostgreSQL), and the user's one export slot.
    if (isPostgres) {
      expect(checkedOut()).toBe(1);
      expect(await exportStatus()).toBe(429);
    }

    controller.abort();
    if (isPostgres) expect(await eventually(() => checkedOut() === 0)).toBe(true);
    expect(await eventually(async () => (await exportStatus()) === 200)).toBe(true);
  });

  it('leaves the next export whole', async () => {
    const res = await app.inject({ method: 'GET', url: f.url('/reports/measurements.csv'), headers: f.auth('steering') });
    expect(res.statusCode).toBe(200);
    const lines = res.body.split('\r\n').filter((line) => line.length > 0);
    // The header and one line per value of the two actors.
    expect(lines).toHaveLength(1 + 2 * MONTHS);
    expect(lines[1]).toMatch(/^BULK,Indicator,,1000-01,1000-01-01,Actor A,/);
    const last = `${1000 + Math.floor((MONTHS - 1) / 12)}-${String(((MONTHS - 1) % 12) + 1).padStart(2, '0')}`;
    expect(lines.at(-1)).toMatch(new RegExp(`^BULK,Indicator,,${last},${last}-01,Actor B,public,,${MONTHS - 1},`));
    if (isPostgres) expect(await eventually(() => checkedOut() === 0)).toBe(true);
  });
});
