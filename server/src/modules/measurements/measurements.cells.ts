// The bulk statements behind every batch of values: cells travel as arrays (`unnest`), one
// parameter per column whatever the batch size, and every write records its audit rows in the same
// statement. The same SQL runs on PostgreSQL and PGlite.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { measurements } from '../../db/schema/index.js';
import { rowsOf } from './measurements.rules.js';
import type { MeasurementRow } from './measurements.repository.js';

export interface CellRef {
  indicatorId: string;
  actorId: string | null;
  period: string;
  categoryId?: string | null;
}

/** One array parameter (drizzle would otherwise spread a JavaScript array into a list of parameters). */
export const array = (values: readonly unknown[]) => sql.param(values);

/** The cells as a from-item `x(indicator_id, actor_id, period, category_id)`. */
export function cellsOf(cells: readonly CellRef[]): SQL {
  return sql`unnest(${array(cells.map((c) => c.indicatorId))}::uuid[], ${array(cells.map((c) => c.actorId))}::uuid[],
    ${array(cells.map((c) => c.period))}::text[], ${array(cells.map((c) => c.categoryId ?? null))}::uuid[])
    as x(indicator_id, actor_id, period, category_id)`;
}

/**
 * `select <columns> from <source> join measurements m` on the same cell. The unique index on
 * (indicator, actor, period, category) treats missing actors and categories as equal, but a join
 * on `is not distinct from` cannot use it and scans every value of the indicator for each cell;
 * one index-backed join per pattern of missing actor and category finds each cell in one probe.
 * `source` is a from-item aliased `x` (a CTE's name, or a subquery `(…) x`).
 */
export function sameCells(source: SQL, columns: SQL, options: { anyCategory?: boolean } = {}): SQL {
  const match = (column: 'actor_id' | 'category_id', present: boolean) =>
    present ? sql`m.${sql.raw(column)} = x.${sql.raw(column)}` : sql`m.${sql.raw(column)} is null and x.${sql.raw(column)} is null`;
  const branch = (actor: boolean, category: boolean | undefined) => sql`
    select ${columns} from ${source} join measurements m on m.indicator_id = x.indicator_id and m.period = x.period
      and ${match('actor_id', actor)}${category === undefined ? sql`` : sql` and ${match('category_id', category)}`}`;
  const branches = options.anyCategory
    ? [branch(true, undefined), branch(false, undefined)]
    : [branch(true, true), branch(true, false), branch(false, true), branch(false, false)];
  return sql.join(branches, sql` union all `);
}

/** The audit snapshot of a measurement row in SQL: the same keys as `snapshot()` in measurements.repository.ts. */
export function snapshotOf(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`jsonb_build_object('indicatorId', ${a}.indicator_id, 'actorId', ${a}.actor_id, 'period', ${a}.period,
    'categoryId', ${a}.category_id, 'value', ${a}.value, 'numerator', ${a}.numerator, 'denominator', ${a}.denominator,
    'note', ${a}.note, 'status', ${a}.status, 'returnReason', ${a}.return_reason, 'version', ${a}.version)`;
}

const COLUMNS = Object.entries(getTableColumns(measurements));

/** A measurement row of a raw statement (snake_case, driver values) as drizzle reads it. */
export function rowOf(raw: Record<string, unknown>): MeasurementRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of COLUMNS) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as MeasurementRow;
}

export interface StoredCell {
  row: MeasurementRow;
  enteredByName: string | null;
}

function storedOf(raw: Record<string, unknown>[]): StoredCell[] {
  return raw.map((r) => ({ row: rowOf(r), enteredByName: (r.entered_by_name as string | null) ?? null }));
}

/** The stored values of the cells, locked (in id order, so overlapping batches cannot deadlock). */
export async function lockStoredCells(tx: DbOrTx, initiativeId: string, cells: readonly CellRef[]): Promise<StoredCell[]> {
  return storedOf(
    rowsOf(
      await tx.execute(sql`
        with x as (select * from ${cellsOf(cells)})
        select m.*, u.name as entered_by_name from measurements m left join users u on u.id = m.entered_by
        where m.initiative_id = ${initiativeId} and m.id in (${sameCells(sql`x`, sql`m.id`)})
        order by m.id for update of m`),
    ),
  );
}

/** The stored values of the cells as they are now (for a 409), unlocked. */
export async function storedCells(tx: DbOrTx, cells: readonly CellRef[]): Promise<StoredCell[]> {
  return storedOf(
    rowsOf(
      await tx.execute(sql`
        with x as (select * from ${cellsOf(cells)})
        select m.*, u.name as entered_by_name from measurements m left join users u on u.id = m.entered_by
        where m.id in (${sameCells(sql`x`, sql`m.id`)})`),
    ),
  );
}

export interface Writer {
  initiativeId: string;
  userId: string;
}

export interface NewCell extends CellRef {
  periodStart: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: string;
  reason: string | null;
}

/** Zero stands in for a missing actor or category where rows are matched by hash, not by index. */
const NONE = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

/** Inserts the cells with version 1 and their audit rows; a cell that exists already is skipped (not returned). */
export async function insertCells(tx: DbOrTx, w: Writer, cells: readonly NewCell[]): Promise<StoredCell[]> {
  const col = <K extends keyof NewCell>(k: K) => array(cells.map((c) => c[k] ?? null));
  return storedOf(
    rowsOf(
      await tx.execute(sql`
        with x as (
          select * from unnest(${col('indicatorId')}::uuid[], ${col('actorId')}::uuid[], ${col('period')}::text[],
            ${col('periodStart')}::date[], ${col('categoryId')}::uuid[], ${col('value')}::float8[], ${col('numerator')}::float8[],
            ${col('denominator')}::float8[], ${col('note')}::text[], ${col('status')}::text[], ${col('reason')}::text[])
            as x(indicator_id, actor_id, period, period_start, category_id, value, numerator, denominator, note, status, reason)
        ), ins as (
          insert into measurements (initiative_id, indicator_id, actor_id, period, period_start, category_id,
            value, numerator, denominator, note, status, entered_by, entered_at, version)
          select ${w.initiativeId}, x.indicator_id, x.actor_id, x.period, x.period_start, x.category_id,
            x.value, x.numerator, x.denominator, x.note, x.status, ${w.userId}, now(), 1
          from x
          on conflict on constraint measurements_cell_unique do nothing
          returning *
        ), audit as (
          insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
          ${
            // The reasons come from the input rows: matched to what was inserted only when there are any.
            cells.some((c) => c.reason !== null)
              ? sql`select ${w.initiativeId}, ${w.userId}, 'create', 'measurement', ins.id::text, null, ${snapshotOf('ins')}, x.reason
                  from ins join x on x.indicator_id = ins.indicator_id and x.period = ins.period
                    and coalesce(x.actor_id, ${NONE}) = coalesce(ins.actor_id, ${NONE})
                    and coalesce(x.category_id, ${NONE}) = coalesce(ins.category_id, ${NONE})`
              : sql`select ${w.initiativeId}, ${w.userId}, 'create', 'measurement', ins.id::text, null, ${snapshotOf('ins')}, null from ins`
          }
          returning 1
        )
        select ins.*, (select name from users where id = ${w.userId}) as entered_by_name from ins`),
    ),
  );
}

export interface CellChange {
  id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: string;
  reason: string | null;
}

/** Writes new figures into stored cells (a new version each) and their audit rows, before and after. */
export async function updateCells(tx: DbOrTx, w: Writer, changes: readonly CellChange[]): Promise<StoredCell[]> {
  if (changes.length === 0) return [];
  const col = <K extends keyof CellChange>(k: K) => array(changes.map((c) => c[k]));
  return storedOf(
    rowsOf(
      await tx.execute(sql`
        with x as (
          select * from unnest(${col('id')}::uuid[], ${col('value')}::float8[], ${col('numerator')}::float8[],
            ${col('denominator')}::float8[], ${col('note')}::text[], ${col('status')}::text[], ${col('reason')}::text[])
            as x(id, value, numerator, denominator, note, status, reason)
        ), old as (
          select m.* from measurements m join x on m.id = x.id
        ), upd as (
          update measurements m set
            value = x.value, numerator = x.numerator, denominator = x.denominator, note = x.note, status = x.status,
            return_reason = null, entered_by = ${w.userId}, entered_at = now(), updated_at = now(), version = m.version + 1
          from x where m.id = x.id
          returning m.*
        ), audit as (
          insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
          select ${w.initiativeId}, ${w.userId}, 'update', 'measurement', upd.id::text, ${snapshotOf('old')}, ${snapshotOf('upd')}, x.reason
          from upd join old on old.id = upd.id join x on x.id = upd.id
          returning 1
        )
        select upd.*, (select name from users where id = ${w.userId}) as entered_by_name from upd`),
    ),
  );
}

/** Deletes stored cells and records their audit rows. */
export async function removeCells(tx: DbOrTx, w: Writer, removals: readonly { id: string; reason: string | null }[]): Promise<void> {
  if (removals.length === 0) return;
  await tx.execute(sql`
    with x as (
      select * from unnest(${array(removals.map((r) => r.id))}::uuid[], ${array(removals.map((r) => r.reason))}::text[]) as x(id, reason)
    ), del as (
      delete from measurements m using x where m.id = x.id returning m.*
    )
    insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
    select ${w.initiativeId}, ${w.userId}, 'delete', 'measurement', del.id::text, ${snapshotOf('del')}, null, x.reason
    from del join x on x.id = del.id`);
}
