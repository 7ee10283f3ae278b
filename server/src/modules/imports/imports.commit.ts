// Commits a previewed import in one transaction, set-based from `import_rows` (a 100 000-cell file
// never passes through JavaScript): every previewed version must still hold, else 409 and nothing
// is written; one audit entry per written cell, in the batch's snapshot shape, the file named as
// the reason.
import { eq, sql } from 'drizzle-orm';
import { fill, type ImportCommitResult, type Locale, type MeasurementConflicts } from '@ci/shared';
import { IMPORT_WORDS } from '@ci/shared/i18n';
import type { Db, Tx } from '../../db/client.js';
import { imports } from '../../db/schema/index.js';
import { Conflict, Unprocessable } from '../../lib/errors.js';
import type { Access } from '../../plugins/auth.js';
import { measurementsById } from '../measurements/measurements.repository.js';
import { rowsOf } from '../measurements/measurements.rules.js';
import { checkCells } from '../measurements/measurements.disaggregation.js';
import { sameCells, snapshotOf } from '../measurements/measurements.cells.js';
import { clearRows, type ImportRecord } from './imports.repository.js';

/** How many conflicting cells a 409 lists. */
const CONFLICTS_LISTED = 100;

/** The first day of a period key, as periodStart() in @ci/shared computes it. */
const periodStartOf = sql`case
  when r.period ~ '^\\d{4}$' then make_date(left(r.period, 4)::int, 1, 1)
  when r.period ~ '^\\d{4}-\\d{2}$' then make_date(left(r.period, 4)::int, substr(r.period, 6, 2)::int, 1)
  when r.period ~ '^\\d{4}-Q[1-4]$' then make_date(left(r.period, 4)::int, (substr(r.period, 7, 1)::int - 1) * 3 + 1, 1)
  when r.period ~ '^\\d{4}-H[12]$' then make_date(left(r.period, 4)::int, (substr(r.period, 7, 1)::int - 1) * 6 + 1, 1)
end`;

type ConflictRow = { row_number: number; indicator_id: string; actor_id: string | null; period: string; category_id: string | null; current_id: string | null };

/** Previewed changes whose stored value changed or vanished meanwhile. */
async function changedRows(tx: Tx, importId: string): Promise<ConflictRow[]> {
  return rowsOf<ConflictRow>(
    await tx.execute(sql`
      select r.row_number, r.indicator_id, r.actor_id, r.period, r.category_id, m.id as current_id
      from import_rows r left join measurements m on m.id = r.measurement_id
      where r.import_id = ${importId} and r.action in ('change', 'unchanged') and (m.id is null or m.version <> r.version)
      order by r.row_number limit ${CONFLICTS_LISTED}`),
  );
}

/** Previewed cells whose stored value changed meanwhile, or that someone created meanwhile. */
async function staleRows(tx: Tx, importId: string): Promise<ConflictRow[]> {
  const changed = await changedRows(tx, importId);
  const created = rowsOf<ConflictRow>(
    await tx.execute(sql`
      select * from (${sameCells(
        sql`(select * from import_rows where import_id = ${importId} and action = 'create') x`,
        sql`x.row_number, x.indicator_id, x.actor_id, x.period, x.category_id, m.id as current_id`,
      )}) created
      order by row_number limit ${CONFLICTS_LISTED}`),
  );
  return [...changed, ...created].slice(0, CONFLICTS_LISTED);
}

async function conflict(tx: Tx, rows: ConflictRow[]): Promise<never> {
  const current = await measurementsById(
    tx,
    rows.flatMap((r) => (r.current_id ? [r.current_id] : [])),
  );
  const conflicts = rows.map((r) => ({
    row: r.row_number,
    indicatorId: r.indicator_id,
    actorId: r.actor_id,
    period: r.period,
    categoryId: r.category_id,
    current: r.current_id ? (current.get(r.current_id)?.resource ?? null) : null,
  })) satisfies (MeasurementConflicts['conflicts'][number] & { row: number })[];
  throw new Conflict(
    `${conflicts.length === 1 ? 'A value' : `${conflicts.length} values`} in this file changed since the preview; nothing was saved. Upload the file again to see the changes.`,
    { conflicts },
  );
}

export async function commitImport(db: Db, access: Access, record: ImportRecord, locale: Locale): Promise<ImportCommitResult> {
  const words = IMPORT_WORDS[locale];
  const reason = fill(words.auditReason, { file: record.fileName });
  const reasonWith = fill(words.auditReasonWith, { file: record.fileName });
  const result = await db.transaction(async (tx) => {
    // Locks the import: a second commit of the same import waits, then finds it committed.
    const [current] = await tx.select().from(imports).where(eq(imports.id, record.id)).for('update');
    const counts = current.counts as Record<string, number>;
    if (current.status !== 'ready') throw new Unprocessable(current.status === 'committed' ? 'This import is already committed' : 'The preview is not ready');
    if ((counts.error ?? 0) > 0) throw new Unprocessable(`The preview has ${counts.error} error rows; correct the file and upload it again. Nothing was saved`);

    // Lock the cells to change (in id order, as the batch does), then check every previewed version.
    await tx.execute(sql`
      select count(*) from (
        select m.id from measurements m join import_rows r on r.measurement_id = m.id
        where r.import_id = ${record.id} and r.action in ('change', 'unchanged') order by m.id for update of m
      ) locked`);
    // A cell created meanwhile is found by the insert below (it inserts fewer rows than previewed).
    if ((await changedRows(tx, record.id)).length > 0) await conflict(tx, await staleRows(tx, record.id));

    const [created] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with ins as (
          insert into measurements (initiative_id, indicator_id, actor_id, period, period_start, category_id,
            value, numerator, denominator, note, status, entered_by, entered_at, version)
          select ${access.initiativeId}, r.indicator_id, r.actor_id, r.period, ${periodStartOf}, r.category_id,
            r.value, r.numerator, r.denominator, coalesce(r.note, ''), 'submitted', ${access.userId}, now(), 1
          from import_rows r where r.import_id = ${record.id} and r.action = 'create'
          on conflict on constraint measurements_cell_unique do nothing
          returning *
        ), audit as (
          insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
          select ${access.initiativeId}, ${access.userId}, 'create', 'measurement', ins.id::text, null, ${snapshotOf('ins')}, ${reason}
          from ins returning 1
        )
        select (select count(*) from ins)::int as n`),
    );
    if (created.n !== (counts.create ?? 0)) await conflict(tx, await staleRows(tx, record.id));

    const [changed] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with old as (
          select m.*, r.message as reason, r.value as new_value, r.numerator as new_numerator,
            r.denominator as new_denominator, coalesce(r.note, m.note) as new_note
          from measurements m join import_rows r on r.measurement_id = m.id
          where r.import_id = ${record.id} and r.action = 'change'
        ), upd as (
          update measurements m set value = o.new_value, numerator = o.new_numerator, denominator = o.new_denominator,
            note = o.new_note, status = 'submitted', return_reason = null, entered_by = ${access.userId},
            entered_at = now(), updated_at = now(), version = m.version + 1
          from old o where m.id = o.id and m.version = o.version
          returning m.*
        ), audit as (
          insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
          select ${access.initiativeId}, ${access.userId}, 'update', 'measurement', upd.id::text, ${snapshotOf('old')}, ${snapshotOf('upd')},
            case when old.reason is null then ${reason} else replace(${reasonWith}, '{{reason}}', old.reason) end
          from upd join old on old.id = upd.id returning 1
        )
        select (select count(*) from upd)::int as n`),
    );
    if (changed.n !== (counts.change ?? 0)) await conflict(tx, await staleRows(tx, record.id));

    await checkDisaggregated(tx, access.initiativeId, record.id);

    await tx.update(imports).set({ status: 'committed', committedAt: new Date(), progress: 1 }).where(eq(imports.id, record.id));
    await clearRows(tx, record.id);
    return { id: record.id, created: created.n, changed: changed.n, unchanged: counts.unchanged ?? 0 };
  });
  return result;
}

/**
 * A disaggregated figure is a total and its categories that add up: the same rule as the batch
 * write, checked on every cell of such an indicator that the import wrote, after writing and inside
 * the transaction, so a file that would leave a figure inconsistent commits nothing (422, at the row).
 */
async function checkDisaggregated(tx: Tx, initiativeId: string, importId: string) {
  const cells = rowsOf<{ indicatorId: string; actorId: string | null; period: string; row: number; measureType: string; decimals: number }>(
    await tx.execute(sql`
      select r.indicator_id::text as "indicatorId", r.actor_id::text as "actorId", r.period, min(r.row_number)::int as row,
        i.measure_type as "measureType", i.decimals
      from import_rows r join indicators i on i.id = r.indicator_id
      where r.import_id = ${importId} and r.action in ('create', 'change')
        and exists (select 1 from disaggregation_dimensions d where d.indicator_id = r.indicator_id)
      group by r.indicator_id, r.actor_id, r.period, i.measure_type, i.decimals`),
  );
  if (cells.length === 0) return;
  const rules = new Map(cells.map((c) => [c.indicatorId, { measureType: c.measureType, decimals: c.decimals }]));
  const rowOf = new Map(cells.map((c) => [`${c.indicatorId}|${c.actorId ?? ''}|${c.period}`, c.row]));
  await checkCells(tx, initiativeId, cells, rules, (cell) => `row ${rowOf.get(`${cell.indicatorId}|${cell.actorId ?? ''}|${cell.period}`)}`);
}
