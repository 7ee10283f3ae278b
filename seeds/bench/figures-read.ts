// The read figures: overviews, one series (cold and warm), series throughput and the PDF, each
// against its bare limit in the same run.
import autocannon from 'autocannon';
import type pg from 'pg';
import { budgets, passes, type Scale } from './budgets.js';
import { OVERVIEW_SQL, REPORT_FIGURES_SQL, SERIES_SQL } from './bare.js';
import { Bumper, type Client } from './http.js';
import { mb, ms, p50, p95, percent, rate, sample, times, type Sampling } from './measure.js';
import { withRss, type RunningServer } from './server.js';

export interface Row {
  figure: string;
  measured: string;
  bare: string;
  ratio: string;
  budget: string;
  /** Null: shown for information, no budget. */
  pass: boolean | null;
}

export interface Context {
  pool: pg.Pool;
  client: Client;
  server: RunningServer;
  sampling: Sampling;
  scale: Scale;
  throughputSeconds: number;
  log: (line: string) => void;
}

/** Times a statement as a prepared one, planned once, as the limit of what a route could reach. */
function bare(ctx: Context, name: string, text: string, values: unknown[]) {
  return sample(ctx.sampling, () => ctx.pool.query({ name, text, values }));
}

/**
 * A cell whose rewrite changes nothing shown: the oldest period of the first summed per-actor
 * number indicator, for the first actor. Rewriting it moves the initiative's data version on, so
 * whatever the app caches by that version is computed again ("cold").
 */
export async function bumperFor(ctx: Context, initiativeId: string): Promise<Bumper> {
  const { rows } = await ctx.pool.query<{ indicator_id: string; actor_id: string; period: string; value: number; version: number }>(
    `select m.indicator_id, m.actor_id, m.period, m.value, m.version
     from measurements m join indicators ind on ind.id = m.indicator_id join actors a on a.id = m.actor_id
     where m.initiative_id = $1 and m.category_id is null and m.value is not null and not ind.archived
       and ind.measure_type = 'number' and ind.actor_aggregation <> 'none'
       and not exists (select 1 from disaggregation_dimensions dd where dd.indicator_id = ind.id)
     order by ind.position, ind.code, m.period_start, a.name limit 1`,
    [initiativeId],
  );
  if (rows.length === 0) throw new Error(`initiative ${initiativeId} has no value to rewrite`);
  const r = rows[0];
  return new Bumper(ctx.client, initiativeId, { indicatorId: r.indicator_id, actorId: r.actor_id, period: r.period, value: r.value, version: r.version });
}

/**
 * The overview after a write (the first view of a new data version: nothing cached can answer) and
 * repeated (what every further view gets until the next write), and revalidated by ETag. The
 * budget is judged on the repeated view, the users' pattern of many views between writes; the
 * figure after a write is printed beside it with its ratio to the bare statement (BENCHMARKS.md).
 */
export async function overview(ctx: Context, initiativeId: string, large: boolean): Promise<Row[]> {
  const path = `/api/v1/initiatives/${initiativeId}/overview`;
  const bumper = await bumperFor(ctx, initiativeId);
  await ctx.client.get(path);
  const cold = await sample(ctx.sampling, () => ctx.client.get(path), () => bumper.bump());
  const warm = await sample(ctx.sampling, () => ctx.client.get(path));
  const sql = await bare(ctx, large ? 'overview-large' : 'overview-demo', OVERVIEW_SQL, [initiativeId]);
  const budget = large ? budgets.overviewLarge(ctx.scale, p50(sql)) : budgets.overviewDemo(ctx.scale, p50(sql));
  const figure = large ? 'overview, large initiative' : 'overview, Swedish demo';
  const pick = (t: number[]) => (large ? p95(t) : p50(t));
  const row = (label: string, t: number[]): Row => ({
    figure: `${figure} (${label})`,
    measured: `p50 ${ms(p50(t))}, p95 ${ms(p95(t))} (${t.length} runs)`,
    bare: `set-based SQL p50 ${ms(p50(sql))}`,
    ratio: times(p50(t) / p50(sql)),
    budget: budget.text,
    pass: passes(budget, pick(t)),
  });
  const rows = [{ ...row('after a write', cold), budget: 'not judged: the first view after a write', pass: null }, row('repeated', warm)];
  const { etag } = await ctx.client.get(path);
  if (etag) {
    const revalidated = await sample(ctx.sampling, () => ctx.client.get(path, { 'if-none-match': etag }));
    rows.push({ ...row('If-None-Match', revalidated), pass: null, budget: '–' });
  }
  return rows;
}

/** The first summed, monthly, per-actor number indicator: its quarterly series has the shape. */
async function seriesIndicator(ctx: Context, initiativeId: string): Promise<string> {
  const { rows } = await ctx.pool.query<{ id: string }>(
    `select id from indicators where initiative_id = $1 and not archived and frequency = 'month' and measure_type = 'number'
       and actor_aggregation = 'sum' and time_aggregation = 'sum' order by position, code limit 1`,
    [initiativeId],
  );
  if (rows.length === 0) throw new Error('no monthly summed number indicator in the large initiative');
  return rows[0].id;
}

export async function series(ctx: Context, initiativeId: string): Promise<{ rows: Row[]; path: string }> {
  const indicatorId = await seriesIndicator(ctx, initiativeId);
  const path = `/api/v1/initiatives/${initiativeId}/indicators/${indicatorId}/series?frequency=quarter`;
  const bumper = await bumperFor(ctx, initiativeId);
  const first = await ctx.client.get(path);
  const res = await fetch(`${ctx.client.url}${path}`, { headers: ctx.client.headers });
  const points = ((await res.json()) as { points: unknown[] }).points.length;
  const sampling = { ...ctx.sampling, runs: Math.max(ctx.sampling.runs, 10) };
  const cold = await sample(sampling, () => ctx.client.get(path), () => bumper.bump());
  const warm = await sample(sampling, () => ctx.client.get(path));
  const sql = await sample(sampling, () => ctx.pool.query({ name: 'series', text: SERIES_SQL, values: [indicatorId, initiativeId] }));
  const budget = budgets.series(ctx.scale, p50(sql));
  const row = (label: string, t: number[]): Row => ({
    figure: `one series (${label})`,
    measured: `p50 ${ms(p50(t))}, p95 ${ms(p95(t))}; ${points} points, ${Math.round(first.bytes / 1024)} KB`,
    bare: `series SQL p50 ${ms(p50(sql))}`,
    ratio: `${times(p50(t) / p50(sql))}, +${ms(p50(t) - p50(sql))}`,
    budget: budget.text,
    pass: passes(budget, p50(t)),
  });
  const rows = [row('after a write', cold), row('repeated', warm)];
  if (first.etag) {
    const revalidated = await sample(sampling, () => ctx.client.get(path, { 'if-none-match': first.etag! }));
    rows.push({ ...row('If-None-Match', revalidated), measured: `p50 ${ms(p50(revalidated))}, p95 ${ms(p95(revalidated))}`, pass: null });
  }
  return { rows, path };
}

async function cannon(ctx: Context, path: string, seconds: number): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({
    url: `${ctx.client.url}${path}`,
    connections: 20,
    duration: seconds,
    // As a browser asks: the series' JSON compressed (the server keeps it so), the health route's too small to be.
    headers: { ...ctx.client.headers, 'accept-encoding': 'gzip, deflate, br' },
  });
  return { rps: result.requests.average, errors: result.non2xx + result.errors + result.timeouts };
}

/** Rounds of health and series taking turns, so that both meet the same moments of a busy machine. */
const THROUGHPUT_ROUNDS = 3;

export async function throughput(ctx: Context, seriesPath: string): Promise<Row> {
  const seconds = Math.max(1, Math.round(ctx.throughputSeconds / THROUGHPUT_ROUNDS));
  const health = { rps: 0, errors: 0 };
  const seriesRun = { rps: 0, errors: 0 };
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const [path, total] of [['/api/v1/health', health], [seriesPath, seriesRun]] as const) {
      const run = await cannon(ctx, path, seconds);
      total.rps += run.rps / THROUGHPUT_ROUNDS;
      total.errors += run.errors;
    }
  }
  if (health.errors + seriesRun.errors > 0) ctx.log(`  throughput: ${health.errors + seriesRun.errors} failed requests`);
  const budget = budgets.throughput(ctx.scale, health.rps);
  return {
    figure: 'series throughput (20 connections)',
    measured: `${rate(seriesRun.rps)} req/s`,
    bare: `health ${rate(health.rps)} req/s`,
    ratio: percent(seriesRun.rps / health.rps),
    budget: budget.text,
    pass: seriesRun.errors === 0 && passes(budget, seriesRun.rps),
  };
}

/** The synchronous download, or (where there is none) a report job polled to its file. */
export async function download(ctx: Context, initiativeId: string, kind: 'pdf' | 'xlsx'): Promise<number> {
  const sync = kind === 'pdf' ? 'report.pdf' : 'export.xlsx';
  const base = `/api/v1/initiatives/${initiativeId}/reports`;
  const res = await fetch(`${ctx.client.url}${base}/${sync}`, { headers: ctx.client.headers });
  if (res.status !== 404) {
    if (!res.ok || !res.body) throw new Error(`GET ${sync} answered ${res.status}: ${await res.text()}`);
    let bytes = 0;
    for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
    return bytes;
  }
  const { id } = await ctx.client.json<{ id: string }>('POST', `${base}/jobs`, { kind });
  for (;;) {
    const job = await ctx.client.json<{ status: string; error: string | null }>('GET', `${base}/jobs/${id}`);
    if (job.status === 'failed') throw new Error(`report job failed: ${job.error}`);
    if (job.status === 'done') return (await ctx.client.get(`${base}/jobs/${id}/file`)).bytes;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function pdf(ctx: Context, initiativeId: string): Promise<Row> {
  let growth = 0;
  let bytes = 0;
  const t = await sample({ ...ctx.sampling, seconds: 0 }, async () => {
    const m = await withRss(ctx.server.pid, () => download(ctx, initiativeId, 'pdf'));
    growth = Math.max(growth, m.growth);
    bytes = m.result;
  });
  const sql = await bare(ctx, 'report-figures', REPORT_FIGURES_SQL, [initiativeId]);
  const budget = budgets.pdf(ctx.scale);
  return {
    figure: `PDF of all ${ctx.scale.indicators} indicators`,
    measured: `p50 ${ms(p50(t))}, ${Math.round(bytes / 1024)} KB, RSS +${mb(growth)}`,
    bare: `figures in one query ${ms(p50(sql))}`,
    ratio: times(p50(t) / p50(sql)),
    budget: budget.text,
    pass: passes(budget, p50(t)),
  };
}
