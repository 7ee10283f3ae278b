// Timings of the reads that show every indicator (overview, PDF report), next to their bare SQL
// and to the series path (one full series per indicator), on a database that already holds an
// initiative (made by generate.ts, or the demo). The functions are exported for the benchmark table.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/big npx tsx seeds/bench-reads.ts [--initiative <id>] [--runs 10] [--pdf]
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { openPostgres, type Db } from '../server/src/db/client.js';
import { buildApp, type BuiltApp } from '../server/src/app.js';
import { issueToken } from '../server/src/plugins/auth.js';
import { indicators, initiatives, memberships, users } from '../server/src/db/schema/index.js';
import { seriesForIndicator } from '../server/src/modules/series/series.service.js';
import { reportingContexts } from '../server/src/modules/reporting/reporting.repository.js';
import { loadReportContent } from '../server/src/modules/reports/reports.content.js';
import { renderReportPdf } from '../server/src/modules/reports/reports.pdf.js';

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** p50 and p95 in ms of `runs` calls, after one warm-up call. */
export async function time(runs: number, call: () => Promise<unknown>): Promise<Timing> {
  await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), runs };
}

/** A steering-group member of the initiative and a signed-in session for the app. */
export async function benchSession(app: BuiltApp, db: Db, initiativeId: string): Promise<{ authorization: string }> {
  const [user] = await db
    .insert(users)
    .values({ email: `bench-reads-${randomUUID()}@example.org`, name: 'Benchmark', passwordHash: 'x' })
    .returning({ id: users.id });
  await db.insert(memberships).values({ initiativeId, userId: user.id, role: 'steering' });
  return { authorization: `Bearer ${await issueToken(app, user.id)}` };
}

/** GET /overview through the real app (routing, authorisation, serialisation). */
export function timeOverview(app: BuiltApp, initiativeId: string, headers: { authorization: string }, runs: number) {
  return time(runs, async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/overview`, headers });
    if (res.statusCode !== 200) throw new Error(`overview answered ${res.statusCode}: ${res.body}`);
  });
}

/**
 * The bare limit of the overview and of the PDF figures: every indicator's totals per period over
 * its whole history in one plain statement (sums only, no rules, no completeness).
 */
export function bareTotalsSql(db: Db, initiativeId: string) {
  return db.execute(sql`
    select m.indicator_id, m.period_start, sum(m.value) as v, sum(m.numerator) as n, sum(m.denominator) as d
    from measurements m
    where m.initiative_id = ${initiativeId} and m.status = 'approved' and m.category_id is null
    group by m.indicator_id, m.period_start`);
}

async function currentIndicators(db: Db, initiativeId: string) {
  return db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.archived, false)))
    .orderBy(asc(indicators.position), asc(indicators.code));
}

/** The series path the overview used before: one full series per indicator. */
export async function seriesOfEveryIndicator(db: Db, initiativeId: string): Promise<void> {
  const rows = await currentIndicators(db, initiativeId);
  const contexts = await reportingContexts(db, initiativeId, rows);
  for (const indicator of rows) await seriesForIndicator(db, indicator, {}, { reporting: contexts.get(indicator.id) });
}

/** The series path the PDF figures used before: one full series per indicator, four at a time. */
export async function figuresBySeries(db: Db, initiativeId: string): Promise<void> {
  const rows = await currentIndicators(db, initiativeId);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) await seriesForIndicator(db, rows[next++], {});
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** The PDF report of every indicator, split into loading the figures and drawing. */
export async function timePdf(db: Db, initiativeId: string) {
  const started = performance.now();
  const content = await loadReportContent(db, initiativeId, { range: {} });
  const drawing = performance.now();
  const pdf = await renderReportPdf(content, 'en');
  const ended = performance.now();
  return { figures: drawing - started, drawing: ended - drawing, total: ended - started, bytes: pdf.length };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const { values: args } = parseArgs({ options: { initiative: { type: 'string' }, runs: { type: 'string' }, pdf: { type: 'boolean' }, series: { type: 'boolean' } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name a PostgreSQL database holding the initiative');
  const runs = Number(args.runs ?? 10);
  const database = await openPostgres(url);
  const { db } = database;
  const initiativeId =
    args.initiative ??
    (
      await db.execute(sql`select initiative_id::text as id from measurements group by initiative_id order by count(*) desc limit 1`) as unknown as {
        rows: { id: string }[];
      }
    ).rows[0].id;
  const [{ name }] = await db.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiativeId));
  console.log(`initiative ${name} (${initiativeId}), ${runs} runs each`);

  const app = await buildApp({ database, jwtSecret: 'benchmark-secret-that-is-long-enough-0000' });
  await app.ready();
  const headers = await benchSession(app, db, initiativeId);
  const overview = await timeOverview(app, initiativeId, headers, runs);
  const bare = await time(runs, () => bareTotalsSql(db, initiativeId));
  console.log(`overview (app.inject)          p50 ${ms(overview.p50)}  p95 ${ms(overview.p95)}`);
  console.log(`bare SQL (all totals)          p50 ${ms(bare.p50)}  p95 ${ms(bare.p95)}`);
  console.log(`ratio overview p50 / bare p50  ${(overview.p50 / bare.p50).toFixed(2)}  (p95 / bare p50 ${(overview.p95 / bare.p50).toFixed(2)})`);
  if (args.series) {
    const series = await time(Math.min(runs, 3), () => seriesOfEveryIndicator(db, initiativeId));
    console.log(`series path (every indicator)  p50 ${ms(series.p50)}  → overview is ${(series.p50 / overview.p50).toFixed(1)}× faster`);
  }
  if (args.pdf && args.series) {
    const before = await time(1, () => figuresBySeries(db, initiativeId));
    console.log(`PDF figures by the series path ${ms(before.p50)}`);
  }
  if (args.pdf) {
    for (let i = 0; i < 3; i++) {
      const pdf = await timePdf(db, initiativeId);
      console.log(
        `PDF of every indicator         ${ms(pdf.total)} (figures ${ms(pdf.figures)}, drawing ${ms(pdf.drawing)}, ${Math.round(pdf.bytes / 1024)} kB); ` +
          `figures / bare ${(pdf.figures / bare.p50).toFixed(2)}`,
      );
    }
  }
  await app.close();
  await database.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
