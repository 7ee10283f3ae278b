// `npm run bench:import`: writes a 100,000-value XLSX and a 100,000-value CSV for a synthetic
// initiative, uploads each through the real app over HTTP, waits for the preview, commits it, and
// prints rows per second for preview and commit and the process's memory growth (peak RSS − RSS
// before the upload). Uses DATABASE_URL when set, else embedded PGlite in a temporary folder;
// BENCH_FORMATS=CSV measures the CSV file only. `benchImport()` does the same on an open database.
//   npm run bench:import
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/ci_bench npm run bench:import   (a database of its own: it is migrated and filled)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { addPeriods } from '@ci/shared';
import { openPglite, openPostgres, type Database } from '../server/src/db/client.js';
import { buildApp } from '../server/src/app.js';
import { issueToken } from '../server/src/plugins/auth.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import { actors, auditLog, indicators, initiatives, memberships, users } from '../server/src/db/schema/index.js';

const MB = 1024 * 1024;
const ACTORS = Number(process.env.BENCH_ACTORS ?? 100);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 50);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const QUARTERS = Math.ceil(ROWS / (ACTORS * INDICATORS));

/** Every (indicator, actor, quarter) cell once, from `first` on; each line is [code, actor, period, value]. */
function* cells(first: string): Generator<[string, string, string, number]> {
  let n = 0;
  for (let q = 0; q < QUARTERS; q++) {
    const period = addPeriods(first, q);
    for (let i = 0; i < INDICATORS; i++) {
      for (let a = 0; a < ACTORS; a++) {
        if (n++ >= ROWS) return;
        yield [`I${i + 1}`, `Actor ${String(a + 1).padStart(3, '0')}`, period, (i * 7 + a * 3 + q) % 500];
      }
    }
  }
}

async function writeXlsx(file: string, first: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Values');
  sheet.addRow(['Indicator code', 'Actor', 'Period', 'Value']).commit();
  for (const line of cells(first)) sheet.addRow(line).commit();
  sheet.commit();
  await workbook.commit();
}

async function writeCsv(file: string, first: string) {
  const out = fs.createWriteStream(file);
  out.write('\uFEFFIndikatorkod;Aktör;Period;Värde\r\n');
  for (const [code, actor, period, value] of cells(first)) {
    if (!out.write(`${code};${actor};${period};${value}\r\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

export interface ImportFigure {
  format: 'XLSX' | 'CSV';
  bytes: number;
  /** Rows per second of the preview (upload to ready) and of the commit. */
  preview: number;
  commit: number;
  /** Peak RSS − RSS before the upload. */
  rssGrowth: number;
}

/**
 * Uploads, previews and commits a file of `BENCH_ROWS` new values in each format through the real
 * app over HTTP, on an open database (it creates and deletes its own initiative and user).
 */
export async function benchImport(
  database: Database,
  options: { formats?: ImportFigure['format'][]; log?: (line: string) => void } = {},
): Promise<ImportFigure[]> {
  const log = options.log ?? (() => {});
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-import-'));
  const figures: ImportFigure[] = [];
  const initiativeId = randomUUID();
  await database.db.insert(initiatives).values({ id: initiativeId, name: `Import benchmark ${Date.now()}`, locale: 'sv' });
  await database.db.insert(actors).values(
    Array.from({ length: ACTORS }, (_, a) => ({ initiativeId, name: `Actor ${String(a + 1).padStart(3, '0')}`, sector: 'civil_society' })),
  );
  await database.db.insert(indicators).values(
    Array.from({ length: INDICATORS }, (_, i) => ({ initiativeId, code: `I${i + 1}`, name: `Indicator ${i + 1}`, frequency: 'quarter', position: i })),
  );
  const [user] = await database.db
    .insert(users)
    .values({ email: `bench-import-${Date.now()}@example.org`, name: 'Benchmark', passwordHash: await hashPassword('benchmark-pw') })
    .returning();
  await database.db.insert(memberships).values({ initiativeId, userId: user.id, role: 'backbone' });

  const app = await buildApp({ database, jwtSecret: 'benchmark-secret-that-is-long-enough-0000' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const headers = { authorization: `Bearer ${await issueToken(app, user.id)}` };
  const api = `${address}/api/v1/initiatives/${initiativeId}/imports`;

  const runs = [
    { name: 'XLSX', file: path.join(tmp, 'values.xlsx'), write: writeXlsx, first: '2000-Q1' },
    { name: 'CSV', file: path.join(tmp, 'values.csv'), write: writeCsv, first: addPeriods('2000-Q1', QUARTERS) },
  ].filter((run) => !options.formats || options.formats.includes(run.name as ImportFigure['format']));
  for (const run of runs) {
    await run.write(run.file, run.first);
    const size = fs.statSync(run.file).size;
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

    const started = performance.now();
    const form = new FormData();
    form.append('file', await fs.openAsBlob(run.file), path.basename(run.file));
    const res = await fetch(api, { method: 'POST', headers, body: form });
    if (!res.ok) throw new Error(`upload failed with ${res.status}: ${await res.text()}`);
    let resource = (await res.json()) as { id: string; status: string; preview: { create: number; errorCount: number } };
    while (resource.status === 'parsing') {
      await new Promise((r) => setTimeout(r, 200));
      resource = (await (await fetch(`${api}/${resource.id}`, { headers })).json()) as typeof resource;
    }
    const previewed = performance.now();
    if (resource.status !== 'ready' || resource.preview.errorCount > 0) throw new Error(`preview: ${JSON.stringify(resource).slice(0, 500)}`);
    const committed = await fetch(`${api}/${resource.id}/commit`, { method: 'POST', headers });
    if (!committed.ok) throw new Error(`commit failed with ${committed.status}: ${await committed.text()}`);
    const result = (await committed.json()) as { created: number };
    const done = performance.now();
    clearInterval(sampler);

    const previewS = (previewed - started) / 1000;
    const commitS = (done - previewed) / 1000;
    figures.push({
      format: run.name as ImportFigure['format'],
      bytes: size,
      preview: Math.round(resource.preview.create / previewS),
      commit: Math.round(result.created / commitS),
      rssGrowth: peak - before,
    });
    log(
      `${run.name} (${(size / MB).toFixed(1)} MB): preview ${previewS.toFixed(1)} s (${Math.round(resource.preview.create / previewS).toLocaleString('en')} rows/s), ` +
        `commit ${commitS.toFixed(1)} s (${Math.round(result.created / commitS).toLocaleString('en')} rows/s), ` +
        `RSS ${Math.round(before / MB)} MB before, peak ${Math.round(peak / MB)} MB (+${Math.round((peak - before) / MB)} MB)`,
    );
  }

  await app.close();
  await database.db.delete(initiatives).where(eq(initiatives.id, initiativeId));
  await database.db.delete(auditLog).where(eq(auditLog.initiativeId, initiativeId));
  await database.db.delete(users).where(eq(users.id, user.id));
  fs.rmSync(tmp, { recursive: true, force: true });
  return figures;
}

async function main() {
  const url = process.env.DATABASE_URL;
  const tmp = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-import-db-'));
  const database = url ? await openPostgres(url) : await openPglite(tmp);
  console.log(`database: ${url ? 'PostgreSQL' : 'PGlite'}; ${ROWS.toLocaleString('en')} values per file (${INDICATORS} indicators × ${ACTORS} actors × ${QUARTERS} quarters)`);
  const formats = process.env.BENCH_FORMATS?.split(',') as ImportFigure['format'][] | undefined;
  try {
    await benchImport(database, { formats, log: (line) => console.log(line) });
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
