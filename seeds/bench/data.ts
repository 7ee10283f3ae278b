// The bench's data set in a PostgreSQL database of its own, kept between runs: the large generated
// initiative, the Swedish demo, and a smaller initiative whose values are imported and copied back.
// Everything is looked up by name first, so a second run regenerates nothing.
import pg from 'pg';
import { openPostgres, type Database } from '../../server/src/db/client.js';
import { DEMO_PASSWORD, seedDemo } from '../demo.js';
import { swedishDemo } from '../demo-sv.js';
import { generateInitiative } from '../generate.js';

export const BENCH_USER = { email: 'admin@demo.test', password: DEMO_PASSWORD };

export interface DataSet {
  database: Database;
  /** A plain pool for the bare statements (COPY, EXPLAIN), outside drizzle. */
  pool: pg.Pool;
  large: string;
  demo: string;
  importTarget: string;
  /** Values in the large initiative. */
  values: number;
}

export interface DataOptions {
  url: string;
  /** Drop and create the database first (the short version, so CI always starts alike). */
  recreate: boolean;
  initiative?: string;
  size: { indicators: number; actors: number; years: number };
  importRows: number;
  log: (line: string) => void;
}

async function ensureDatabase(url: string, recreate: boolean) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name ${name} must be letters, digits and _`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (recreate) await client.query(`drop database if exists ${name} with (force)`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

async function initiativeNamed(pool: pg.Pool, name: string): Promise<string | undefined> {
  const { rows } = await pool.query<{ id: string }>('select id from initiatives where name = $1 order by created_at limit 1', [name]);
  return rows[0]?.id;
}

async function valueCount(pool: pg.Pool, initiativeId: string) {
  const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from measurements where initiative_id = $1', [initiativeId]);
  return rows[0].n;
}

/** Makes the bench user an admin of `initiativeId` (the demo's admin signs in for every figure). */
async function admit(pool: pg.Pool, initiativeId: string) {
  await pool.query(
    `insert into memberships (initiative_id, user_id, role)
     select $1, u.id, 'admin' from users u where u.email = $2
     on conflict on constraint memberships_initiative_user_unique do update set role = 'admin'`,
    [initiativeId, BENCH_USER.email],
  );
}

export async function prepareData(opts: DataOptions): Promise<DataSet> {
  await ensureDatabase(opts.url, opts.recreate);
  // Migrates the database to the app's schema, as the server would.
  const database = await openPostgres(opts.url);
  const pool = new pg.Pool({ connectionString: opts.url, max: 4 });

  let demo = await initiativeNamed(pool, swedishDemo.name);
  if (!demo) {
    const { rows } = await pool.query('select 1 from users where email = $1', [BENCH_USER.email]);
    if (rows.length > 0) throw new Error(`${BENCH_USER.email} exists but the Swedish demo does not: use a database of the bench's own`);
    opts.log('seeding the demo initiatives …');
    demo = (await seedDemo(database.db)).initiativeIds[0];
  }

  const { indicators, actors, years } = opts.size;
  const name = `Benchmark ${indicators} indicators × ${actors} actors × ${years} years`;
  let large = opts.initiative ?? (await initiativeNamed(pool, name));
  if (opts.initiative && (await pool.query('select 1 from initiatives where id = $1', [opts.initiative])).rowCount === 0) {
    throw new Error(`no initiative ${opts.initiative} in ${opts.url}`);
  }
  if (!large) {
    opts.log(`generating ${name} (once; later runs reuse it) …`);
    const started = performance.now();
    large = (await generateInitiative(database.db, { indicators, actors, years, name })).initiativeId;
    opts.log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  // About 400 values per indicator in one year of 50 actors: enough cells for the rows to import.
  const importName = `Benchmark import target ${opts.importRows}`;
  let importTarget = await initiativeNamed(pool, importName);
  if (importTarget && (await valueCount(pool, importTarget)) < opts.importRows) {
    // A run that stopped half-way left the template incomplete: start it again.
    await pool.query('delete from initiatives where id = $1', [importTarget]);
    importTarget = undefined;
  }
  if (!importTarget) {
    opts.log(`generating ${importName} …`);
    const perIndicator = 50 * 8;
    importTarget = (
      await generateInitiative(database.db, { indicators: Math.ceil(opts.importRows / perIndicator), actors: 50, years: 1, name: importName, seed: 7 })
    ).initiativeId;
  }

  for (const id of [large, demo, importTarget]) await admit(pool, id);
  // Fresh statistics after generating: the planner sees the data as a long-running database would.
  await pool.query('analyze measurements');
  return { database, pool, large, demo, importTarget, values: await valueCount(pool, large) };
}

export async function closeData(data: DataSet) {
  await data.pool.end();
  await data.database.close();
}
