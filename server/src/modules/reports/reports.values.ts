// The long-format values of an export, one indicator after the other, read through the export's
// snapshot (a cursor or keyset pages) so memory stays flat at any size. The database does the
// per-row work it does best (names joined, the percentage computed, dates already in the file's
// shape); the rows come back as arrays, read by the positions of `V`.
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, measurements } from '../../db/schema/index.js';
import { visibleMeasurements, type VisibilityAccess } from '../measurements/measurements.visibility.js';
import { rangeDates, type IndicatorRow, type PeriodRange } from './reports.repository.js';
import type { ExportSnapshot, RowQuery } from './reports.snapshot.js';

/** Positions in a value row. */
export const V = {
  period: 0,
  /** `2025-01-01` (text) or the spreadsheet day number (excel). */
  periodStart: 1,
  actor: 2,
  sector: 3,
  /** `Dimension: Category` for a disaggregated value; null for the total. */
  category: 4,
  /** The value; for a percentage, 100 × numerator / denominator, as the app computes it. */
  value: 5,
  numerator: 6,
  denominator: 7,
  status: 8,
  note: 9,
  /** ISO 8601 in UTC to the millisecond (text) or the spreadsheet date-time number (excel). */
  enteredAt: 10,
} as const;

export type ValueRow = unknown[];

/**
 * How dates come out: `text` as in a CSV file; `excel` as the serial numbers a spreadsheet stores
 * (days since 1899-12-30, the time of day as the fraction, to the millisecond), exactly the numbers
 * a spreadsheet library writes for a JavaScript Date, without making one per cell.
 */
export type DateShape = 'text' | 'excel';

const actorKey = sql<string>`coalesce(${actors.name}, '')`;
const dimensionKey = sql<number>`coalesce(${disaggregationDimensions.position}, -1)`;
const categoryKey = sql<number>`coalesce(${disaggregationCategories.position}, -1)`;

function dateColumns(shape: DateShape) {
  if (shape === 'text') {
    return {
      periodStart: sql<string>`${measurements.periodStart}::text`,
      enteredAt: sql<string>`to_char(${measurements.enteredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    };
  }
  return {
    periodStart: sql<number>`(${measurements.periodStart} - date '1899-12-30')`,
    enteredAt: sql<number>`(25569::float8 + floor(extract(epoch from ${measurements.enteredAt}) * 1000)::float8 / 86400000::float8)`,
  };
}

/** The query of one indicator's values the caller may see, in period, actor (population-level first) and category order. */
function valueQuery(
  db: Db,
  access: VisibilityAccess,
  indicatorId: string,
  range: PeriodRange,
  shape: DateShape,
  after: unknown[] | null,
  limit: number | null,
): RowQuery {
  const { fromDate, toDate } = rangeDates(range);
  const dates = dateColumns(shape);
  const where: (SQL | undefined)[] = [
    eq(measurements.initiativeId, access.initiativeId),
    eq(measurements.indicatorId, indicatorId),
    visibleMeasurements(access),
  ];
  if (fromDate) where.push(gte(measurements.periodStart, fromDate));
  if (toDate) where.push(lte(measurements.periodStart, toDate));
  // Keyset paging: each page starts after the last row of the previous one, where an offset would
  // make the database rescan every earlier row. The keys follow the values (positions 11-15).
  if (after) {
    const k = after.slice(11);
    where.push(sql`(${measurements.periodStart}, ${actorKey}, ${dimensionKey}, ${categoryKey}, ${measurements.id})
      > (${k[0]}::date, ${k[1]}, ${k[2]}, ${k[3]}, ${k[4]}::uuid)`);
  }
  const keys: Record<string, SQL> = limit === null ? {} : { kPeriodStart: sql<string>`${measurements.periodStart}::text`, kActor: actorKey, kDimension: dimensionKey, kCategory: categoryKey, kId: sql<string>`${measurements.id}::text` };
  const query = db
    .select({
      period: measurements.period,
      periodStart: dates.periodStart,
      actor: actors.name,
      sector: actors.sector,
      category: sql<string | null>`case when ${disaggregationCategories.id} is null then null else ${disaggregationDimensions.name} || ': ' || ${disaggregationCategories.name} end`,
      value: sql<number | null>`coalesce(${measurements.value}, case when ${measurements.denominator} <> 0 then 100 * ${measurements.numerator} / ${measurements.denominator} end)`,
      numerator: measurements.numerator,
      denominator: measurements.denominator,
      status: measurements.status,
      note: measurements.note,
      enteredAt: dates.enteredAt,
      ...keys,
    })
    .from(measurements)
    .leftJoin(actors, eq(actors.id, measurements.actorId))
    .leftJoin(disaggregationCategories, eq(disaggregationCategories.id, measurements.categoryId))
    .leftJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
    .where(and(...where))
    .orderBy(measurements.periodStart, actorKey, dimensionKey, categoryKey, measurements.id);
  return (limit === null ? query : query.limit(limit)).toSQL();
}

/** The values of one indicator, row by row, as fast as the consumer takes them. */
export function indicatorValues(
  snapshot: ExportSnapshot,
  access: VisibilityAccess,
  indicatorId: string,
  range: PeriodRange,
  shape: DateShape,
): AsyncIterable<ValueRow> {
  return snapshot.rows((after, limit) => valueQuery(snapshot.db, access, indicatorId, range, shape, after, limit));
}

/** Which of the indicators are disaggregated: their uncategorised value is the total of the categories. */
export async function disaggregatedIndicators(db: DbOrTx, indicators: Pick<IndicatorRow, 'id'>[]): Promise<Set<string>> {
  if (indicators.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ indicatorId: disaggregationDimensions.indicatorId })
    .from(disaggregationDimensions)
    .innerJoin(disaggregationCategories, eq(disaggregationCategories.dimensionId, disaggregationDimensions.id))
    .where(inArray(disaggregationDimensions.indicatorId, indicators.map((i) => i.id)));
  return new Set(rows.map((r) => r.indicatorId));
}

/** A label looked up once per distinct key (a period, an enum value), not once per row. */
export function memo<T>(label: (key: T) => string | null): (key: T) => string | null {
  const seen = new Map<T, string | null>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) {
      text = label(key);
      seen.set(key, text);
    }
    return text;
  };
}
