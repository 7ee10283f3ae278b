// The batch write behind PUT /measurements: validate everything, lock, detect stale cells, then
// write in a few set-based statements (each with its audit rows), all inside one transaction.
import { cellKey, periodStart, type Measurement, type MeasurementBatchItem } from '@ci/shared';
import type { Db, Tx } from '../../db/client.js';
import { canWriteActor, type Access } from '../../plugins/auth.js';
import { Forbidden, Unprocessable, ValidationError } from '../../lib/errors.js';
import { toMeasurement, type MeasurementRow } from './measurements.repository.js';
import { conflictOf, sameValue, staleCells, type FieldError } from './measurements.rules.js';
import {
  insertCells,
  lockStoredCells,
  removeCells,
  storedCells,
  updateCells,
  type CellChange,
  type NewCell,
  type StoredCell,
} from './measurements.cells.js';
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
    const existing = new Map((await lockStoredCells(tx, access.initiativeId, items)).map((c) => [cellKey(c.row), c]));

    const conflicts = items.flatMap((item) => {
      const current = existing.get(cellKey(item));
      const stale = current ? item.version !== current.row.version : item.version !== undefined;
      return stale ? [conflictOf(item, current ? toMeasurement(current.row, current.enteredByName) : null)] : [];
    });
    if (conflicts.length > 0) staleCells(conflicts);

    // A cell whose categories change gets a new version of its total too, whatever the total's value:
    // the total's version stands for the whole figure (see categoriesWithoutTotal).
    const changedFigures = new Set(
      items.filter((item) => item.categoryId && changes(item, existing.get(cellKey(item))?.row)).map(cellOf),
    );
    const inserts: NewCell[] = [];
    const updates: CellChange[] = [];
    const removals: { id: string; reason: string | null }[] = [];
    const errors: FieldError[] = [];
    items.forEach((item, index) => {
      const current = existing.get(cellKey(item))?.row;
      const reason = item.reason ?? null;
      const reasonNeeded = () =>
        current?.status === 'approved' &&
        !item.reason &&
        errors.push({ field: field(index, 'reason'), message: 'This value is approved: say why it is corrected' });
      if (isRemoval(item)) {
        if (!current) return;
        reasonNeeded();
        return removals.push({ id: current.id, reason });
      }
      // Written out field by field: an object literal with spreads costs about ten times the memory,
      // and a batch builds thousands of them.
      const { value, numerator, denominator } = valueOf(item);
      const status = item.status ?? 'submitted';
      if (!current) {
        return inserts.push({
          indicatorId: item.indicatorId,
          actorId: item.actorId,
          period: item.period,
          categoryId: item.categoryId ?? null,
          value,
          numerator,
          denominator,
          periodStart: periodStart(item.period),
          note: item.note ?? '',
          status,
          reason,
        });
      }
      if (!changes(item, current) && !(!item.categoryId && changedFigures.has(cellOf(item)))) return;
      reasonNeeded();
      updates.push({ id: current.id, value, numerator, denominator, note: item.note ?? current.note, status, reason });
    });
    if (errors.length > 0) throw new Unprocessable('Approved values need a reason to change; nothing was saved', errors);

    const writer = { initiativeId: access.initiativeId, userId: access.userId };
    const written = new Map<string, StoredCell>();
    if (inserts.length > 0) {
      for (const c of await insertCells(tx, writer, inserts)) written.set(cellKey(c.row), c);
      // Another writer created some of these cells after our lock; report them as they are now.
      if (written.size < inserts.length) await staleInserts(tx, inserts.filter((c) => !written.has(cellKey(c))));
    }
    for (const c of await updateCells(tx, writer, updates)) written.set(cellKey(c.row), c);
    await removeCells(tx, writer, removals);
    await checkCells(tx, access.initiativeId, items, rules, batchFieldOf(items, rules));

    return items
      .filter((item) => !isRemoval(item))
      .map((item) => {
        const { row, enteredByName } = written.get(cellKey(item)) ?? existing.get(cellKey(item))!;
        return toMeasurement(row, enteredByName);
      });
  });
}

async function staleInserts(tx: Tx, missing: NewCell[]): Promise<never> {
  const current = new Map((await storedCells(tx, missing)).map((c) => [cellKey(c.row), toMeasurement(c.row, c.enteredByName)]));
  staleCells(missing.map((c) => conflictOf(c, current.get(cellKey(c)) ?? null)));
}

/** Whether an item changes its stored cell (a new cell always does; a removal does when there is something to remove). */
function changes(item: MeasurementBatchItem, current: MeasurementRow | undefined): boolean {
  if (!current) return !isRemoval(item);
  if (isRemoval(item)) return true;
  const note = item.note ?? current.note;
  return !sameValue(current, valueOf(item)) || note !== current.note || (item.status !== undefined && item.status !== current.status);
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

