// Imports and their previewed rows: who may see an import, its answer, the rows page by page, and
// the set-based steps that turn parsed cells into a preview.
import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm';
import { IMPORT_ERRORS_LISTED, type ImportMapping, type ImportResource, type ImportRow } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, importRows, imports, indicators } from '../../db/schema/index.js';
import { NotFound } from '../../lib/errors.js';
import { canEditAll, type Access } from '../../plugins/auth.js';
import type { Draft } from './imports.cells.js';
import { sameCells } from '../measurements/measurements.cells.js';

export type ImportRecord = typeof imports.$inferSelect;

/** What `imports.mapping` keeps: the mapping given for this file, and how its columns were read. */
export interface StoredMapping {
  given: ImportMapping;
  columns: ImportResource['columns'];
  unmatched: ImportResource['unmatched'];
}

const EMPTY_MAPPING: StoredMapping = { given: { columns: {}, actors: {}, indicators: {} }, columns: [], unmatched: [] };

export function storedMapping(record: ImportRecord): StoredMapping {
  return { ...EMPTY_MAPPING, ...(record.mapping as Partial<StoredMapping>) };
}

/** The caller's import: another initiative's, or (for a partner) another user's, does not exist for them. */
export async function findImport(db: DbOrTx, access: Access, importId: string): Promise<ImportRecord> {
  const [record] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.initiativeId, access.initiativeId)));
  if (!record || (!canEditAll(access) && record.userId !== access.userId)) throw new NotFound('Import');
  return record;
}

export async function toResource(db: DbOrTx, record: ImportRecord): Promise<ImportResource> {
  const counts = record.counts as Partial<Record<'create' | 'change' | 'unchanged' | 'error', number>>;
  const errors =
    record.status === 'ready' && (counts.error ?? 0) > 0
      ? await db
          .select({ row: importRows.rowNumber, field: importRows.field, message: importRows.message })
          .from(importRows)
          .where(and(eq(importRows.importId, record.id), eq(importRows.action, 'error')))
          .orderBy(asc(importRows.rowNumber), asc(importRows.id))
          .limit(IMPORT_ERRORS_LISTED)
      : [];
  const mapping = storedMapping(record);
  return {
    id: record.id,
    fileName: record.fileName,
    format: record.format as ImportResource['format'],
    shape: record.shape as ImportResource['shape'],
    status: record.status as ImportResource['status'],
    progress: record.progress,
    preview: {
      create: counts.create ?? 0,
      change: counts.change ?? 0,
      unchanged: counts.unchanged ?? 0,
      errorCount: counts.error ?? 0,
      errors: errors.map((e) => ({ row: e.row, field: e.field, message: e.message ?? '' })),
    },
    columns: mapping.columns,
    unmatched: mapping.unmatched,
    mapping: mapping.given,
    failure: record.failure,
    createdAt: record.createdAt,
    committedAt: record.committedAt,
  };
}

/** One statement per chunk: the chunk travels as one JSON parameter. */
export async function insertDrafts(db: DbOrTx, importId: string, drafts: Draft[]): Promise<void> {
  if (drafts.length === 0) return;
  const payload = JSON.stringify(
    drafts.map((d) => ({
      row_number: d.rowNumber,
      field: d.field,
      action: d.action,
      message: d.action === 'error' ? d.message : d.reason,
      indicator_id: d.indicatorId,
      actor_id: d.actorId,
      period: d.period,
      category_id: d.categoryId,
      value: d.value,
      numerator: d.numerator,
      denominator: d.denominator,
      note: d.note,
    })),
  );
  await db.execute(sql`
    insert into import_rows (import_id, row_number, field, action, message, indicator_id, actor_id, period, category_id,
      value, numerator, denominator, note)
    select ${importId}, x.row_number, x.field, x.action, x.message, x.indicator_id, x.actor_id, x.period, x.category_id,
      x.value, x.numerator, x.denominator, x.note
    from jsonb_to_recordset(${payload}::jsonb) as x(row_number int, field text, action text, message text, indicator_id uuid,
      actor_id uuid, period text, category_id uuid, value float8, numerator float8, denominator float8, note text)`);
}

/**
 * Turns the parsed cells into the preview, in SQL: a cell the file holds twice is an error from
 * its second row on; a cell that exists is a change or unchanged (with the version and figures it
 * had); a change to an approved value needs a reason. Returns the counts by action.
 */
export async function finalisePreview(
  db: DbOrTx,
  record: ImportRecord,
  words: { duplicate: string; approvedNeedsReason: string; reasonField: string },
): Promise<Record<string, number>> {
  const importId = record.id;
  await db.execute(sql`
    update import_rows r
    set action = 'error', message = replace(${words.duplicate}, '{{row}}', d.first_row::text)
    from (
      select id, min(row_number) over w as first_row, row_number() over (w order by row_number, id) as n
      from import_rows
      where import_id = ${importId} and action <> 'error'
      window w as (partition by indicator_id, actor_id, period, category_id)
    ) d
    where r.id = d.id and d.n > 1`);
  await db.execute(sql`
    update import_rows r set
      measurement_id = m.id,
      version = m.version,
      before = jsonb_build_object('value', m.value, 'numerator', m.numerator, 'denominator', m.denominator, 'note', m.note, 'status', m.status),
      action = case
        when m.value is not distinct from r.value and m.numerator is not distinct from r.numerator
         and m.denominator is not distinct from r.denominator and (r.note is null or r.note = m.note) then 'unchanged'
        when m.status = 'approved' and r.message is null then 'error'
        else 'change' end,
      field = case when m.status = 'approved' and r.message is null then ${words.reasonField} else r.field end
    from (${sameCells(
      sql`(select id, indicator_id, actor_id, period, category_id from import_rows where import_id = ${importId} and action = 'create') x`,
      sql`x.id as row_id, m.*`,
    )}) m
    where r.id = m.row_id and m.initiative_id = ${record.initiativeId}`);
  await db.execute(sql`
    update import_rows set message = ${words.approvedNeedsReason}
    where import_id = ${importId} and action = 'error' and measurement_id is not null and message is null`);
  const rows = await db
    .select({ action: importRows.action, n: count() })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(importRows.action);
  const counts: Record<string, number> = { create: 0, change: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.action] = r.n;
  return counts;
}

const figures = (value: number | null, numerator: number | null, denominator: number | null, note: string | null) => ({
  value,
  numerator,
  denominator,
  note,
});

export async function listImportRows(db: DbOrTx, importId: string, q: { action?: string; limit: number; offset: number }) {
  const where = and(eq(importRows.importId, importId), q.action ? eq(importRows.action, q.action) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        r: importRows,
        indicatorCode: indicators.code,
        indicatorName: indicators.name,
        actorName: actors.name,
        categoryName: disaggregationCategories.name,
      })
      .from(importRows)
      .leftJoin(indicators, eq(indicators.id, importRows.indicatorId))
      .leftJoin(actors, eq(actors.id, importRows.actorId))
      .leftJoin(disaggregationCategories, eq(disaggregationCategories.id, importRows.categoryId))
      .where(where)
      .orderBy(asc(importRows.rowNumber), asc(importRows.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: count() }).from(importRows).where(where),
  ]);
  const items = rows.map(({ r, ...names }): ImportRow => {
    const before = r.before as { value: number | null; numerator: number | null; denominator: number | null; note: string } | null;
    return {
      row: r.rowNumber,
      field: r.field,
      action: r.action as ImportRow['action'],
      message: r.message,
      indicatorId: r.indicatorId,
      actorId: r.actorId,
      period: r.period,
      categoryId: r.categoryId,
      ...names,
      old: before ? figures(before.value, before.numerator, before.denominator, before.note) : null,
      new: figures(r.value, r.numerator, r.denominator, r.note),
    };
  });
  return { items, total, limit: q.limit, offset: q.offset };
}

export async function setImport(db: DbOrTx, importId: string, values: Partial<typeof imports.$inferInsert>) {
  await db.update(imports).set(values).where(eq(imports.id, importId));
}

export async function deleteImport(db: DbOrTx, importId: string) {
  await db.delete(imports).where(eq(imports.id, importId));
}

export async function clearRows(db: DbOrTx, importId: string) {
  await db.delete(importRows).where(eq(importRows.importId, importId));
}

/** Uncommitted imports older than a day: their ids, deleted with their rows. */
export async function deleteStaleImports(db: DbOrTx, olderThan: Date): Promise<string[]> {
  const gone = await db
    .delete(imports)
    .where(and(isNull(imports.committedAt), lt(imports.createdAt, olderThan)))
    .returning({ id: imports.id });
  return gone.map((g) => g.id);
}
