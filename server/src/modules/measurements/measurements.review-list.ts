// The Review screen's list: submitted values, each with the same cell one period earlier, in one query.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  FREQUENCIES,
  cellKey,
  comparePeriods,
  firstSubPeriod,
  periodDistance,
  periodOfDate,
  previousPeriod,
  type Frequency,
  type ReviewItem,
  type ReviewList,
  type ReviewListQuery,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, disaggregationCategories, disaggregationDimensions, indicators, measurements, users } from '../../db/schema/index.js';
import { toMeasurement } from './measurements.repository.js';
import { visibleMeasurements, type VisibilityAccess } from './measurements.visibility.js';

/**
 * Months in one period of each frequency, taken from the shared periods module: a value's
 * previous period starts this many months before its own (`periodStart` is stored with every
 * value), so the database can join on it without parsing keys.
 */
const MONTHS_PER_PERIOD = Object.fromEntries(
  FREQUENCIES.map((f) => {
    const key = periodOfDate('2000-01-01', f);
    return [f, periodDistance(firstSubPeriod(previousPeriod(key), 'month'), firstSubPeriod(key, 'month'))];
  }),
) as Record<Frequency, number>;

function monthsPerPeriod(frequency: SQL | typeof indicators.frequency): SQL {
  const cases = FREQUENCIES.map((f) => sql`when ${f} then ${MONTHS_PER_PERIOD[f]}::int`);
  return sql`(case ${frequency} ${sql.join(cases, sql` `)} end)`;
}

const previous = alias(measurements, 'previous');

/**
 * Submitted values the caller may see (review roles see all), in review order: indicator, newest
 * period, actor, the total before its categories. At most `limit` rows, cut between cells so that
 * a total never travels without its categories; `total` counts every matching row.
 */
export async function listForReview(db: DbOrTx, access: VisibilityAccess, q: ReviewListQuery): Promise<ReviewList> {
  const where: SQL[] = [eq(measurements.initiativeId, access.initiativeId), eq(measurements.status, 'submitted')];
  const visible = visibleMeasurements(access);
  if (visible) where.push(visible);
  const periodsWhere = and(...where);
  if (q.period) where.push(eq(measurements.period, q.period));
  if (q.indicatorId) where.push(eq(measurements.indicatorId, q.indicatorId));

  const [rows, periodRows] = await Promise.all([
    db
      .select({
        measurement: measurements,
        enteredByName: users.name,
        categoryName: disaggregationCategories.name,
        dimensionName: disaggregationDimensions.name,
        previousPeriod: previous.period,
        previousValue: previous.value,
        previousNumerator: previous.numerator,
        previousDenominator: previous.denominator,
        previousStatus: previous.status,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(measurements)
      .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
      .leftJoin(actors, eq(actors.id, measurements.actorId))
      .leftJoin(users, eq(users.id, measurements.enteredBy))
      .leftJoin(disaggregationCategories, eq(disaggregationCategories.id, measurements.categoryId))
      .leftJoin(disaggregationDimensions, eq(disaggregationDimensions.id, disaggregationCategories.dimensionId))
      .leftJoin(
        previous,
        and(
          eq(previous.indicatorId, measurements.indicatorId),
          sql`${previous.actorId} is not distinct from ${measurements.actorId}`,
          sql`${previous.categoryId} is not distinct from ${measurements.categoryId}`,
          sql`${previous.periodStart} = (${measurements.periodStart} - make_interval(months => ${monthsPerPeriod(indicators.frequency)}))::date`,
        ),
      )
      .where(and(...where))
      .orderBy(
        asc(indicators.position),
        asc(indicators.code),
        asc(measurements.indicatorId),
        desc(measurements.periodStart),
        desc(measurements.period),
        sql`${actors.name} asc nulls first`,
        sql`${measurements.actorId} asc nulls first`,
        sql`${disaggregationDimensions.position} asc nulls first`,
        sql`${disaggregationCategories.position} asc nulls first`,
        asc(measurements.categoryId),
      )
      // One row more than asked tells whether the last cell goes on past the limit.
      .limit(q.limit + 1),
    db.selectDistinct({ period: measurements.period }).from(measurements).where(periodsWhere),
  ]);

  const items: ReviewItem[] = rows.map((r) => ({
    ...toMeasurement(r.measurement, r.enteredByName),
    categoryName: r.categoryName,
    dimensionName: r.dimensionName,
    previous:
      r.previousPeriod === null
        ? null
        : {
            period: r.previousPeriod,
            value: r.previousValue,
            numerator: r.previousNumerator,
            denominator: r.previousDenominator,
            status: r.previousStatus as ReviewItem['status'],
          },
  }));
  return {
    items: rows.length > q.limit ? wholeCells(items, q.limit) : items,
    total: rows[0]?.total ?? 0,
    limit: q.limit,
    periods: periodRows.map((p) => p.period).sort((a, b) => comparePeriods(b, a)),
  };
}

const cellOf = (m: ReviewItem) => cellKey({ ...m, categoryId: null });

/** The first `limit` rows without the cell that row `limit + 1` belongs to (its rows are adjacent). */
function wholeCells(items: ReviewItem[], limit: number): ReviewItem[] {
  const cut = cellOf(items[limit]!);
  let end = limit;
  while (end > 0 && cellOf(items[end - 1]!) === cut) end--;
  // A single cell larger than the limit is sent cut rather than not at all.
  return items.slice(0, end > 0 ? end : limit);
}
