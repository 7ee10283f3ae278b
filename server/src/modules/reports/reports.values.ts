// The long-format values of an export, read page by page so memory stays bounded at any size.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, measurements } from '../../db/schema/index.js';
import { visibleMeasurements, type VisibilityAccess } from '../measurements/measurements.visibility.js';
import { hasDimensions } from '../series/series.repository.js';
import { rangeDates, type IndicatorRow, type PeriodRange } from './reports.repository.js';

/** Rows per database round trip. */
export const PAGE_SIZE = 5000;

export interface ValueRow {
  id: string;
  period: string;
  periodStart: string;
  actor: string | null;
  sector: string | null;
  /** `Dimension: Category` for a disaggregated value; null for the total. */
  category: string | null;
  /** The total of a disaggregated indicator (its categories follow it): files in words call it so. */
  totalOfCategories: boolean;
  /** The value; for a percentage, 100 × numerator / denominator, as the app computes it. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  note: string;
  enteredAt: Date;
}

/** A percentage row stores its numerator and denominator only; its value is computed, never stored. */
function percentOf(numerator: number | null, denominator: number | null): number | null {
  return numerator !== null && denominator !== null && denominator !== 0 ? (100 * numerator) / denominator : null;
}

interface Cursor {
  periodStart: string;
  actor: string;
  dimension: number;
  category: number;
  id: string;
}

const actorKey = sql`coalesce(${actors.name}, '')`;
const dimensionKey = sql`coalesce(${disaggregationDimensions.position}, -1)`;
const categoryKey = sql`coalesce(${disaggregationCategories.position}, -1)`;

function selectPage(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      id: measurements.id,
      period: measurements.period,
      periodStart: measurements.periodStart,
      actor: actors.name,
      sector: actors.sector,
      dimension: disaggregationDimensions.name,
      categoryName: disaggregationCategories.name,
      value: measurements.value,
      numerator: measurements.numerator,
      denominator: measurements.denominator,
      status: measurements.status,
      note: measurements.note,
      enteredAt: measurements.enteredAt,
      actorKey: sql<string>`${actorKey}`,
      dimensionKey: sql<number>`${dimensionKey}`,
      categoryKey: sql<number>`${categoryKey}`,
    })
    .from(measurements)
    .leftJoin(actors, eq(actors.id, measurements.actorId))
    .leftJoin(disaggregationCategories, eq(disaggregationCategories.id, measurements.categoryId))
    .leftJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
    .where(where)
    .orderBy(measurements.periodStart, actorKey, dimensionKey, categoryKey, measurements.id)
    .limit(PAGE_SIZE);
}

/**
 * The values of one indicator the caller may see, in period, actor (population-level first) and
 * category order, as pages of at most PAGE_SIZE rows. Each page starts after the last row of the
 * previous one (keyset paging), where an offset would make the database rescan every earlier row.
 */
export async function* valuePages(
  db: DbOrTx,
  access: VisibilityAccess,
  indicator: Pick<IndicatorRow, 'id'>,
  range: PeriodRange,
): AsyncGenerator<ValueRow[]> {
  const { fromDate, toDate } = rangeDates(range);
  const disaggregated = await hasDimensions(db, indicator.id);
  const base: (SQL | undefined)[] = [
    eq(measurements.initiativeId, access.initiativeId),
    eq(measurements.indicatorId, indicator.id),
    visibleMeasurements(access),
  ];
  if (fromDate) base.push(gte(measurements.periodStart, fromDate));
  if (toDate) base.push(lte(measurements.periodStart, toDate));
  let cursor: Cursor | null = null;
  for (;;) {
    const after: SQL | undefined = cursor
      ? sql`(${measurements.periodStart}, ${actorKey}, ${dimensionKey}, ${categoryKey}, ${measurements.id})
          > (${cursor.periodStart}::date, ${cursor.actor}, ${cursor.dimension}, ${cursor.category}, ${cursor.id}::uuid)`
      : undefined;
    const rows = await selectPage(db, and(...base, after));
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      period: r.period,
      periodStart: r.periodStart,
      actor: r.actor,
      sector: r.sector,
      category: r.categoryName === null ? null : `${r.dimension}: ${r.categoryName}`,
      totalOfCategories: disaggregated && r.categoryName === null,
      value: r.value ?? percentOf(r.numerator, r.denominator),
      numerator: r.numerator,
      denominator: r.denominator,
      status: r.status,
      note: r.note,
      enteredAt: r.enteredAt,
    }));
    if (rows.length < PAGE_SIZE) return;
    const last = rows[rows.length - 1];
    cursor = {
      periodStart: last.periodStart,
      actor: last.actorKey,
      dimension: Number(last.dimensionKey),
      category: Number(last.categoryKey),
      id: last.id,
    };
  }
}
