// The database side of a streamed export: every read of one export sees one moment of the data, and
// its rows come in as the response can take them, so memory stays flat at any size.
//   PostgreSQL: a dedicated pooled connection in a read-only REPEATABLE READ transaction (a
//   consistent snapshot), rows through COPY … TO STDOUT: the database writes them without waiting
//   for a fetch after each batch, so it works on the next rows while this process formats the
//   last ones, and the socket's back-pressure holds it back when the response is slower.
//   PGlite: one connection shared by every request, so no long transaction (it would stall all of
//   them) and no COPY or cursor across the wire: keyset pages over the query's own ordering instead.
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';
import { copyTextRows, type TextRow } from './reports.copy-text.js';

/** Rows per keyset page (PGlite), and between checks of the response's back-pressure. */
export const BATCH_SIZE = 500;

/** A query as text and parameters, with its rows as arrays in the order of its select list. */
export interface RowQuery {
  sql: string;
  params: unknown[];
}

export interface ExportSnapshot {
  /** A drizzle handle reading inside the snapshot (the shared handle on PGlite). */
  db: Db;
  /**
   * PostgreSQL: the rows of a query of any size as text, a batch at a time, through COPY (which takes
   * no parameters: `sql` has its values inlined as literals); null on PGlite.
   */
  copy: ((sql: string) => AsyncIterable<TextRow[]>) | null;
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
  let copying = false;
  let closed = false;
  try {
    await client.query('begin transaction isolation level repeatable read, read only');
    await client.query('set local jit = off');
    // Inlined literals double their quotes and nothing else, which is only safe with standard strings.
    await client.query('set local standard_conforming_strings = on');
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    async *copy(sql) {
      copying = true;
      yield* copyTextRows(client.query(copyTo(`copy (${sql}) to stdout`)));
      copying = false;
    },
    async page({ sql, params }) {
      return (await client.query({ text: sql, values: params, rowMode: 'array' })).rows as unknown[][];
    },
    async close() {
      if (closed) return;
      closed = true;
      // A consumer that stopped early (client gone) leaves a COPY running, which cannot be stopped
      // from this side but by closing the connection: it is not given back to the pool.
      if (copying) {
        client.release(new Error('export stopped during COPY'));
        return;
      }
      try {
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
    copy: null,
    async page({ sql, params }) {
      return (await pglite.query<unknown[]>(sql, params, { rowMode: 'array' })).rows;
    },
    close: async () => {},
  };
}
