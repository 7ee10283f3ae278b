// Entry point: read config, open the database, build the app, listen, close gracefully.
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadConfig, ConfigError } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { DataFolderInUseError } from './db/data-lock.js';
import { buildApp } from './app.js';
import { ROOT } from './lib/root.js';
import { embeddedSecret } from './lib/secret.js';
import { seedDemoIfEmpty, DEMO_PASSWORD, type SeedResult } from '../../seeds/demo.js';
import { openEmbeddedDemo, type EmbeddedDemo } from '../../seeds/demo-snapshot.js';
import { createLogger, resolveLogFormat } from './lib/logger.js';
import { STARTUP_STEP_TEXT, type StartupStep } from './lib/startup-progress.js';
/** After SIGTERM: in-flight requests get this long to finish before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 10_000;

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel, format: resolveLogFormat(config.logFormat, process.stdout.isTTY === true) });
  const progress = (step: StartupStep) => log.info(STARTUP_STEP_TEXT[step]);
  const dataDir = path.resolve(config.dataDir);
  if (config.embedded) fs.mkdirSync(dataDir, { recursive: true });
  const pgdata = path.join(dataDir, 'pglite');
  let database: Database;
  let seeded: SeedResult | undefined;
  let demoSource: EmbeddedDemo['source'] | undefined;
  if (config.embedded && config.seedDemo) {
    const demo = await openEmbeddedDemo(
      pgdata,
      config.snapshotDir,
      (err) => log.warn({ err }, `could not keep a copy of the demo database in ${config.snapshotDir}`),
      progress,
    );
    ({ database, seeded, source: demoSource } = demo);
  } else {
    database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: pgdata,
      poolSize: config.databasePoolSize,
      statementTimeoutMs: config.statementTimeoutMs,
      readUrl: config.databaseReadUrl,
      directUrl: config.databaseDirectUrl,
      onProgress: progress,
    });
    seeded = config.seedDemo ? await seedDemoIfEmpty(database.db, () => progress('seed')) : undefined;
  }
  const app = await buildApp({
    database,
    jwtSecret: config.jwtSecret ?? embeddedSecret(dataDir),
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    webDist: config.webDist ?? path.join(ROOT, 'web', 'dist'),
    loggerInstance: log,
    mail: config.smtpUrl ? { smtpUrl: config.smtpUrl, from: config.mailFrom, publicUrl: config.publicUrl } : undefined,
    scheduler: config.scheduler ? { digestHour: config.digestHour } : undefined,
    reportWorkers: config.reportWorkers,
  });

  let stopping = false;
  const close = async (signal: string) => {
    // A second signal means: now.
    if (stopping) process.exit(1);
    stopping = true;
    const begun = Date.now();
    setTimeout(() => {
      app.log.error({ signal }, `requests still running after ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    app.log.info({ signal }, 'shutting down');
    try {
      // Stops accepting, answers readiness with 503, lets in-flight requests finish (the app closes
      // idle and just-finished keep-alive connections), then closes the database and its lock.
      await app.close();
      await database.close();
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
    app.log.info({ signal, ms: Date.now() - begun }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // Fastify logs each address it listens on a moment later: the banner comes after those lines.
  await new Promise((resolve) => setImmediate(resolve));
  // PORT=0 picks a free port: show the one in use.
  const { port } = app.server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    `  Collective Impact dashboard is running at ${url}`,
    `  API docs: ${url}/api/docs   database: ${database.driver === 'pglite' ? `embedded (${dataDir})` : 'PostgreSQL'}`,
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (seeded) {
    const loaded = demoSource === 'snapshot' ? '  Demo data loaded (from the prepared copy). Demo logins:' : '  Demo data loaded. Demo logins:';
    lines.push(seeded.created ? loaded : '  Demo logins:');
    for (const email of seeded.emails) lines.push(`    ${email.padEnd(24)} password: ${DEMO_PASSWORD}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`Configuration error: ${err.message}`);
  } else if (err instanceof DataFolderInUseError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
