// One drizzle handle over either driver: `pg` for a PostgreSQL server, PGlite embedded otherwise.
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { lockDataFolder } from './data-lock.js';
import { isEmptyFolder, unpackDataDir } from './snapshot.js';
import { ROOT } from '../lib/root.js';
import type { OnStartupStep } from '../lib/startup-progress.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** Plain SQL for libraries that bring their own statements (the job queue): one round trip each. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export interface Database {
  db: Db;
  /** For the reads of reports: a read-only replica when one is configured, `db` otherwise. */
  readDb: Db;
  driver: 'pg' | 'pglite';
  /** PostgreSQL: the URL for work that needs a session of its own (migrations, LISTEN), past any pooler. */
  directUrl?: string;
  executeSql: ExecuteSql;
  close(): Promise<void>;
  /** Embedded only. */
  pglite?: {
    /** How the data folder came to hold a database in this open: unpacked, made by initdb, or there already. */
    origin: 'snapshot' | 'initdb' | 'existing';
    /** The whole data folder as a gzipped tarball, for `openPglite(…, { snapshot })`. */
    dump(): Promise<Blob>;
  };
}

export interface PostgresOptions {
  /** Connections in the pool (and in the replica's pool); default 10. */
  poolSize?: number;
  /** Sent as `statement_timeout` when each connection opens; undefined leaves the server's setting. */
  statementTimeoutMs?: number;
  /** A read-only replica for the reads of reports. */
  readUrl?: string;
  /** PostgreSQL itself when `url` is a transaction pooler (PgBouncer): migrations and LISTEN need a session. */
  directUrl?: string;
  /** Told when the migrations begin (for the start-up console). */
  onProgress?: OnStartupStep;
  /** Told when an idle pooled connection fails; the pool replaces it. Default: a line on stderr. */
  onIdleError?: (err: Error) => void;
}

function defaultIdleError(err: Error) {
  console.error(`database connection lost while idle (it will be replaced): ${err.message}`);
}

export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // Dates stay strings: the schema decides how a column is read.
  pg.types.setTypeParser(1082, (v: string) => v);
  // Migrations run on a session of their own, free of the statement timeout (building an index on
  // a large table may take longer than any request should), one instance at a time: instances
  // started together wait for the first one's migrations instead of running them twice.
  const directUrl = opts.directUrl ?? url;
  const migrator = new pg.Client({ connectionString: directUrl });
  await migrator.connect();
  try {
    await migrator.query(`select pg_advisory_lock(hashtext('collective-impact:migrations'))`);
    opts.onProgress?.('migrate');
    await migrate(drizzle(migrator, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await migrator.end();
  }
  const poolOf = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: opts.poolSize ?? 10, ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}) });
    // An idle connection the server ends (a restart, a terminated backend) is dropped from the pool
    // and replaced on the next query; without a listener, pg would raise it as an uncaught error.
    pool.on('error', (err) => (opts.onIdleError ?? defaultIdleError)(err));
    return pool;
  };
  const pool = poolOf(url);
  const readPool = opts.readUrl ? poolOf(opts.readUrl) : undefined;
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    db,
    readDb: readPool ? (drizzle(readPool, { schema }) as unknown as Db) : db,
    driver: 'pg',
    directUrl,
    executeSql: (text, values) => pool.query(text, values),
    close: async () => {
      await Promise.all([pool.end(), readPool?.end()]);
    },
  };
}

/**
 * `dataDir` undefined means in memory; a data folder is held exclusively until `close()`. With
 * `snapshot` (a tarball from `pglite.dump()`), a data folder without a database starts as a copy of it;
 * `snapshotMigrated` says the copy was made with the app's migrations (its key says so), so a copy
 * just unpacked needs no migration run.
 */
export async function openPglite(
  dataDir: string | undefined,
  options: { snapshot?: string; snapshotMigrated?: boolean; onProgress?: OnStartupStep } = {},
): Promise<Database> {
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
    const progress = options.onProgress ?? (() => {});
    if (dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) origin = 'existing';
    else if (dataDir && options.snapshot && isEmptyFolder(dataDir)) {
      progress('unpack');
      await unpackDataDir(options.snapshot, dataDir);
      origin = 'snapshot';
    }
    progress(origin === 'initdb' ? 'create' : 'open');
    const client = dataDir ? new PGlite(dataDir) : new PGlite();
    await client.waitReady;
    const handle = drizzle(client, { schema });
    if (!(origin === 'snapshot' && options.snapshotMigrated)) {
      progress('migrate');
      await migrate(handle, { migrationsFolder: MIGRATIONS_DIR });
    }
    const close = async () => {
      await client.close();
      await unlock?.();
    };
    const executeSql: ExecuteSql = async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      // Without parameters a text may hold several statements (BEGIN; …; COMMIT), as the simple
      // protocol of a PostgreSQL server allows; the last statement's rows are the answer.
      try {
        const results = await client.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      } catch (err) {
        // One connection for everything: a transaction the text began must not stay open.
        if (/\bbegin\b/i.test(text)) await client.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
    const dump = async () => {
      // Written out first, a copy opens without replaying the log.
      await client.exec('checkpoint');
      return client.dumpDataDir('gzip');
    };
    const db = handle as unknown as Db;
    return { db, readDb: db, driver: 'pglite', executeSql, close, pglite: { origin, dump } };
  } catch (err) {
    await unlock?.();
    throw err;
  }
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; snapshot?: string } & PostgresOptions): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts)
    : openPglite(opts.dataDir, { snapshot: opts.snapshot, onProgress: opts.onProgress });
}
