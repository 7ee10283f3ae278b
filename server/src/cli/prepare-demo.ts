// npm run prepare-demo [-- --if-fresh]: makes the prepared copy of the demo database (see
// seeds/demo-snapshot.ts) unless a valid one exists. With --if-fresh, only when the next start
// needs it: the embedded demo and a data folder without a database yet.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger, resolveLogFormat } from '../lib/logger.js';
import { STARTUP_STEP_TEXT } from '../lib/startup-progress.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'if-fresh': { type: 'boolean', default: false } } });
  const config = loadConfig();
  if (values['if-fresh']) {
    const hasDatabase = fs.existsSync(path.join(config.dataDir, 'pglite', 'PG_VERSION'));
    if (!config.embedded || !config.seedDemo || hasDatabase) return 0;
  }
  const started = Date.now();
  // stderr: this runs before commands whose stdout may be a file.
  const log = createLogger({ level: config.logLevel, format: resolveLogFormat(config.logFormat, process.stderr.isTTY === true), destination: 2 });
  // Loaded only now: `npm start` on an existing data folder needs nothing of it.
  const { prepareDemoSnapshot } = await import('../../../seeds/demo-snapshot.js');
  const { file, created } = await prepareDemoSnapshot(config.snapshotDir, (step) => log.info(STARTUP_STEP_TEXT[step]));
  if (created) log.info(`prepared the demo database in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError ? `Configuration error: ${err.message}` : err);
    process.exit(1);
  },
);
