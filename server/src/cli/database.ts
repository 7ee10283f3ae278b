// The database a command works on: DATABASE_URL, or the embedded one in DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';

/** The embedded database allows one process at a time: the server must be stopped first. */
export async function openCommandDatabase(): Promise<Database> {
  const config = loadConfig();
  let dataDir: string | undefined;
  if (config.embedded) {
    fs.mkdirSync(path.resolve(config.dataDir), { recursive: true });
    dataDir = path.join(path.resolve(config.dataDir), 'pglite');
  }
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir });
}
