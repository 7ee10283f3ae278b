// Bulk writes against their bare limit: `benchBatchWrites()` sends 100,000 new values through the
// batch API (PUT /measurements, over HTTP, in batches of the largest size the API accepts), then the
// same values again as changes (each with its version), and copies the same rows with COPY into a
// scratch table shaped like `measurements` (psql `\copy` on PostgreSQL, `COPY … FROM '/dev/blob'` on
// PGlite). Each run uses a fresh initiative; the ratio is the batch API's rows/s over COPY's, in
// the same run. `npm run bench:batch` prints it (DATABASE_URL for PostgreSQL, else PGlite):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/ci_bench npm run bench:batch
//   BENCH_ROWS=20000 BENCH_RUNS=1 npm run bench:batch
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { addPeriods, MAX_BATCH_ITEMS, periodStart, type MeasurementBatchItem } from '@ci/shared';
import { openPglite, openPostgres, type Database } from '../server/src/db/client.js';
import { buildApp } from '../server/src/app.js';
import { issueToken } from '../server/src/plugins/auth.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import { actors, auditLog, indicators, initiatives, memberships, users } from '../server/src/db/schema/index.js';

export interface BatchWriteOptions {
  /** Values per run (default 100,000). */
  rows?: number;
  runs?: number;
  /** The PostgreSQL server's URL, for psql `\copy` (required with the pg driver). */
  url?: string;
  actors?: number;
  indicators?: number;
  log?: (line: string) => void;
}

export interface BatchWriteRun {
  /** New values through the batch API, rows per second. */
  create: number;
  /** The same values changed through the batch API (with their versions), rows per second. */
  update: number;
  /** COPY of the same rows into a scratch table shaped like measurements (its indexes included), rows per second. */
  copy: number;
}

export interface BatchWriteFigures {
  rows: number;
  batchSize: number;
  runs: BatchWriteRun[];
  /** Medians over the runs. */
  create: number;
  update: number;
  copy: number;
  /** create ÷ copy and update ÷ copy, medians of the per-run ratios. */
  createRatio: number;
  updateRatio: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
const SCRATCH = 'bench_copy_scratch';

interface Setup {
  initiativeId: string;
  userId: string;
  indicatorIds: string[];
  actorIds: string[];
}

async function setUp(database: Database, nActors: number, nIndicators: number, userId: string): Promise<Setup> {
  const initiativeId = randomUUID();
  await database.db.insert(initiatives).values({ id: initiativeId, name: `Batch benchmark ${initiativeId}`, locale: 'en' });
  const actorRows = await database.db
    .insert(actors)
    .values(Array.from({ length: nActors }, (_, a) => ({ initiativeId, name: `Actor ${a + 1}`, sector: 'civil_society' })))
    .returning({ id: actors.id });
  const indicatorRows = await database.db
    .insert(indicators)
    .values(Array.from({ length: nIndicators }, (_, i) => ({ initiativeId, code: `I${i + 1}`, name: `Indicator ${i + 1}`, frequency: 'quarter', position: i })))
    .returning({ id: indicators.id });
  await database.db.insert(memberships).values({ initiativeId, userId, role: 'backbone' });
  return { initiativeId, userId, indicatorIds: indicatorRows.map((r) => r.id), actorIds: actorRows.map((r) => r.id) };
}

/** Every (quarter, indicator, actor) cell once, in that order, from 2000-Q1 on. */
function valuesOf(s: Setup, rows: number): MeasurementBatchItem[] {
  const out: MeasurementBatchItem[] = [];
  for (let q = 0; out.length < rows; q++) {
    const period = addPeriods('2000-Q1', q);
    for (let i = 0; i < s.indicatorIds.length && out.length < rows; i++) {
      for (let a = 0; a < s.actorIds.length && out.length < rows; a++) {
        out.push({ indicatorId: s.indicatorIds[i], actorId: s.actorIds[a], period, value: (i * 7 + a * 3 + q) % 500 });
      }
    }
  }
  return out;
}

async function put(url: string, headers: Record<string, string>, items: MeasurementBatchItem[]) {
  const res = await fetch(url, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
  if (!res.ok) throw new Error(`PUT failed with ${res.status}: ${(await res.text()).slice(0, 500)}`);
  return (await res.json()) as { items: { version: number }[] };
}

/** Sends the values in batches of `MAX_BATCH_ITEMS`; returns the elapsed milliseconds. */
async function sendAll(url: string, headers: Record<string, string>, items: MeasurementBatchItem[]) {
  const started = performance.now();
  for (let i = 0; i < items.length; i += MAX_BATCH_ITEMS) await put(url, headers, items.slice(i, i + MAX_BATCH_ITEMS));
  return performance.now() - started;
}

function copyCsv(s: Setup, items: MeasurementBatchItem[]) {
  return items
    .map((v) => `${s.initiativeId},${v.indicatorId},${v.actorId},${v.period},${periodStart(v.period)},${v.value},submitted,${s.userId},1\n`)
    .join('');
}

const COPY_COLUMNS = '(initiative_id, indicator_id, actor_id, period, period_start, value, status, entered_by, version)';

/** COPY of the CSV into the scratch table; returns the elapsed milliseconds (for psql, the whole process). */
async function copyRows(database: Database, url: string | undefined, csv: string, dir: string): Promise<number> {
  await database.db.execute(sql.raw(`drop table if exists ${SCRATCH}`));
  await database.db.execute(sql.raw(`create table ${SCRATCH} (like measurements including defaults including indexes)`));
  if (database.driver === 'pglite') {
    const client = (database.db as unknown as { $client: { query(q: string, p: unknown[], o: { blob: Blob }): Promise<unknown> } }).$client;
    const started = performance.now();
    await client.query(`copy ${SCRATCH} ${COPY_COLUMNS} from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
    return performance.now() - started;
  }
  if (!url) throw new Error('COPY on PostgreSQL goes through psql: pass the database URL');
  const file = path.join(dir, 'copy.csv');
  fs.writeFileSync(file, csv);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy ${SCRATCH} ${COPY_COLUMNS} from '${file}' with (format csv)`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    psql.on('error', reject);
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))));
  });
  return performance.now() - started;
}

async function tearDown(database: Database, s: Setup) {
  await database.db.delete(initiatives).where(eq(initiatives.id, s.initiativeId));
  await database.db.delete(auditLog).where(eq(auditLog.initiativeId, s.initiativeId));
}

/** Runs the comparison on an open database (it creates and deletes its own initiatives and user). */
export async function benchBatchWrites(database: Database, options: BatchWriteOptions = {}): Promise<BatchWriteFigures> {
  const rows = options.rows ?? 100_000;
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-batch-'));
  const [user] = await database.db
    .insert(users)
    .values({ email: `bench-batch-${randomUUID()}@example.org`, name: 'Benchmark', passwordHash: await hashPassword('benchmark-pw') })
    .returning();
  const app = await buildApp({ database, jwtSecret: 'benchmark-secret-that-is-long-enough-0000' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const headers = { authorization: `Bearer ${await issueToken(app, user.id)}` };
  const results: BatchWriteRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const s = await setUp(database, options.actors ?? 100, options.indicators ?? 50, user.id);
      try {
        const items = valuesOf(s, rows);
        const url = `${address}/api/v1/initiatives/${s.initiativeId}/measurements`;
        const createMs = await sendAll(url, headers, items);
        const changes = items.map((v) => ({ ...v, value: (v.value as number) + 1, version: 1 }));
        const updateMs = await sendAll(url, headers, changes);
        const copyMs = await copyRows(database, options.url, copyCsv(s, items), dir);
        const r = { create: rate(rows, createMs), update: rate(rows, updateMs), copy: rate(rows, copyMs) };
        results.push(r);
        log(
          `run ${run + 1}: batch API create ${r.create.toLocaleString('en')} rows/s, update ${r.update.toLocaleString('en')} rows/s, ` +
            `COPY ${r.copy.toLocaleString('en')} rows/s; create ${(r.create / r.copy).toFixed(3)} × COPY, update ${(r.update / r.copy).toFixed(3)} × COPY`,
        );
      } finally {
        await tearDown(database, s);
      }
    }
  } finally {
    await app.close();
    await database.db.execute(sql.raw(`drop table if exists ${SCRATCH}`));
    await database.db.delete(users).where(eq(users.id, user.id));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    rows,
    batchSize: MAX_BATCH_ITEMS,
    runs: results,
    create: median(results.map((r) => r.create)),
    update: median(results.map((r) => r.update)),
    copy: median(results.map((r) => r.copy)),
    createRatio: median(results.map((r) => r.create / r.copy)),
    updateRatio: median(results.map((r) => r.update / r.copy)),
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  const tmp = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-batch-db-'));
  const database = url ? await openPostgres(url) : await openPglite(tmp);
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(`database: ${url ? 'PostgreSQL' : 'PGlite'}; ${rows.toLocaleString('en')} values per run in batches of ${MAX_BATCH_ITEMS}, ${runs} runs`);
  try {
    const f = await benchBatchWrites(database, { rows, runs, url, log: (line) => console.log(line) });
    console.log(
      `median: create ${f.create.toLocaleString('en')} rows/s, update ${f.update.toLocaleString('en')} rows/s, COPY ${f.copy.toLocaleString('en')} rows/s; ` +
        `create ${(f.createRatio * 100).toFixed(1)} % of COPY, update ${(f.updateRatio * 100).toFixed(1)} % of COPY (budget ≥ 25 %)`,
    );
  } finally {
    await database.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
