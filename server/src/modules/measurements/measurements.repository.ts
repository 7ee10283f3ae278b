import { and, asc, count, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { periodEnd, periodStart, type Measurement, type MeasurementListQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, indicators, measurements, users } from '../../db/schema/index.js';
import { visibleMeasurements, type VisibilityAccess } from './measurements.visibility.js';

export type MeasurementRow = typeof measurements.$inferSelect;

const columns = { measurement: measurements, enteredByName: users.name };

export function toMeasurement(row: MeasurementRow, enteredByName: string | null): Measurement {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    actorId: row.actorId,
    period: row.period,
    categoryId: row.categoryId,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    status: row.status as Measurement['status'],
    returnReason: row.returnReason,
    enteredBy: row.enteredBy,
    enteredByName,
    enteredAt: row.enteredAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** What the audit log keeps of a value: enough to show and to restore it. */
export function snapshot(row: MeasurementRow) {
  return {
    indicatorId: row.indicatorId,
    actorId: row.actorId,
    period: row.period,
    categoryId: row.categoryId,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    status: row.status,
    returnReason: row.returnReason,
    version: row.version,
  };
}

function filters(access: VisibilityAccess, q: Partial<MeasurementListQuery>): SQL[] {
  const where: SQL[] = [eq(measurements.initiativeId, access.initiativeId)];
  const visible = visibleMeasurements(access);
  if (visible) where.push(visible);
  if (q.indicatorId) where.push(eq(measurements.indicatorId, q.indicatorId));
  if (q.actorId === 'none') where.push(isNull(measurements.actorId));
  else if (q.actorId) where.push(eq(measurements.actorId, q.actorId));
  if (q.period) where.push(eq(measurements.period, q.period));
  if (q.from) where.push(gte(measurements.periodStart, periodStart(q.from)));
  if (q.to) where.push(lte(measurements.periodStart, periodEnd(q.to)));
  if (q.status) where.push(eq(measurements.status, q.status));
  return where;
}

/** The values the caller may see (a partner sees other actors' values only once they count). */
export async function listMeasurements(db: DbOrTx, access: VisibilityAccess, q: MeasurementListQuery) {
  const where = and(...filters(access, q));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(columns)
      .from(measurements)
      .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
      .leftJoin(actors, eq(actors.id, measurements.actorId))
      .leftJoin(users, eq(users.id, measurements.enteredBy))
      .where(where)
      // Population-level values (no actor) and totals (no category) come first.
      .orderBy(
        asc(indicators.position),
        asc(indicators.code),
        asc(measurements.periodStart),
        asc(measurements.period),
        sqlNullsFirst(actors.name),
        asc(measurements.actorId),
        sqlNullsFirst(measurements.categoryId),
      )
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: count() }).from(measurements).where(where),
  ]);
  return { items: rows.map((r) => toMeasurement(r.measurement, r.enteredByName)), total, limit: q.limit, offset: q.offset };
}

function sqlNullsFirst(column: AnyPgColumn) {
  return sql`${column} asc nulls first`;
}

export async function getMeasurement(db: DbOrTx, access: VisibilityAccess, id: string) {
  const [row] = await db
    .select(columns)
    .from(measurements)
    .leftJoin(users, eq(users.id, measurements.enteredBy))
    .where(and(...filters(access, {}), eq(measurements.id, id)));
  return row ? toMeasurement(row.measurement, row.enteredByName) : undefined;
}

/** Rows by id, with the name of who entered them; ids not found are absent from the map. */
export async function measurementsById(db: DbOrTx, ids: string[]): Promise<Map<string, { row: MeasurementRow; resource: Measurement }>> {
  const out = new Map<string, { row: MeasurementRow; resource: Measurement }>();
  // Bind parameters are capped at 65535 per statement.
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await db
      .select(columns)
      .from(measurements)
      .leftJoin(users, eq(users.id, measurements.enteredBy))
      .where(inArray(measurements.id, ids.slice(i, i + 10_000)));
    for (const r of rows) out.set(r.measurement.id, { row: r.measurement, resource: toMeasurement(r.measurement, r.enteredByName) });
  }
  return out;
}
