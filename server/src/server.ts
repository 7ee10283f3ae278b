// Entry point: read config, open the database, build the app, listen, close gracefully.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, ConfigError } from './config.js';
import { openDatabase } from './db/client.js';
import { buildApp } from './app.js';
import { embeddedSecret } from './lib/secret.js';
import { seedDemoIfEmpty, DEMO_PASSWORD } from '../../seeds/demo.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const dataDir = path.resolve(config.dataDir);
  if (config.embedded) fs.mkdirSync(dataDir, { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(dataDir, 'pglite') });
  const seeded = config.seedDemo ? await seedDemoIfEmpty(database.db) : undefined;
  const app = await buildApp({
    database,
    jwtSecret: config.jwtSecret ?? embeddedSecret(dataDir),
    cookieSecure: config.cookieSecure,
    webDist: config.webDist ?? path.resolve(here, '../../web/dist'),
    logger: { level: config.logLevel },
    publicUrl: config.publicUrl,
    mail: config.smtpUrl ? { smtpUrl: config.smtpUrl, from: config.mailFrom, publicUrl: config.publicUrl } : undefined,
    scheduler: config.scheduler ? { digestHour: config.digestHour } : undefined,
  });

  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Collective Impact dashboard is running at ${url}`,
    `  API docs: ${url}/api/docs   database: ${database.driver === 'pglite' ? `embedded (${dataDir})` : 'PostgreSQL'}`,
    `  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (seeded) {
    lines.push(seeded.created ? '  Demo data loaded. Demo logins:' : '  Demo logins:');
    for (const email of seeded.emails) lines.push(`    ${email.padEnd(24)} password: ${DEMO_PASSWORD}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`Configuration error: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
