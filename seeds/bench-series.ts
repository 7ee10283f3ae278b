// One series against its bare SQL, and series throughput against the health route, on a PostgreSQL
// copy of a generated data set (never the original: it writes a bench user and raises versions).
//   createdb -T ci_bench_base mine_big
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine_big npx tsx seeds/bench-series.ts [--runs 3] [--port 3520] [--seconds 5]
import { parseArgs } from 'node:util';
import { and, asc, eq, sql } from 'drizzle-orm';
import { openPostgres, type Database } from '../server/src/db/client.js';
import { indicators, measurements } from '../server/src/db/schema/index.js';
import { indicatorSeries } from '../server/src/modules/series/series.service.js';
import { aggregateMeasurements } from '../server/src/modules/series/series.repository.js';
import { benchUser, median, startServer, throughput, timeGets } from './bench-http.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, port: { type: 'string' }, seconds: { type: 'string' }, samples: { type: 'string' } },
});
const runs = Number(args.runs ?? 3);
const port = Number(args.port ?? process.env.PORT ?? 3520);
const seconds = Number(args.seconds ?? 5);
const samples = Number(args.samples ?? 15);

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function timeMs(n: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The largest initiative's first monthly, summed, actor-level indicator: the "quarterly series of a monthly indicator". */
export async function benchIndicator(database: Database) {
  const [row] = await database.db
    .select({ initiativeId: measurements.initiativeId, n: sql<number>`count(*)::int` })
    .from(measurements)
    .groupBy(measurements.initiativeId)
    .orderBy(sql`2 desc`)
    .limit(1);
  const [indicator] = await database.db
    .select()
    .from(indicators)
    .where(
      and(
        eq(indicators.initiativeId, row.initiativeId),
        eq(indicators.frequency, 'month'),
        eq(indicators.measureType, 'number'),
        eq(indicators.actorAggregation, 'sum'),
        eq(indicators.timeAggregation, 'sum'),
      ),
    )
    .orderBy(asc(indicators.position), asc(indicators.code))
    .limit(1);
  return indicator;
}

/** Raises the initiative's data version the way any write does (a statement on a watched table). */
export async function touchInitiative(database: Database, initiativeId: string) {
  await database.db.execute(sql`update initiatives set updated_at = updated_at where id = ${initiativeId}`);
  // The notification reaches the server's LISTEN connection within a few milliseconds.
  await new Promise((r) => setTimeout(r, 30));
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a copy of the generated data set');
  const database = await openPostgres(url);
  const indicator = await benchIndicator(database);
  const query = { frequency: 'quarter' as const };
  const server = await startServer({ databaseUrl: url, port, jwtSecret: 'bench-secret-0123456789-0123456789-0123' });
  try {
    const headers = await benchUser(database, server.url, indicator.initiativeId);
    const seriesUrl = `${server.url}/api/v1/initiatives/${indicator.initiativeId}/indicators/${indicator.id}/series?frequency=quarter`;
    const healthUrl = `${server.url}/api/v1/health`;
    console.log(`indicator ${indicator.code} (${indicator.frequency}, ${indicator.actorAggregation}/${indicator.timeAggregation}), quarterly, ${runs} runs`);
    console.log('run | bare SQL | in-process | HTTP cold | HTTP cached | HTTP 304 | cold/(2×SQL+1) | body | health req/s | series req/s (gzip) | ratio (gzip) | ratio (identity)');
    for (let run = 1; run <= runs; run++) {
      const bare = await timeMs(samples, () => aggregateMeasurements(database.db, indicator, { frequency: 'quarter', fromDate: null, toDate: null }));
      const inProcess = await timeMs(samples, async () => JSON.stringify(await indicatorSeries(database.db, indicator.initiativeId, indicator.id, query)));
      const cold = await timeGets(seriesUrl, headers, samples, () => touchInitiative(database, indicator.initiativeId));
      const cached = await timeGets(seriesUrl, headers, samples);
      const etag = (await fetch(seriesUrl, { headers })).headers.get('etag');
      const notModified = etag ? (await timeGets(seriesUrl, { ...headers, 'if-none-match': etag }, samples, undefined, 304)).median : undefined;
      // Alternated, so that a change in the machine's load meets both alike.
      let health = 0;
      let series = 0;
      let plain = 0;
      for (let i = 0; i < 2; i++) {
        health += await throughput(healthUrl, {}, { seconds });
        // As a browser asks: gzip accepted.
        series += await throughput(seriesUrl, { ...headers, 'accept-encoding': 'gzip, deflate, br' }, { seconds });
        plain += await throughput(seriesUrl, headers, { seconds });
      }
      console.log(
        [
          run,
          ms(bare),
          ms(inProcess),
          ms(cold.median),
          ms(cached.median),
          notModified === undefined ? '–' : ms(notModified),
          (cold.median / (2 * bare + 1)).toFixed(2),
          `${Math.round(cached.bytes / 1024)} KB`,
          Math.round(health / 2),
          Math.round(series / 2),
          `${((100 * series) / health).toFixed(1)}%`,
          `${((100 * plain) / health).toFixed(1)}%`,
        ].join(' | '),
      );
    }
  } finally {
    await server.stop();
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
