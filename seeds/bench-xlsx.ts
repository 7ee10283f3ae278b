// `npm run bench:xlsx`: generates about 500,000 values, then downloads the streamed XLSX export over
// real HTTP and prints its time, size and the server's peak memory while it was written.
// Uses DATABASE_URL when set (recommended: PostgreSQL), else embedded PGlite in a temporary folder.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:xlsx
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../server/src/db/client.js';
import { buildApp } from '../server/src/app.js';
import { issueToken } from '../server/src/plugins/auth.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import { initiatives, measurements, memberships, users } from '../server/src/db/schema/index.js';
import { generateInitiative } from './generate.js';

const MB = 1024 * 1024;
const actors = Number(process.env.BENCH_ACTORS ?? 100);
const indicators = Number(process.env.BENCH_INDICATORS ?? 60);
const years = Number(process.env.BENCH_YEARS ?? 9);

async function main() {
  const url = process.env.DATABASE_URL;
  const dir = url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'ci-bench-xlsx-'));
  const database = url ? await openPostgres(url) : await openPglite(dir);
  const generated = await generateInitiative(database.db, { actors, indicators, years, name: `XLSX benchmark ${Date.now()}` });
  const [{ count }] = await database.db
    .select({ count: sql<number>`count(*)::int` })
    .from(measurements)
    .where(eq(measurements.initiativeId, generated.initiativeId));
  const [user] = await database.db
    .insert(users)
    .values({ email: `bench-${Date.now()}@example.org`, name: 'Benchmark', passwordHash: await hashPassword('benchmark-pw') })
    .returning();
  await database.db.insert(memberships).values({ initiativeId: generated.initiativeId, userId: user.id, role: 'steering' });

  const app = await buildApp({ database, jwtSecret: 'benchmark-secret-that-is-long-enough-0000' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const token = await issueToken(app, user.id);

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const res = await fetch(`${address}/api/v1/initiatives/${generated.initiativeId}/reports/export.xlsx`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok || !res.body) throw new Error(`export failed with ${res.status}: ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);

  console.log(`values in the initiative: ${count.toLocaleString('en')} (${actors} actors × ${indicators} indicators × ${years} years)`);
  console.log(`XLSX export over HTTP: ${elapsed.toFixed(1)} s, ${(bytes / MB).toFixed(1)} MB`);
  console.log(`process RSS before the export ${Math.round(baseline / MB)} MB, peak during it ${Math.round(peak / MB)} MB (+${Math.round((peak - baseline) / MB)} MB)`);

  await app.close();
  await database.db.delete(initiatives).where(eq(initiatives.id, generated.initiativeId));
  await database.db.delete(users).where(eq(users.id, user.id));
  await database.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
