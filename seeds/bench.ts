// `npm run bench`: generates a large synthetic initiative and times inserts and series queries.
// Embedded PGlite in a temporary folder by default; a PostgreSQL server when DATABASE_URL is set
// (the generated initiative is deleted again afterwards).
//   BENCH_ACTORS=60 BENCH_INDICATORS=50 BENCH_YEARS=3 npm run bench
//   npx tsx seeds/bench.ts --actors 60 --indicators 50 --years 3
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type { Frequency, SeriesQuery } from '@ci/shared';
import { openPglite, openPostgres, type Database } from '../server/src/db/client.js';
import { initiatives } from '../server/src/db/schema/index.js';
import { indicatorSeries } from '../server/src/modules/series/series.service.js';
import { loadReportContent } from '../server/src/modules/reports/reports.content.js';
import { renderReportPdf } from '../server/src/modules/reports/reports.pdf.js';
import { generateInitiative } from './generate.js';

const { values: args } = parseArgs({
  options: { actors: { type: 'string' }, indicators: { type: 'string' }, years: { type: 'string' }, runs: { type: 'string' } },
});

function setting(arg: string | undefined, env: string, fallback: number): number {
  const raw = arg ?? process.env[env];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${env} must be a positive integer, got ${raw}`);
  return n;
}

const options = {
  actors: setting(args.actors, 'BENCH_ACTORS', 60),
  indicators: setting(args.indicators, 'BENCH_INDICATORS', 50),
  years: setting(args.years, 'BENCH_YEARS', 3),
};
const runs = setting(args.runs, 'BENCH_RUNS', 5);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeSeries(database: Database, initiativeId: string, indicatorId: string, query: SeriesQuery) {
  const times: number[] = [];
  let points = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const series = await indicatorSeries(database.db, initiativeId, indicatorId, query);
    times.push(performance.now() - started);
    points = series.points.length;
  }
  return { first: times[0], median: median(times), points };
}

async function main() {
  const url = process.env.DATABASE_URL;
  const dir = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-'));
  const opened = performance.now();
  const database = url ? await openPostgres(url) : await openPglite(dir);
  console.log(`database: ${url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dir}`}, opened and migrated in ${seconds(performance.now() - opened)}`);
  console.log(`generating ${options.actors} actors × ${options.indicators} indicators × ${options.years} years …`);

  const started = performance.now();
  const generated = await generateInitiative(database.db, { ...options, name: `Benchmark ${new Date().toISOString()}` });
  const elapsed = performance.now() - started;
  const total = Object.values(generated.rows).reduce((a, b) => a + b, 0);
  console.log(`inserted ${total.toLocaleString('en')} rows (${generated.rows.measurements.toLocaleString('en')} measurements) in ${seconds(elapsed)}: ${Math.round(total / (elapsed / 1000)).toLocaleString('en')} rows/s`);

  const byShape = (frequency: Frequency, measureType: string) =>
    generated.indicators.find((i) => i.frequency === frequency && i.measureType === measureType);
  const cases: { label: string; indicatorId: string | undefined; query: SeriesQuery }[] = [
    { label: 'monthly number, monthly points', indicatorId: byShape('month', 'number')?.id, query: {} },
    { label: 'monthly number, quarterly points', indicatorId: byShape('month', 'number')?.id, query: { frequency: 'quarter' } },
    { label: 'monthly percentage, yearly points', indicatorId: byShape('month', 'percentage')?.id, query: { frequency: 'year' } },
    { label: 'quarterly number, quarterly points', indicatorId: byShape('quarter', 'number')?.id, query: {} },
  ];
  console.log(`series query (${runs} runs each, ${options.actors} actors):`);
  for (const c of cases) {
    if (!c.indicatorId) continue;
    const t = await timeSeries(database, generated.initiativeId, c.indicatorId, c.query);
    console.log(`  ${c.label.padEnd(36)} ${String(t.points).padStart(4)} points  first ${t.first.toFixed(1)} ms  median ${t.median.toFixed(1)} ms`);
  }
  const allStarted = performance.now();
  for (const ind of generated.indicators) await indicatorSeries(database.db, generated.initiativeId, ind.id, {});
  console.log(`  every indicator's series once (an overview's worth): ${seconds(performance.now() - allStarted)}`);

  const pdfStarted = performance.now();
  const content = await loadReportContent(database.db, generated.initiativeId, { range: {} });
  const drawStarted = performance.now();
  const pdf = await renderReportPdf(content, 'en');
  console.log(
    `report PDF of all ${generated.indicators.length} indicators: ${seconds(performance.now() - pdfStarted)} ` +
      `(figures ${seconds(drawStarted - pdfStarted)}, drawing ${seconds(performance.now() - drawStarted)}, ${Math.round(pdf.length / 1024)} kB)`,
  );

  if (url) await database.db.delete(initiatives).where(eq(initiatives.id, generated.initiativeId));
  await database.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });

  const usage = process.resourceUsage();
  console.log(`peak RSS ${megabytes(usage.maxRSS * 1024)}, RSS at the end ${megabytes(process.memoryUsage().rss)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
