// The PostgreSQL pool survives the server ending an idle connection (a restart, an administrator
// terminating a backend): the next query gets a new connection and the process does not crash.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openPostgres, type Database } from '../src/db/client.js';

const POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `ci_pool_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
let database: Database;
const idleErrors: Error[] = [];

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: POSTGRES });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  database = await openPostgres(url.toString(), { poolSize: 2, onIdleError: (err) => idleErrors.push(err) });
}, 120_000);

afterAll(async () => {
  await database?.close();
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
});

it('replaces an idle connection the server terminated, and tells about it', async () => {
  const before = await database.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
  const pid = Number((before as unknown as { rows: { pid: number }[] }).rows[0].pid);
  const terminated = await admin((c) => c.query('select pg_terminate_backend($1) as ok', [pid]));
  expect(terminated.rows[0].ok).toBe(true);
  for (let i = 0; i < 50 && idleErrors.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(idleErrors).toHaveLength(1);
  expect(idleErrors[0].message).toMatch(/terminat/i);
  const after = await database.db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
  expect(Number((after as unknown as { rows: { pid: number }[] }).rows[0].pid)).not.toBe(pid);
});
