// One drizzle handle over either driver: `pg` for a PostgreSQL server, PGlite embedded otherwise.
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { lockDataFolder } from './data-lock.js';
import { isEmptyFolder, unpackDataDir } from './snapshot.js';
import { ROOT } from '../lib/root.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  driver: 'pg' | 'pglite';
  close(): Promise<void>;
  /** Embedded only. */
  pglite?: {
    /** How the data folder came to hold a database in this open: unpacked, made by initdb, or there already. */
    origin: 'snapshot' | 'initdb' | 'existing';
    /** The whole data folder as a gzipped tarball, for `openPglite(…, { snapshot })`. */
    dump(): Promise<Blob>;
  };
}

export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');

export async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // Dates stay strings: the schema decides how a column is read.
  pg.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema }) as unknown as Db;
  await migrate(drizzle(pool, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  return { db, driver: 'pg', close: () => pool.end() };
}

/**
 * `dataDir` undefined means in memory; a data folder is held exclusively until `close()`. With
 * `snapshot` (a tarball from `pglite.dump()`), a data folder without a database starts as a copy of it.
 */
export async function openPglite(dataDir: string | undefined, options: { snapshot?: string } = {}): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const unlock = dataDir
    ? await lockDataFolder(dataDir, (err) => {
        // Someone else may be writing now: stopping is the only way not to lose their commits or ours.
        throw new Error(`Lost the exclusive lock on the data folder ${dataDir}: ${err.message}`);
      })
    : undefined;
  try {
    let origin: 'snapshot' | 'initdb' | 'existing' = 'initdb';
    if (dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) origin = 'existing';
    else if (dataDir && options.snapshot && isEmptyFolder(dataDir)) {
      await unpackDataDir(options.snapshot, dataDir);
      origin = 'snapshot';
    }
    const client = dataDir ? new PGlite(dataDir) : new PGlite();
    await client.waitReady;
    const handle = drizzle(client, { schema });
    await migrate(handle, { migrationsFolder: MIGRATIONS_DIR });
    const close = async () => {
      await client.close();
      await unlock?.();
    };
    const dump = async () => {
      // Written out first, a copy opens without replaying the log.
      await client.exec('checkpoint');
      return client.dumpDataDir('gzip');
    };
    return { db: handle as unknown as Db, driver: 'pglite', close, pglite: { origin, dump } };
  } catch (err) {
    await unlock?.();
    throw err;
  }
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; snapshot?: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir, { snapshot: opts.snapshot });
}
