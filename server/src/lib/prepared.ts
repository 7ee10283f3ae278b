// Named prepared statements for hot queries on a PostgreSQL server: each pooled connection parses
// and plans the statement once and then reuses it (PostgreSQL switches to a generic plan when it is
// no worse), instead of planning the same text again on every call.
import { createHash } from 'node:crypto';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';

const dialect = new PgDialect();

interface PoolLike {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  totalCount: number;
}

function poolOf(db: DbOrTx): PoolLike | undefined {
  // Only the top-level handle of node-postgres has a pool; a transaction (or PGlite) runs the query as usual.
  const client = (db as { $client?: unknown }).$client as Partial<PoolLike> | undefined;
  return client && typeof client.query === 'function' && typeof client.totalCount === 'number' ? (client as PoolLike) : undefined;
}

/** Runs a query, prepared under a name derived from its text where the driver allows it. */
export async function executePrepared<Row>(db: DbOrTx, prefix: string, query: SQL): Promise<Row[]> {
  const pool = poolOf(db);
  if (!pool) return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  return (await pool.query({ name, text, values: params })).rows as Row[];
}
