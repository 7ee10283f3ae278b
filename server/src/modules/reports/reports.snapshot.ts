// The database side of a streamed export: every read of one export sees one moment of the data, and
// its rows come in as the response can take them, so memory stays flat at any size.
//   PostgreSQL: a dedicated pooled connection in a read-only REPEATABLE READ transaction (a
//   consistent snapshot), rows through a server-side cursor (pg-query-stream) that is only read on
//   as fast as the consumer asks.
//   PGlite: one connection shared by every request, so no long transaction (it would stall all of
//   them) and no cursor across the wire: keyset pages over the query's own ordering instead.
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';

/** Rows per cursor fetch (PostgreSQL) or keyset page (PGlite), and between checks of the response's back-pressure. */
export const BATCH_SIZE = 500;

/** A query as text and parameters, with its rows as arrays in the order of its select list. */
export interface RowQuery {
  sql: string;
  params: unknown[];
}

export interface ExportSnapshot {
  /** A drizzle handle reading inside the snapshot (the shared handle on PGlite). */
  db: Db;
  /** PostgreSQL: the rows of a query of any size through a server-side cursor; null on PGlite. */
  cursor: ((query: RowQuery) => AsyncIterable<unknown[]>) | null;
  /** The rows of a small query (a page) at once. */
  page(query: RowQuery): Promise<unknown[][]>;
  /** Ends the transaction and gives the connection back; safe to call more than once. */
  close(): Promise<void>;
}

/** What opens a snapshot: the app (its shared drizzle handle and driver). */
export interface SnapshotHandle {
  db: Db;
  dbDriver: 'pg' | 'pglite';
}

function clientOf<T>(db: Db): T {
  return (db as unknown as { $client: T }).$client;
}

export async function openSnapshot({ db, dbDriver }: SnapshotHandle): Promise<ExportSnapshot> {
  return dbDriver === 'pg' ? openPostgresSnapshot(clientOf<Pool>(db)) : pgliteSnapshot(db, clientOf<PGlite>(db));
}

async function openPostgresSnapshot(pool: Pool): Promise<ExportSnapshot> {
  const client: PoolClient = await pool.connect();
  let open: QueryStream | null = null;
  let closed = false;
  try {
    await client.query('begin transaction isolation level repeatable read, read only');
    await client.query('set local jit = off');
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    async *cursor({ sql, params }) {
      const stream = client.query(new QueryStream(sql, params, { rowMode: 'array', batchSize: BATCH_SIZE, highWaterMark: BATCH_SIZE }));
      open = stream;
      try {
        for await (const row of stream) yield row as unknown[];
      } finally {
        open = null;
        stream.destroy();
      }
    },
    async page({ sql, params }) {
      return (await client.query({ text: sql, values: params, rowMode: 'array' })).rows as unknown[][];
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        // A consumer that stopped early (client gone) leaves its cursor open: close it before the transaction.
        const stream = open as QueryStream | null;
        if (stream && !stream.closed) await new Promise<void>((resolve) => stream.once('close', resolve).destroy());
        await client.query('rollback');
        client.release();
      } catch (err) {
        // A connection in an unknown state is not given back to the pool: it is closed.
        client.release(err as Error);
      }
    },
  };
}

function pgliteSnapshot(db: Db, pglite: PGlite): ExportSnapshot {
  return {
    db,
    cursor: null,
    async page({ sql, params }) {
      return (await pglite.query<unknown[]>(sql, params, { rowMode: 'array' })).rows;
    },
    close: async () => {},
  };
}
