// The long-format values of an export, one indicator after the other, read through the export's
// snapshot (COPY or keyset pages) so memory stays flat at any size. The database does the per-row
// work it does best (names joined, the percentage computed, dates already in the file's shape) and
// sends every field as text, which is what both files are made of: a spreadsheet's numbers are
// written as the database's text, a CSV's go through JavaScript's number formatting as before.
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { MAX_ABS_VALUE } from '@ci/shared';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, measurements } from '../../db/schema/index.js';
import { visibleMeasurements, type VisibilityAccess } from '../measurements/measurements.visibility.js';
import { rangeDates, type IndicatorRow, type PeriodRange } from './reports.repository.js';
import type { TextRow } from './reports.copy-text.js';
import { BATCH_SIZE, type ExportSnapshot } from './reports.snapshot.js';

/** Positions in a value row. */
export const V = {
  /** 1-based position of the row's indicator in the export's list of indicators (as text, like every field). */
  indicator: 0,
  period: 1,
  /** `2025-01-01` (text) or the spreadsheet day number (excel). */
  periodStart: 2,
  actor: 3,
  sector: 4,
  /** `Dimension: Category` for a disaggregated value; null for the total. */
  category: 5,
  /** The value; for a percentage, 100 × numerator / denominator, as the app computes it. */
  value: 6,
  numerator: 7,
  denominator: 8,
  status: 9,
  note: 10,
  /** ISO 8601 in UTC to the millisecond (text) or the spreadsheet date-time number (excel). */
  enteredAt: 11,
  /** Where the keys of keyset paging start (PGlite only). */
  keys: 12,
} as const;

/** A value row: every field as the database's text, null for NULL. */
export type ValueRow = TextRow;

/**
 * How dates come out: `text` as in a CSV file; `excel` as the serial numbers a spreadsheet stores
 * (days since 1899-12-30, the time of day as the fraction, to the millisecond), exactly the numbers
 * a spreadsheet library writes for a JavaScript Date, without making one per cell.
 */
export type DateShape = 'text' | 'excel';

const m = measurements;

function dateColumns(shape: DateShape): { periodStart: SQL; enteredAt: SQL } {
  return shape === 'text'
    ? { periodStart: sql`${m.periodStart}::text`, enteredAt: sql`to_char(${m.enteredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` }
    : {
        periodStart: sql`(${m.periodStart} - date '1899-12-30')::text`,
        enteredAt: sql`(25569::float8 + floor(extract(epoch from ${m.enteredAt}) * 1000)::float8 / 86400000::float8)::text`,
      };
}

// The order of one indicator's values: period, actor by name (population-level first), category.
// The actor's rank stands in for its name, as sorting by a number is much cheaper than by text.
const orderKeys = sql`${m.periodStart}, coalesce(ar.rank, 0), coalesce(dd.position, -1), coalesce(dc.position, -1), ${m.id}`;

/**
 * The initiative's actors with their rank by name, from the ids in that order: a list of known
 * length, so the database joins it by hash whatever its statistics on actors say (ranked in a
 * window over the table, it was taken for one row and scanned once per value).
 */
function rankedActors(actorIds: string[]): SQL {
  return sql`(select a.id, a.name, a.sector, r.rank::int as rank
    from unnest(string_to_array(${actorIds.join(',')}, ',')::uuid[]) with ordinality as r(id, rank)
    join ${actors} a on a.id = r.id)`;
}

/**
 * One indicator's values the caller may see, in the export's order. `indicator` is the SQL of its
 * id and `position` of its 1-based place in the export; `after` continues after a page's last row.
 */
function indicatorValuesSql(
  access: VisibilityAccess,
  actorIds: string[],
  indicator: SQL,
  position: SQL,
  range: PeriodRange,
  shape: DateShape,
  page: { after: ValueRow | null; limit: number } | null,
): SQL {
  const { fromDate, toDate } = rangeDates(range);
  const where: (SQL | undefined)[] = [eq(m.initiativeId, access.initiativeId), sql`${m.indicatorId} = ${indicator}`, visibleMeasurements(access)];
  if (fromDate) where.push(gte(m.periodStart, fromDate));
  if (toDate) where.push(lte(m.periodStart, toDate));
  // Keyset paging: each page starts after the last row of the previous one, where an offset would
  // make the database rescan every earlier row.
  const after = page?.after?.slice(V.keys);
  if (after) where.push(sql`(${orderKeys}) > (${after[0]}::date, ${after[1]}::int, ${after[2]}::int, ${after[3]}::int, ${after[4]}::uuid)`);
  const keys = page
    ? sql`, ${m.periodStart}::text, coalesce(ar.rank, 0)::text, coalesce(dd.position, -1)::text, coalesce(dc.position, -1)::text, ${m.id}::text`
    : sql``;
  const dates = dateColumns(shape);
  return sql`select ${position}::text, ${m.period}, ${dates.periodStart}, ar.name, ar.sector,
      case when dc.id is null then null else dd.name || ': ' || dc.name end,
      coalesce(${m.value}, case when abs(${m.numerator}) <= ${MAX_ABS_VALUE} and abs(${m.denominator}) between 1e-6 and ${MAX_ABS_VALUE} then 100 * ${m.numerator} / ${m.denominator} end)::text,
      ${m.numerator}::text, ${m.denominator}::text, ${m.status}, ${m.note}, ${dates.enteredAt}${keys}
    from ${m}
    left join ${rankedActors(actorIds)} ar on ar.id = ${m.actorId}
    left join ${disaggregationCategories} dc on dc.id = ${m.categoryId}
    left join ${disaggregationDimensions} dd on dd.id = dc.dimension_id
    where ${and(...where)}
    order by ${orderKeys}${page ? sql` limit ${page.limit}` : sql``}`;
}
const dialect = new PgDialect();

/** The ids of the initiative's actors by name: the order of the export's rows. */
async function actorIdsByName(db: DbOrTx, initiativeId: string): Promise<string[]> {
  const rows = await db.select({ id: actors.id }).from(actors).where(eq(actors.initiativeId, initiativeId)).orderBy(actors.name);
  return rows.map((r) => r.id);
}

/**
 * Every value of the indicators the caller may see, in the export's order (the indicators' order,
 * then each one's own), a batch of rows at a time, as fast as the consumer takes them. On
 * PostgreSQL one COPY walks the indicators in order and sorts each one's values on its own (a
 * nested loop over a small sort); on PGlite, keyset pages of one indicator at a time.
 */
export async function* exportValues(
  snapshot: ExportSnapshot,
  access: VisibilityAccess,
  indicators: Pick<IndicatorRow, 'id'>[],
  range: PeriodRange,
  shape: DateShape,
): AsyncGenerator<ValueRow[]> {
  if (indicators.length === 0) return;
  const actorIds = await actorIdsByName(snapshot.db, access.initiativeId);
  if (snapshot.copy) {
    const ids = indicators.map((i) => i.id).join(',');
    const inner = indicatorValuesSql(access, actorIds, sql`ind.id`, sql`ind.n`, range, shape, null);
    const query = sql`select v.* from unnest(string_to_array(${ids}, ',')::uuid[]) with ordinality as ind(id, n)
      cross join lateral (${inner}) v order by ind.n`;
    yield* snapshot.copy(dialect.sqlToQuery(query.inlineParams()).sql);
    return;
  }
  for (const [index, indicator] of indicators.entries()) {
    let after: ValueRow | null = null;
    for (;;) {
      const query = indicatorValuesSql(access, actorIds, sql`${indicator.id}::uuid`, sql`${index + 1}::int`, range, shape, { after, limit: BATCH_SIZE });
      const rows = (await snapshot.page(dialect.sqlToQuery(query))) as ValueRow[];
      if (rows.length > 0) yield rows;
      if (rows.length < BATCH_SIZE) break;
      after = rows[rows.length - 1];
    }
  }
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
