// Times the CSV and XLSX exports of every value of an initiative over real HTTP, with the growth of
// the server's RSS while each is written, against the bare limit of the same run: `COPY (select …)
// TO STDOUT` of the same rows through psql. Reusable: `benchExports()` returns the figures;
// run directly it prints them (`--only csv` or `--only xlsx` for one of them).
//   npx tsx seeds/bench-exports.ts --url postgres://postgres@127.0.0.1:5432/mycopy --initiative <id> [--runs 3]
// The database must be a copy (a user and a session are added for the run and removed again).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openPostgres } from '../server/src/db/client.js';
import { buildApp } from '../server/src/app.js';
import { issueToken } from '../server/src/plugins/auth.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import { memberships, users } from '../server/src/db/schema/index.js';

const MB = 1024 * 1024;

/** The rows of the CSV export (every value, its indicator, actor and category) as PostgreSQL would send them bare. */
function copySql(initiativeId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(initiativeId)) throw new Error(`not an initiative id: ${initiativeId}`);
  return `copy (select i.code, i.name, i.unit, m.period, m.period_start, a.name, a.sector, d.name || ': ' || c.name,
      coalesce(m.value, 100 * m.numerator / m.denominator), m.numerator, m.denominator, m.status, m.note, m.entered_at
    from measurements m join indicators i on i.id = m.indicator_id
    left join actors a on a.id = m.actor_id
    left join disaggregation_categories c on c.id = m.category_id
    left join disaggregation_dimensions d on d.id = c.dimension_id
    where m.initiative_id = '${initiativeId}') to stdout with (format csv, header)`;
}

/** Seconds and bytes of `COPY … TO STDOUT`, read by psql and thrown away. */
function timeCopy(url: string, initiativeId: string): Promise<{ seconds: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const psql = spawn('psql', [url, '-X', '-q', '-c', copySql(initiativeId)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    psql.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    psql.on('error', reject);
    psql.on('close', (code) =>
      code === 0 ? resolve({ seconds: (performance.now() - started) / 1000, bytes }) : reject(new Error(`psql exited with ${code}`)),
    );
  });
}

export interface ExportRun {
  seconds: number;
  bytes: number;
  /** Peak RSS of the process (which serves the export) during the download, less the RSS before it. */
  rssGrowthMb: number;
}

async function download(address: string, path: string, token: string): Promise<ExportRun> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const res = await fetch(`${address}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`${path} failed with ${res.status}: ${await res.text()}`);
    let bytes = 0;
    for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
    return { seconds: (performance.now() - started) / 1000, bytes, rssGrowthMb: Math.round((peak - baseline) / MB) };
  } finally {
    clearInterval(sampler);
  }
}

export interface ExportBench {
  copy: { seconds: number; bytes: number }[];
  csv: ExportRun[];
  xlsx: ExportRun[];
}

/**
 * `runs` rounds of: COPY of the rows, the CSV export, the XLSX export, one after the other, so each
 * round compares figures taken moments apart. The server runs in this process, on `url`.
 */
export async function benchExports(opts: {
  url: string;
  initiativeId: string;
  runs?: number;
  /** Which exports to time (default both). */
  formats?: ('csv' | 'xlsx')[];
  log?: (line: string) => void;
}): Promise<ExportBench> {
  const { url, initiativeId, runs = 3, formats = ['csv', 'xlsx'], log = () => {} } = opts;
  const database = await openPostgres(url);
  const [user] = await database.db
    .insert(users)
    .values({ email: `bench-exports-${Date.now()}@example.org`, name: 'Export benchmark', passwordHash: await hashPassword('benchmark-pw') })
    .returning();
  const app = await buildApp({ database, jwtSecret: 'benchmark-secret-that-is-long-enough-0000' });
  try {
    await database.db.insert(memberships).values({ initiativeId, userId: user.id, role: 'steering' });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const token = await issueToken(app, user.id);
    const result: ExportBench = { copy: [], csv: [], xlsx: [] };
    const base = `/api/v1/initiatives/${initiativeId}/reports`;
    for (let run = 1; run <= runs; run++) {
      const copy = await timeCopy(url, initiativeId);
      result.copy.push(copy);
      log(`run ${run}: COPY ${copy.seconds.toFixed(2)} s (${(copy.bytes / MB).toFixed(0)} MB)`);
      if (formats.includes('csv')) {
        const csv = await download(address, `${base}/measurements.csv`, token);
        result.csv.push(csv);
        log(`run ${run}: CSV  ${csv.seconds.toFixed(2)} s (${(csv.bytes / MB).toFixed(0)} MB), RSS +${csv.rssGrowthMb} MB, ${(csv.seconds / copy.seconds).toFixed(2)}× COPY`);
      }
      if (formats.includes('xlsx')) {
        const xlsx = await download(address, `${base}/export.xlsx`, token);
        result.xlsx.push(xlsx);
        log(`run ${run}: XLSX ${xlsx.seconds.toFixed(2)} s (${(xlsx.bytes / MB).toFixed(0)} MB), RSS +${xlsx.rssGrowthMb} MB, ${(xlsx.seconds / copy.seconds).toFixed(2)}× COPY`);
      }
    }
    return result;
  } finally {
    await app.close();
    await database.db.delete(users).where(eq(users.id, user.id));
    await database.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, initiative: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  if (!url || !values.initiative) throw new Error('usage: bench-exports.ts --url <postgres url of a copy> --initiative <id> [--runs 3]');
  const r = await benchExports({ url, initiativeId: values.initiative, runs: Number(values.runs ?? 3),
    formats: values.only ? [values.only as 'csv' | 'xlsx'] : undefined,
    log: console.log,
  });
  const copy = median(r.copy.map((c) => c.seconds));
  const ratios = (runs: ExportRun[]) => runs.map((x, i) => x.seconds / r.copy[i].seconds);
  console.log(`median: COPY ${copy.toFixed(2)} s`);
  if (r.csv.length) console.log(`  CSV  ${median(r.csv.map((x) => x.seconds)).toFixed(2)} s, ${median(ratios(r.csv)).toFixed(2)}× COPY (budget ≤ 2×), RSS +${Math.max(...r.csv.map((x) => x.rssGrowthMb))} MB at most (budget ≤ 50)`);
  if (r.xlsx.length) console.log(`  XLSX ${median(r.xlsx.map((x) => x.seconds)).toFixed(2)} s, ${median(ratios(r.xlsx)).toFixed(2)}× COPY (budget ≤ 15 s), RSS +${Math.max(...r.xlsx.map((x) => x.rssGrowthMb))} MB at most (budget ≤ 150)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
