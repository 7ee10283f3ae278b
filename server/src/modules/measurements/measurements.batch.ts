// The batch write behind PUT /measurements: validate everything, lock, detect stale cells, then
// write in a few set-based statements, all inside one transaction.
import { inArray, sql } from 'drizzle-orm';
import { cellKey, periodStart, type Measurement, type MeasurementBatchItem } from '@ci/shared';
import type { Db, Tx } from '../../db/client.js';
import { measurements } from '../../db/schema/index.js';
import { canWriteActor, type Access } from '../../plugins/auth.js';
import { Forbidden, Unprocessable, ValidationError } from '../../lib/errors.js';
import type { AuditEntry } from '../../lib/audit.js';
import { recordAuditInBulk } from './measurements.audit.js';
import { measurementsById, snapshot, type MeasurementRow } from './measurements.repository.js';
import { conflictOf, rowsOf, sameValue, staleCells, type FieldError } from './measurements.rules.js';
import { cellIssues, loadRuleContext } from './measurements.validate.js';
import { batchFieldOf, categoriesWithoutTotal, cellOf, checkCells, isRemoval } from './measurements.disaggregation.js';

const field = (i: number, name: string) => `body.items.${i}.${name}`;
const unique = <T>(values: T[]) => [...new Set(values)];

export async function writeBatch(db: Db, access: Access, items: MeasurementBatchItem[]): Promise<Measurement[]> {
  const foreign = items.find((item) => !canWriteActor(access, item.actorId));
  if (foreign) {
    throw new Forbidden(
      foreign.actorId === null
        ? 'Only the backbone enters population-level values'
        : 'You can only enter values for the organisations you are linked to',
    );
  }
  return db.transaction(async (tx) => {
    const rules = await validate(tx, access.initiativeId, items);
    const existing = await lockCells(tx, access.initiativeId, items);

    const conflicts = items.flatMap((item) => {
      const current = existing.get(cellKey(item));
      const stale = current ? item.version !== current.row.version : item.version !== undefined;
      return stale ? [conflictOf(item, current?.resource ?? null)] : [];
    });
    if (conflicts.length > 0) staleCells(conflicts);

    // A cell whose categories change gets a new version of its total too, whatever the total's value:
    // the total's version stands for the whole figure (see categoriesWithoutTotal).
    const changedFigures = new Set(
      items.filter((item) => item.categoryId && changes(item, existing.get(cellKey(item))?.row)).map(cellOf),
    );
    const inserts: MeasurementBatchItem[] = [];
    const updates: { item: MeasurementBatchItem; before: MeasurementRow; status: string; note: string }[] = [];
    const removals: { item: MeasurementBatchItem; before: MeasurementRow }[] = [];
    const errors: FieldError[] = [];
    items.forEach((item, index) => {
      const current = existing.get(cellKey(item))?.row;
      const reasonNeeded = () =>
        current?.status === 'approved' &&
        !item.reason &&
        errors.push({ field: field(index, 'reason'), message: 'This value is approved: say why it is corrected' });
      if (isRemoval(item)) {
        if (!current) return;
        reasonNeeded();
        return removals.push({ item, before: current });
      }
      if (!current) return inserts.push(item);
      if (!changes(item, current) && !(!item.categoryId && changedFigures.has(cellOf(item)))) return;
      reasonNeeded();
      updates.push({ item, before: current, status: item.status ?? 'submitted', note: item.note ?? current.note });
    });
    if (errors.length > 0) throw new Unprocessable('Approved values need a reason to change; nothing was saved', errors);

    const insertedIds = await insertCells(tx, access, inserts);
    await updateCells(tx, access, updates);
    await removeCells(tx, removals);
    await checkCells(tx, access.initiativeId, items, rules, batchFieldOf(items, rules));

    const kept = items.filter((item) => !isRemoval(item));
    const ids = kept.map((item) => existing.get(cellKey(item))?.row.id ?? insertedIds.get(cellKey(item))!);
    const after = await measurementsById(tx, ids);
    const audit: AuditEntry[] = [
      ...inserts.map((item): AuditEntry => {
        const row = after.get(insertedIds.get(cellKey(item))!)!.row;
        return entry(access, 'create', row, undefined, item.reason);
      }),
      ...updates.map(({ item, before }): AuditEntry => entry(access, 'update', after.get(before.id)!.row, before, item.reason)),
      ...removals.map(({ item, before }): AuditEntry => entry(access, 'delete', undefined, before, item.reason)),
    ];
    await recordAuditInBulk(tx, audit);
    return ids.map((id) => after.get(id)!.resource);
  });
}

/** Whether an item changes its stored cell (a new cell always does; a removal does when there is something to remove). */
function changes(item: MeasurementBatchItem, current: MeasurementRow | undefined): boolean {
  if (!current) return !isRemoval(item);
  if (isRemoval(item)) return true;
  const note = item.note ?? current.note;
  return !sameValue(current, valueOf(item)) || note !== current.note || (item.status !== undefined && item.status !== current.status);
}

function entry(
  access: Access,
  action: 'create' | 'update' | 'delete',
  row: MeasurementRow | undefined,
  before: MeasurementRow | undefined,
  reason?: string,
): AuditEntry {
  return {
    initiativeId: access.initiativeId,
    userId: access.userId,
    action,
    entityType: 'measurement',
    entityId: (row ?? before)!.id,
    before: before ? snapshot(before) : undefined,
    after: row ? snapshot(row) : undefined,
    reason: reason ?? null,
  };
}

async function removeCells(tx: Tx, removals: { before: MeasurementRow }[]) {
  if (removals.length === 0) return;
  await tx.delete(measurements).where(
    inArray(
      measurements.id,
      removals.map((r) => r.before.id),
    ),
  );
}

function valueOf(item: MeasurementBatchItem) {
  return { value: item.value ?? null, numerator: item.numerator ?? null, denominator: item.denominator ?? null };
}

/**
 * Every rule that needs the stored indicators, actors and settings; all failures at once (422).
 * Returns the batch's indicators' value rules.
 */
async function validate(tx: Tx, initiativeId: string, items: MeasurementBatchItem[]) {
  const ctx = await loadRuleContext(tx, initiativeId, {
    indicatorIds: unique(items.map((i) => i.indicatorId)),
    actorIds: unique(items.flatMap((i) => (i.actorId ? [i.actorId] : []))),
    categoryIds: unique(items.flatMap((i) => (i.categoryId ? [i.categoryId] : []))),
  });
  const errors: FieldError[] = [];
  const valueErrors: FieldError[] = [];
  items.forEach((item, i) => {
    for (const issue of cellIssues(ctx, item)) {
      (issue.valueRule ? valueErrors : errors).push({ field: field(i, issue.field), message: issue.message });
    }
  });
  // What is stored is exactly what every view shows: a value that would be rounded is refused, not rounded.
  if (valueErrors.length > 0) throw new ValidationError(`${valueErrors[0].message}; nothing was saved`, valueErrors);
  // Said only of items that are otherwise fine: a category of another indicator needs no total first.
  const failing = new Set(errors.map((e) => e.field.split('.').slice(0, 3).join('.')));
  errors.push(...categoriesWithoutTotal(items).filter((e) => !failing.has(e.field.split('.').slice(0, 3).join('.'))));
  if (errors.length > 0) throw new Unprocessable('Some values cannot be saved; nothing was saved', errors);
  return ctx.indicators;
}

function cellsJson(items: MeasurementBatchItem[]) {
  return JSON.stringify(
    items.map((i) => ({ indicator_id: i.indicatorId, actor_id: i.actorId, period: i.period, category_id: i.categoryId ?? null })),
  );
}

/** Locks the batch's existing cells (in id order, so overlapping batches cannot deadlock). */
async function lockCells(tx: Tx, initiativeId: string, items: MeasurementBatchItem[]) {
  const locked = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select m.id from measurements m
      join jsonb_to_recordset(${cellsJson(items)}::jsonb) as x(indicator_id uuid, actor_id uuid, period text, category_id uuid)
        on m.indicator_id = x.indicator_id and m.period = x.period
       and m.actor_id is not distinct from x.actor_id and m.category_id is not distinct from x.category_id
      where m.initiative_id = ${initiativeId}
      order by m.id
      for update of m`),
  );
  const byId = await measurementsById(
    tx,
    locked.map((r) => r.id),
  );
  return new Map([...byId.values()].map((m) => [cellKey(m.row), m]));
}

/** Inserts new cells with version 1; a cell someone created meanwhile makes the batch stale. */
async function insertCells(tx: Tx, access: Access, items: MeasurementBatchItem[]): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const payload = JSON.stringify(
    items.map((i) => ({
      indicator_id: i.indicatorId,
      actor_id: i.actorId,
      period: i.period,
      period_start: periodStart(i.period),
      category_id: i.categoryId ?? null,
      ...valueOf(i),
      note: i.note ?? '',
      status: i.status ?? 'submitted',
    })),
  );
  const inserted = rowsOf<{ id: string; indicator_id: string; actor_id: string | null; period: string; category_id: string | null }>(
    await tx.execute(sql`
      insert into measurements (initiative_id, indicator_id, actor_id, period, period_start, category_id,
        value, numerator, denominator, note, status, entered_by, entered_at, version)
      select ${access.initiativeId}, x.indicator_id, x.actor_id, x.period, x.period_start, x.category_id,
        x.value, x.numerator, x.denominator, x.note, x.status, ${access.userId}, now(), 1
      from jsonb_to_recordset(${payload}::jsonb) as x(indicator_id uuid, actor_id uuid, period text, period_start date,
        category_id uuid, value float8, numerator float8, denominator float8, note text, status text)
      on conflict on constraint measurements_cell_unique do nothing
      returning id, indicator_id, actor_id, period, category_id`),
  );
  const ids = new Map(
    inserted.map((r) => [cellKey({ indicatorId: r.indicator_id, actorId: r.actor_id, period: r.period, categoryId: r.category_id }), r.id]),
  );
  if (ids.size < items.length) {
    // Another writer created some of these cells after our lock; report them as they are now.
    const missing = items.filter((i) => !ids.has(cellKey(i)));
    const current = await currentCells(tx, missing);
    staleCells(missing.map((i) => conflictOf(i, current.get(cellKey(i)) ?? null)));
  }
  return ids;
}

async function currentCells(tx: Tx, items: MeasurementBatchItem[]) {
  const found = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select m.id from measurements m
      join jsonb_to_recordset(${cellsJson(items)}::jsonb) as x(indicator_id uuid, actor_id uuid, period text, category_id uuid)
        on m.indicator_id = x.indicator_id and m.period = x.period
       and m.actor_id is not distinct from x.actor_id and m.category_id is not distinct from x.category_id`),
  );
  const byId = await measurementsById(
    tx,
    found.map((r) => r.id),
  );
  return new Map([...byId.values()].map((m) => [cellKey(m.row), m.resource]));
}

async function updateCells(
  tx: Tx,
  access: Access,
  updates: { item: MeasurementBatchItem; before: MeasurementRow; status: string; note: string }[],
) {
  if (updates.length === 0) return;
  const payload = JSON.stringify(
    updates.map((u) => ({ id: u.before.id, ...valueOf(u.item), note: u.note, status: u.status })),
  );
  await tx.execute(sql`
    update measurements m set
      value = x.value, numerator = x.numerator, denominator = x.denominator, note = x.note, status = x.status,
      return_reason = null, entered_by = ${access.userId}, entered_at = now(), updated_at = now(), version = m.version + 1
    from jsonb_to_recordset(${payload}::jsonb) as x(id uuid, value float8, numerator float8, denominator float8, note text, status text)
    where m.id = x.id`);
}
