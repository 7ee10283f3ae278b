// Status changes and deletion of single values: approval, return with a reason, and delete.
import { and, asc, eq, inArray, isNull, ne, not, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Measurement, MeasurementReview } from '@ci/shared';
import type { Db, Tx } from '../../db/client.js';
import { indicators, measurements } from '../../db/schema/index.js';
import { canWriteActor, type Access } from '../../plugins/auth.js';
import { Forbidden, NotFound, Unprocessable } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { measurementsById, snapshot, toMeasurement, type MeasurementRow } from './measurements.repository.js';
import { notifyValuesReturned } from '../notifications/notifications.producers.js';
import { checkCells } from './measurements.disaggregation.js';
import { conflictOf, isLocked, lockedMessage, staleCells, writeSettings, type FieldError } from './measurements.rules.js';

/** What a review does to a value in a given status; a string is the reason it cannot. */
function transition(row: MeasurementRow, review: MeasurementReview): 'change' | 'same' | string {
  if (row.status === 'draft') return 'A draft has not been submitted yet';
  if (review.action === 'approve') return row.status === 'approved' ? 'same' : 'change';
  return row.status === 'returned' && row.returnReason === review.reason ? 'same' : 'change';
}

const sibling = alias(measurements, 'sibling');

/**
 * Rows asked for whose cell (indicator, actor, period) has another submitted row that was not
 * asked for: a total and its categories are one figure, approved or returned together.
 */
async function cellsLeftIncomplete(tx: Tx, initiativeId: string, ids: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ id: measurements.id })
    .from(measurements)
    .innerJoin(
      sibling,
      and(
        eq(sibling.indicatorId, measurements.indicatorId),
        eq(sibling.period, measurements.period),
        sql`${sibling.actorId} is not distinct from ${measurements.actorId}`,
        ne(sibling.id, measurements.id),
      ),
    )
    .where(and(eq(measurements.initiativeId, initiativeId), inArray(measurements.id, ids), eq(sibling.status, 'submitted'), not(inArray(sibling.id, ids))));
  return new Set(rows.map((r) => r.id));
}

export async function reviewMeasurements(db: Db, access: Access, review: MeasurementReview): Promise<Measurement[]> {
  return db.transaction(async (tx) => {
    const settings = await writeSettings(tx, access.initiativeId);
    const rows = await tx
      .select()
      .from(measurements)
      .where(and(eq(measurements.initiativeId, access.initiativeId), inArray(measurements.id, review.ids)))
      .orderBy(asc(measurements.id))
      .for('update');
    const byId = new Map(rows.map((r) => [r.id, r]));

    const incomplete = await cellsLeftIncomplete(tx, access.initiativeId, review.ids);
    const errors: FieldError[] = [];
    const changing: MeasurementRow[] = [];
    review.ids.forEach((id, i) => {
      const fail = (message: string) => errors.push({ field: `body.ids.${i}`, message });
      const row = byId.get(id);
      if (!row) return fail('Measurement not found in this initiative');
      if (isLocked(row.period, settings)) return fail(lockedMessage(row.period, settings));
      if (incomplete.has(id)) return fail('A total and its categories are reviewed together: include every submitted value of this cell');
      const next = transition(row, review);
      if (next === 'change') changing.push(row);
      else if (next !== 'same') fail(next);
    });
    if (errors.length > 0) throw new Unprocessable('Some values cannot be reviewed; nothing was changed', errors);

    if (changing.length > 0) {
      const approve = review.action === 'approve';
      await tx
        .update(measurements)
        .set({
          status: approve ? 'approved' : 'returned',
          returnReason: approve ? null : review.reason!,
          updatedAt: new Date(),
          version: sql`${measurements.version} + 1`,
        })
        .where(
          inArray(
            measurements.id,
            changing.map((r) => r.id),
          ),
        );
    }
    if (review.action === 'return') await notifyValuesReturned(tx, access.initiativeId, access.userId, changing, review.reason!);
    const after = await measurementsById(tx, review.ids);
    await recordAudit(
      tx,
      changing.map((before) => ({
        initiativeId: access.initiativeId,
        userId: access.userId,
        action: 'update' as const,
        entityType: 'measurement',
        entityId: before.id,
        before: snapshot(before),
        after: snapshot(after.get(before.id)!.row),
        reason: review.reason ?? null,
      })),
    );
    return review.ids.map((id) => after.get(id)!.resource);
  });
}

export async function deleteMeasurement(db: Db, access: Access, id: string, version: number, reason: string | undefined) {
  await db.transaction(async (tx) => {
    const settings = await writeSettings(tx, access.initiativeId);
    const [row] = await tx
      .select()
      .from(measurements)
      .where(and(eq(measurements.initiativeId, access.initiativeId), eq(measurements.id, id)))
      .for('update');
    if (!row) throw new NotFound('Measurement');
    if (!canWriteActor(access, row.actorId)) throw new Forbidden('You can only delete values of the organisations you are linked to');
    if (isLocked(row.period, settings)) {
      throw new Unprocessable(lockedMessage(row.period, settings), [
        { field: 'params.id', message: lockedMessage(row.period, settings) },
      ]);
    }
    if (row.version !== version) {
      const current = (await measurementsById(tx, [row.id])).get(row.id)?.resource ?? toMeasurement(row, null);
      staleCells([conflictOf(row, current)]);
    }
    if (row.status === 'approved' && !reason) {
      throw new Unprocessable('This value is approved: say why it is deleted', [
        { field: 'querystring.reason', message: 'Required when deleting an approved value' },
      ]);
    }
    // A total goes with its categories: they are one figure, and the total's version (bumped by
    // every change of a category) is what the caller confirmed.
    const gone =
      row.categoryId === null
        ? await tx
            .delete(measurements)
            .where(
              and(
                eq(measurements.initiativeId, access.initiativeId),
                eq(measurements.indicatorId, row.indicatorId),
                eq(measurements.period, row.period),
                row.actorId === null ? isNull(measurements.actorId) : eq(measurements.actorId, row.actorId),
              ),
            )
            .returning()
        : await tx.delete(measurements).where(eq(measurements.id, id)).returning();
    // A category alone may only go when the rest of its dimension still adds up to the total.
    if (row.categoryId !== null) {
      const [rules] = await tx.select({ measureType: indicators.measureType, decimals: indicators.decimals }).from(indicators).where(eq(indicators.id, row.indicatorId));
      await checkCells(tx, access.initiativeId, [row], new Map([[row.indicatorId, rules]]), () => 'params.id');
    }
    await recordAudit(
      tx,
      gone.map((r) => ({
        initiativeId: access.initiativeId,
        userId: access.userId,
        action: 'delete' as const,
        entityType: 'measurement',
        entityId: r.id,
        before: snapshot(r),
        reason: reason ?? null,
      })),
    );
  });
}
