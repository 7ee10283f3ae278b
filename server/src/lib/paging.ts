// Keyset paging for lists that can grow: each page continues after the sort key of the previous
// page's last row, so pages neither skip nor repeat rows when others are added, and the database
// never counts past rows it does not return (no OFFSET).
import { asc, desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PageQuery } from '@ci/shared';
import { BadRequest } from './errors.js';

/**
 * One part of a list's order. The last key must be unique (the id). Nulls sort as PostgreSQL
 * sorts them by default: last when ascending, first when descending.
 */
export interface SortKey {
  key: AnyColumn | SQL;
  desc?: boolean;
  /** The key may be null. */
  nullable?: boolean;
}

/** For readers inside the server that need a whole list (reports, the public page). */
export const EVERYTHING: PageQuery = { limit: 2_147_483_646 };

type KeyValue = string | number | boolean | null;

function badCursor(): never {
  throw new BadRequest('The cursor is not valid; start again without one', [{ field: 'querystring.cursor', message: 'Invalid cursor' }]);
}

function decode(cursor: string, length: number): KeyValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    badCursor();
  }
  const ok =
    Array.isArray(values) &&
    values.length === length &&
    values.every((v) => v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && !v.includes('\u0000')));
  if (!ok) badCursor();
  return values as KeyValue[];
}

function equal(key: SortKey, value: KeyValue): SQL {
  return value === null ? sql`${key.key} is null` : sql`${key.key} = ${value}`;
}

function after(key: SortKey, value: KeyValue): SQL {
  if (key.desc) return value === null ? sql`${key.key} is not null` : sql`${key.key} < ${value}`;
  if (value === null) return sql`false`;
  return key.nullable ? sql`(${key.key} > ${value} or ${key.key} is null)` : sql`${key.key} > ${value}`;
}

export interface Keyset {
  /** Add to the selection: the row's sort key, read back by `page`. */
  pageKey: SQL<string>;
  /** Rows after the cursor, or undefined for the first page. */
  where: SQL | undefined;
  orderBy: SQL[];
  /** One more row than the page, to know whether another page follows. */
  limit: number;
}

export function keyset(keys: SortKey[], query: PageQuery): Keyset {
  // Read the key back as JSON from the database itself: timestamps keep their microseconds.
  const pageKey = sql<string>`json_build_array(${sql.join(
    keys.map((k) => k.key),
    sql`, `,
  )})::text`;
  const orderBy = keys.map((k) => (k.desc ? desc(k.key) : asc(k.key)));
  let where: SQL | undefined;
  if (query.cursor) {
    const values = decode(query.cursor, keys.length);
    const branches = keys.map((key, i) => sql.join([...keys.slice(0, i).map((k, j) => equal(k, values[j])), after(key, values[i])], sql` and `));
    where = sql`(${sql.join(
      branches.map((b) => sql`(${b})`),
      sql` or `,
    )})`;
  }
  return { pageKey, where, orderBy, limit: query.limit + 1 };
}

/** The page's rows (without their key) and the cursor of the next page, if any. */
export function page<R extends { pageKey: string }>(rows: R[], query: PageQuery): { rows: Omit<R, 'pageKey'>[]; nextCursor: string | null } {
  const more = rows.length > query.limit;
  const kept = more ? rows.slice(0, query.limit) : rows;
  const nextCursor = more ? Buffer.from(kept[kept.length - 1].pageKey, 'utf8').toString('base64url') : null;
  return { rows: kept.map(({ pageKey: _key, ...row }) => row), nextCursor };
}
