// `npm run bench -- --explain`: the plans PostgreSQL really ran for the requests that matter, with
// EXPLAIN (ANALYZE, BUFFERS) numbers, whatever SQL the app sends today. auto_explain is switched on
// for the bench database only while the requests run, and its entries are read back from the
// server's log (`--pg-log`, default Debian's; the bench needs to read it).
import fs from 'node:fs';
import type pg from 'pg';
import type { DataSet } from './data.js';
import { bumperFor, type Context } from './figures-read.js';
import type { BatchItem } from './http.js';

export const DEFAULT_PG_LOG = '/var/log/postgresql/postgresql-15-main.log';

const SETTINGS: [string, string][] = [
  ['session_preload_libraries', 'auto_explain'],
  ['auto_explain.log_analyze', 'on'],
  ['auto_explain.log_buffers', 'on'],
  ['auto_explain.log_timing', 'on'],
  ['auto_explain.log_format', 'text'],
];

function databaseName(url: string) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Applies to sessions opened afterwards: call before the server starts. */
export async function enableAutoExplain(pool: pg.Pool, url: string, minMs: number) {
  const db = databaseName(url);
  for (const [name, value] of [...SETTINGS, ['auto_explain.log_min_duration', String(minMs)]]) {
    await pool.query(`alter database ${db} set ${name} = '${value}'`);
  }
}

export async function disableAutoExplain(pool: pg.Pool, url: string) {
  const db = databaseName(url);
  for (const [name] of [...SETTINGS, ['auto_explain.log_min_duration']]) await pool.query(`alter database ${db} reset ${name}`);
}

/** The auto_explain entries of one database written to the log between two offsets. */
function plansBetween(logFile: string, from: number, to: number, db: string): string[] {
  const fd = fs.openSync(logFile, 'r');
  const buffer = Buffer.alloc(to - from);
  fs.readSync(fd, buffer, 0, buffer.length, from);
  fs.closeSync(fd);
  const entries: string[][] = [];
  for (const line of buffer.toString('utf8').split('\n')) {
    if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(line)) entries.push([line]);
    else entries.at(-1)?.push(line);
  }
  return entries
    .filter((e) => e[0].includes(`@${db} `) && e[0].includes('plan:'))
    .map((e) => [e[0].replace(/^.*LOG:\s+/, ''), ...shortQuery(e.slice(1))].join('\n').trimEnd());
}

/** The statement's text on one line of at most 200 characters: the plan is what is read here. */
function shortQuery(lines: string[]): string[] {
  const planAt = lines.findIndex((l) => l.includes('(cost='));
  if (planAt < 0) return lines;
  const text = lines.slice(0, planAt).join(' ').replace(/\s+/g, ' ').trim();
  return [`\t${text.length > 200 ? `${text.slice(0, 200)}…` : text}`, ...lines.slice(planAt)];
}

async function settle() {
  await new Promise((r) => setTimeout(r, 300));
}

/** Runs each step alone and prints the plans it caused. */
export async function explainRequests(ctx: Context, data: DataSet, url: string, logFile: string) {
  const db = databaseName(url);
  const base = `/api/v1/initiatives/${data.large}`;
  const bumper = await bumperFor(ctx, data.large);
  const { rows: indicator } = await ctx.pool.query<{ id: string }>(
    `select id from indicators where initiative_id = $1 and frequency = 'month' and measure_type = 'number'
       and actor_aggregation = 'sum' and time_aggregation = 'sum' and not archived order by position limit 1`,
    [data.large],
  );
  const { rows: cells } = await ctx.pool.query<BatchItem & { value: number }>(
    `select m.indicator_id as "indicatorId", m.actor_id as "actorId", m.period, m.value, m.version
     from measurements m join indicators ind on ind.id = m.indicator_id
     where m.initiative_id = $1 and ind.measure_type = 'number' and m.category_id is null order by m.id limit 5000`,
    [data.importTarget],
  );
  const steps: [string, () => Promise<unknown>][] = [
    ['overview of the large initiative', () => ctx.client.get(`${base}/overview`)],
    ['one series, quarterly, after a write', async () => {
      await bumper.bump();
      await settle();
      return ctx.client.get(`${base}/indicators/${indicator[0].id}/series?frequency=quarter`);
    }],
    ['completeness', () => ctx.client.get(`${base}/completeness`)],
    ['batch upsert of 5,000 existing values', () =>
      ctx.client.json('PUT', `/api/v1/initiatives/${data.importTarget}/measurements`, {
        items: cells.map((c) => ({ ...c, value: c.value + 1, reason: 'benchmark' })),
      })],
    ['CSV export (cursor) of the large initiative', () => ctx.client.get(`${base}/reports/measurements.csv`)],
  ];
  for (const [name, run] of steps) {
    await settle();
    const from = fs.statSync(logFile).size;
    await run();
    await settle();
    const plans = plansBetween(logFile, from, fs.statSync(logFile).size, db);
    console.log(`\n## ${name}\n`);
    console.log(plans.length === 0 ? '(no statement over the threshold)' : plans.map((p) => '```\n' + p + '\n```').join('\n\n'));
  }
}
