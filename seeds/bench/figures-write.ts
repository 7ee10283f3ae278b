// The bulk figures: the batch import against COPY, the exports' time and memory, and the start of
// the embedded server against a bare PGlite.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_BATCH_ITEMS } from '@ci/shared';
import { budgets, passes } from './budgets.js';
import { copyIn, copyOut } from './bare.js';
import type { BatchItem } from './http.js';
import { mb, ms, p50, percent, rate, sample, times } from './measure.js';
import { execFileSync } from 'node:child_process';
import { memoryOf, ROOT, serverCommand, startServer, withRss } from './server.js';
import { download, type Context, type Row } from './figures-read.js';

interface TemplateRow {
  indicator_id: string;
  actor_id: string | null;
  period: string;
  period_start: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const csvField = (v: string | number | null) => (v === null ? '' : String(v));

/**
 * The import target's first `count` values are the rows: each run deletes them, writes them through
 * the batch route (5,000 a request, as a client would), deletes them again and writes them back
 * with COPY, so the target is whole again for the next run.
 */
export async function importValues(ctx: Context, initiativeId: string, count: number): Promise<Row> {
  const { rows } = await ctx.pool.query<TemplateRow>(
    `select m.indicator_id, m.actor_id, m.period, to_char(m.period_start, 'YYYY-MM-DD') as period_start, m.value, m.numerator, m.denominator
     from measurements m join indicators ind on ind.id = m.indicator_id
     where m.initiative_id = $1 and m.category_id is null
     order by ind.position, m.actor_id nulls first, m.period_start limit $2`,
    [initiativeId, count],
  );
  if (rows.length < count) throw new Error(`the import target has ${rows.length} values, ${count} needed`);
  const keys = [rows.map((r) => r.indicator_id), rows.map((r) => r.actor_id), rows.map((r) => r.period)];
  const removeRows = () =>
    ctx.pool.query(
      `delete from measurements m using unnest($2::uuid[], $3::uuid[], $4::text[]) as c(indicator_id, actor_id, period)
       where m.initiative_id = $1 and m.indicator_id = c.indicator_id and m.period = c.period
         and m.actor_id is not distinct from c.actor_id and m.category_id is null`,
      [initiativeId, ...keys],
    );
  const batches: BatchItem[][] = [];
  for (let i = 0; i < rows.length; i += MAX_BATCH_ITEMS) {
    batches.push(
      rows.slice(i, i + MAX_BATCH_ITEMS).map((r) => ({
        indicatorId: r.indicator_id,
        actorId: r.actor_id,
        period: r.period,
        ...(r.value === null ? { numerator: r.numerator, denominator: r.denominator } : { value: r.value }),
      })),
    );
  }
  const now = new Date().toISOString();
  const csv = rows
    .map((r) =>
      [initiativeId, r.indicator_id, r.actor_id, r.period, r.period_start, r.value, r.numerator, r.denominator, '""', 'approved', null, now, 1]
        .map((v) => (v === '""' ? v : csvField(v)))
        .join(','),
    )
    .join('\n');

  const api: number[] = [];
  const copy: number[] = [];
  for (let run = 0; run < ctx.sampling.runs; run++) {
    await removeRows();
    const started = performance.now();
    for (const items of batches) await ctx.client.json('PUT', `/api/v1/initiatives/${initiativeId}/measurements`, { items });
    api.push(performance.now() - started);
    await removeRows();
    await ctx.pool.query('delete from audit_log where initiative_id = $1', [initiativeId]);
    const copied = performance.now();
    await copyIn(ctx.pool, csv);
    copy.push(performance.now() - copied);
  }
  const perSecond = (t: number[]) => count / (p50(t) / 1000);
  const budget = budgets.import(ctx.scale, perSecond(copy));
  return {
    figure: `import of ${count.toLocaleString('en')} values (batch API)`,
    measured: `${rate(perSecond(api))} rows/s (p50 ${ms(p50(api))})`,
    bare: `COPY ${rate(perSecond(copy))} rows/s`,
    ratio: percent(perSecond(api) / perSecond(copy)),
    budget: budget.text,
    pass: passes(budget, perSecond(api)),
  };
}

export async function xlsx(ctx: Context, initiativeId: string): Promise<Row> {
  let growth = 0;
  let bytes = 0;
  const t = await sample({ ...ctx.sampling, seconds: 0 }, async () => {
    const m = await withRss(ctx.server.pid, () => download(ctx, initiativeId, 'xlsx'));
    growth = Math.max(growth, m.growth);
    bytes = m.result;
  });
  const time = budgets.xlsx(ctx.scale);
  const memory = budgets.xlsxMemory();
  return {
    figure: 'XLSX of all values',
    measured: `p50 ${ms(p50(t))}, ${mb(bytes)}, RSS +${mb(growth)}`,
    bare: '–',
    ratio: '–',
    budget: `${time.text}, ${memory.text}`,
    pass: passes(time, p50(t)) && passes(memory, growth),
  };
}

export async function csv(ctx: Context, initiativeId: string): Promise<Row> {
  let growth = 0;
  let bytes = 0;
  const path = `/api/v1/initiatives/${initiativeId}/reports/measurements.csv`;
  const t = await sample({ ...ctx.sampling, seconds: 0 }, async () => {
    const m = await withRss(ctx.server.pid, () => ctx.client.get(path));
    growth = Math.max(growth, m.growth);
    bytes = m.result.bytes;
  });
  let copyBytes = 0;
  const copy = await sample({ ...ctx.sampling, seconds: 0 }, async () => (copyBytes = await copyOut(ctx.pool, initiativeId)));
  const time = budgets.csv(ctx.scale, p50(copy));
  const memory = budgets.csvMemory();
  return {
    figure: 'CSV of all values',
    measured: `p50 ${ms(p50(t))}, ${mb(bytes)}, RSS +${mb(growth)}`,
    bare: `COPY … TO STDOUT ${ms(p50(copy))}, ${mb(copyBytes)}`,
    ratio: times(p50(t) / p50(copy)),
    budget: `${time.text}, ${memory.text}`,
    pass: passes(time, p50(t)) && passes(memory, growth),
  };
}

/** A bare PGlite in `dir` opened (initdb when the folder is new) and closed, in a process of its own. */
async function barePglite(dir: string): Promise<number> {
  const script = `const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(${JSON.stringify(dir)}); await db.query('select 1'); await db.close();`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: path.join(ROOT, 'server'), stdio: 'inherit' });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`bare PGlite exited with ${code}`);
  return performance.now() - started;
}

/**
 * The embedded server (no DATABASE_URL: PGlite, migrations, demo seed) from spawn until ready, on a
 * fresh data folder and then again on the folder it left; the same for a bare PGlite.
 */
export async function start(ctx: Context, root: string, port: number): Promise<Row[]> {
  const fresh: number[] = [];
  const again: number[] = [];
  const bareFresh: number[] = [];
  const bareAgain: number[] = [];
  let peak = 0;
  // A fresh folder starts from the prepared demo copy, as after `npm start`'s build step.
  execFileSync(process.execPath, serverCommand().prepareDemo, { cwd: ROOT, stdio: 'ignore' });
  for (let run = 0; run < ctx.sampling.runs; run++) {
    const dir = path.join(root, `start-${run}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const env = { DATABASE_URL: '', JWT_SECRET: '', DATA_DIR: dir, SEED_DEMO: 'true' };
    for (const times of [fresh, again]) {
      const server = await startServer(port, env);
      times.push(server.readyMs);
      peak = Math.max(peak, memoryOf(server.pid).peak);
      await server.stop();
    }
    const bareDir = path.join(root, `pglite-${run}`);
    fs.rmSync(bareDir, { recursive: true, force: true });
    bareFresh.push(await barePglite(bareDir));
    bareAgain.push(await barePglite(bareDir));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
  const budget = budgets.start(ctx.scale, p50(bareFresh));
  return [
    {
      figure: 'fresh embedded start (until ready)',
      measured: `p50 ${ms(p50(fresh))}, peak RSS ${mb(peak)}`,
      bare: `bare PGlite initdb ${ms(p50(bareFresh))}`,
      ratio: times(p50(fresh) / p50(bareFresh)),
      budget: budget.text,
      pass: passes(budget, p50(fresh)),
    },
    {
      figure: 'embedded start, existing folder',
      measured: `p50 ${ms(p50(again))}`,
      bare: `bare PGlite open ${ms(p50(bareAgain))}`,
      ratio: times(p50(again) / p50(bareAgain)),
      budget: '–',
      pass: null,
    },
  ];
}
