// The aggregation rule of DESIGN.md, in SQL: one query per indicator series.
import { and, asc, eq, getTableColumns, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { MAX_ABS_VALUE, type ActorAggregation, type Frequency, type MeasureType, type TimeAggregation } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { executePrepared } from '../../lib/prepared.js';
import { indicators, indicatorTargets } from '../../db/schema/index.js';

export type IndicatorRow = typeof indicators.$inferSelect;

/**
 * Whether a measurement counts in charts, status, completeness and exports: with approval required
 * only approved values do; otherwise everything but drafts and returned values.
 */
export function countsAsReported(status: SQLWrapper, requiresApproval: SQLWrapper): SQL {
  return sql`(${status} = 'approved' or (${status} = 'submitted' and not ${requiresApproval}))`;
}

/** Values of a sane size only: a value stored before the limits existed cannot overflow a sum or a ratio. */
function usableValue(m: SQL): SQL {
  return sql`${m}.value is not null and abs(${m}.value) <= ${MAX_ABS_VALUE}`;
}

function usableRatio(m: SQL): SQL {
  return sql`${m}.numerator is not null and ${m}.denominator is not null and abs(${m}.numerator) <= ${MAX_ABS_VALUE}
    and ${m}.denominator > 0 and ${m}.denominator <= ${MAX_ABS_VALUE} and ${m}.denominator >= 1e-6`;
}

/** A total, or a category of the indicator's first dimension (the one whose categories add up to the total). */
function inFirstDimension(m: SQL, indicatorId: SQL): SQL {
  return sql`(${m}.category_id is null or ${m}.category_id in (
    select dc.id from disaggregation_categories dc
    where dc.dimension_id = (
      select dd.id from disaggregation_dimensions dd
      where dd.indicator_id = ${indicatorId}
      order by dd.position, dd.id limit 1)))`;
}

export interface CountedValueRow {
  indicatorId: string;
  period: string;
  actorId: string | null;
}

/**
 * Per indicator, the (period, actor) pairs that have a value counting in charts and status: the
 * same values the aggregation uses. Null actor: the population value.
 */
export async function countedValues(
  db: DbOrTx,
  initiativeId: string,
  indicatorIds: readonly string[],
  bounds: { fromDate: string | null; toDate: string | null },
): Promise<CountedValueRow[]> {
  const from = bounds.fromDate ? sql`and m.period_start >= ${bounds.fromDate}::date` : sql``;
  const to = bounds.toDate ? sql`and m.period_start <= ${bounds.toDate}::date` : sql``;
  const ids = sql.join(
    indicatorIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select distinct m.indicator_id::text as "indicatorId", m.period, m.actor_id::text as "actorId"
    from measurements m
    join initiatives i on i.id = m.initiative_id
    join indicators ind on ind.id = m.indicator_id
    where m.initiative_id = ${initiativeId} and m.indicator_id in (${ids})
      and ${countsAsReported(sql`m.status`, sql`i.requires_approval`)}
      and (case when ind.actor_aggregation = 'none' then m.actor_id is null else m.actor_id is not null end)
      and (case when ind.measure_type = 'percentage' then ${usableRatio(sql`m`)} else ${usableValue(sql`m`)} end)
      and ${inFirstDimension(sql`m`, sql`m.indicator_id`)} ${from} ${to}`);
  return (result as unknown as { rows: CountedValueRow[] }).rows;
}

export async function findIndicator(db: DbOrTx, initiativeId: string, indicatorId: string): Promise<IndicatorRow | undefined> {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, indicatorId)));
  return row;
}

/** The indicator, and whether it is disaggregated (has a dimension with categories), in one query. */
export async function findSeriesIndicator(
  db: DbOrTx,
  initiativeId: string,
  indicatorId: string,
): Promise<(IndicatorRow & { hasDimensions: boolean }) | undefined> {
  const [row] = await db
    .select({
      ...getTableColumns(indicators),
      hasDimensions: sql<boolean>`exists (select 1 from disaggregation_dimensions dd join disaggregation_categories dc on dc.dimension_id = dd.id
        where dd.indicator_id = "indicators"."id")`,
    })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, indicatorId)));
  return row;
}

/** Whether an indicator is disaggregated (has a dimension with categories). */
export async function hasDimensions(db: DbOrTx, indicatorId: string): Promise<boolean> {
  const result = (await db.execute(sql`
    select 1 from disaggregation_dimensions dd join disaggregation_categories dc on dc.dimension_id = dd.id
    where dd.indicator_id = ${indicatorId} limit 1`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}

export async function listPeriodTargets(db: DbOrTx, indicatorId: string) {
  return db
    .select({ period: indicatorTargets.period, value: indicatorTargets.value })
    .from(indicatorTargets)
    .where(eq(indicatorTargets.indicatorId, indicatorId))
    .orderBy(asc(indicatorTargets.period));
}

export interface AggregateRow {
  /**
   * `actor`: one actor's value for the bucket; `total`: the aggregate across actors; `reporters`
   * (grain 1 only, instead of its actor rows): the actors with a value in the bucket.
   */
  kind: 'actor' | 'total' | 'reporters';
  /** 0: by the asked frequency; 1: by `own` (see AggregateOptions). */
  grain: 0 | 1;
  actorId: string | null;
  /** Null for the indicator's total; a category's id for that category's figures. */
  categoryId: string | null;
  /** First day of the bucket, `YYYY-MM-DD`. */
  bucket: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  reporters: string[] | null;
}

export interface AggregateOptions {
  frequency: Frequency;
  /** Inclusive date bounds on the measurements' period start; null: unbounded. */
  fromDate: string | null;
  toDate: string | null;
  /** Also aggregate each category of every dimension, by the same rule as the total. */
  categories?: boolean;
  /**
   * Also, in the same statement (grain 1), the totals and the actors with a figure by this
   * frequency (the indicator's own), for every period up to `toDate` whatever `fromDate` says,
   * without categories: what the headline and completeness are judged on.
   */
  own?: Frequency;
}

export interface AggregatedIndicator {
  id: string;
  initiativeId: string;
  measureType: string;
  actorAggregation: string;
  timeAggregation: string;
}

// Buckets by the first day of the period in the series frequency; PostgreSQL has no half-year unit.
const BUCKET: Record<Frequency, SQL> = {
  month: sql`date_trunc('month', c.period_start::timestamp)::date`,
  quarter: sql`date_trunc('quarter', c.period_start::timestamp)::date`,
  half_year: sql`make_date(extract(year from c.period_start)::int, case when extract(month from c.period_start) <= 6 then 1 else 7 end, 1)`,
  year: sql`date_trunc('year', c.period_start::timestamp)::date`,
};

// Every step keeps the rows of the total (category_id null) and of each category apart, and the
// rows of each grain apart, so a category and the second grain are aggregated by exactly the rule
// of the total, in the same statement.

/** Each actor's values inside a bucket, combined over time. */
function overTime(timeAggregation: TimeAggregation): SQL {
  if (timeAggregation === 'last') {
    // The latest sub-period in which the actor has a value: numerator and denominator come along.
    // Categories come from the sub-period of the actor's total, so that they still describe it (a
    // category not reported then is absent, not taken from an older month).
    return sql`select distinct on (b.grain, b.category_id, b.actor_id, b.bucket) b.grain, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d
      from bucketed b
      where b.category_id is null or b.period_start = (
        select max(t.period_start) from bucketed t
        where t.grain = b.grain and t.category_id is null and t.actor_id is not distinct from b.actor_id and t.bucket = b.bucket)
      order by b.grain, b.category_id, b.actor_id, b.bucket, b.period_start desc`;
  }
  const fn = timeAggregation === 'mean' ? sql`avg` : sql`sum`;
  return sql`select b.grain, b.category_id, b.actor_id, b.bucket, ${fn}(b.v) as v, ${fn}(b.n) as n, ${fn}(b.d) as d
    from bucketed b group by b.grain, b.category_id, b.actor_id, b.bucket`;
}

/** The actors' results for a bucket, combined across actors. */
function acrossActors(actorAggregation: ActorAggregation, measureType: MeasureType): SQL {
  if (actorAggregation === 'none') return sql`select a.grain, a.category_id, a.bucket, a.v, a.n, a.d from per_actor a`;
  if (actorAggregation === 'min' || actorAggregation === 'max') {
    // The whole result of the lowest (highest) actor, so that a percentage keeps its own n and d.
    const key = measureType === 'percentage' ? sql`a.n / a.d` : sql`a.v`;
    const dir = actorAggregation === 'min' ? sql`asc` : sql`desc`;
    return sql`select distinct on (a.grain, a.category_id, a.bucket) a.grain, a.category_id, a.bucket, a.v, a.n, a.d
      from per_actor a order by a.grain, a.category_id, a.bucket, ${key} ${dir}, a.actor_id`;
  }
  // A mean of percentages is still the ratio of the summed numerators and denominators.
  const fn = actorAggregation === 'mean' ? sql`avg` : sql`sum`;
  return sql`select a.grain, a.category_id, a.bucket, ${fn}(a.v) as v, sum(a.n) as n, sum(a.d) as d from per_actor a group by a.grain, a.category_id, a.bucket`;
}

/** The statement of aggregateMeasurements; its text depends only on the indicator's rules and the options' shape. */
export function aggregationQuery(indicator: AggregatedIndicator, opts: AggregateOptions): SQL {
  const measureType = indicator.measureType as MeasureType;
  const percentage = measureType === 'percentage';
  const population = indicator.actorAggregation === 'none';
  const shape = percentage ? sql`${usableRatio(sql`m`)}` : sql`${usableValue(sql`m`)}`;
  const actorRows = population ? sql`m.actor_id is null` : sql`m.actor_id is not null`;
  // With a second grain, the first bound applies to the first grain only.
  const from = opts.fromDate && !opts.own ? sql`and m.period_start >= ${opts.fromDate}::date` : sql``;
  const firstGrainFrom = opts.fromDate && opts.own ? sql`where c.period_start >= ${opts.fromDate}::date` : sql``;
  const to = opts.toDate ? sql`and m.period_start <= ${opts.toDate}::date` : sql``;
  const value = percentage ? sql`100 * r.n / r.d` : sql`r.v`;
  const ownGrain = opts.own
    ? sql`union all select 1, c.category_id, c.actor_id, c.period_start, ${BUCKET[opts.own]}, c.v, c.n, c.d from cells c where c.category_id is null`
    : sql``;

  return sql`
    with counted as (
      select m.actor_id, m.period_start, m.category_id, m.value as v, m.numerator as n, m.denominator as d
      from measurements m
      join initiatives i on i.id = m.initiative_id
      where m.indicator_id = ${indicator.id}
        and m.initiative_id = ${indicator.initiativeId}
        and ${countsAsReported(sql`m.status`, sql`i.requires_approval`)}
        and ${actorRows} and ${shape} ${from} ${to}
        ${opts.categories ? sql`` : sql`and ${inFirstDimension(sql`m`, sql`${indicator.id}::uuid`)}`}
    ),
    -- One total per actor and sub-period: the plain total where there is one, else (a cell stored
    -- before totals were required with its categories) the first dimension's categories' sum.
    cells as (
      select null::uuid as category_id, c.actor_id, c.period_start,
        case when bool_or(c.category_id is null) then max(c.v) filter (where c.category_id is null) else sum(c.v) end as v,
        case when bool_or(c.category_id is null) then max(c.n) filter (where c.category_id is null) else sum(c.n) end as n,
        case when bool_or(c.category_id is null) then max(c.d) filter (where c.category_id is null) else sum(c.d) end as d
      from counted c
      where ${inFirstDimension(sql`c`, sql`${indicator.id}::uuid`)}
      group by c.actor_id, c.period_start
      ${opts.categories ? sql`union all select c.category_id, c.actor_id, c.period_start, c.v, c.n, c.d from counted c where c.category_id is not null` : sql``}
    ),
    bucketed as (
      select 0 as grain, c.category_id, c.actor_id, c.period_start, ${BUCKET[opts.frequency]} as bucket, c.v, c.n, c.d from cells c ${firstGrainFrom}
      ${ownGrain}
    ),
    per_actor as (${overTime(indicator.timeAggregation as TimeAggregation)}),
    total as (${acrossActors(indicator.actorAggregation as ActorAggregation, measureType)})
    select r.kind, r.grain, r.actor_id::text as "actorId", r.category_id::text as "categoryId", to_char(r.bucket, 'YYYY-MM-DD') as bucket,
      ${value} as value, r.n as numerator, r.d as denominator, r.reporters
    from (
      select 'actor'::text as kind, a.grain, a.category_id, a.actor_id, a.bucket, a.v, a.n, a.d, null::text[] as reporters
      from per_actor a where a.actor_id is not null and a.grain = 0
      union all
      select 'total'::text, t.grain, t.category_id, null::uuid, t.bucket, t.v, t.n, t.d, null from total t
      ${
        opts.own
          ? sql`union all
      select 'reporters'::text, 1, null, null, a.bucket, null, null, null, array_agg(a.actor_id::text order by a.actor_id)
      from per_actor a where a.grain = 1 and a.actor_id is not null group by a.bucket`
          : sql``
      }
    ) r
    order by r.grain, r.bucket, r.kind, r.actor_id, r.category_id nulls first`;
}

/**
 * Buckets the counted measurements of one indicator by the series frequency, combines them over
 * time per actor and then across actors, and returns both levels: for the total and, when asked,
 * for each category (and, when asked, by the indicator's own frequency too). Buckets without data
 * are absent.
 */
export async function aggregateMeasurements(
  db: DbOrTx,
  indicator: AggregatedIndicator,
  opts: AggregateOptions,
): Promise<AggregateRow[]> {
  const rows = await executePrepared<AggregateRow>(db, 'series_aggregate', aggregationQuery(indicator, opts));
  // In place: a long series has thousands of rows, and copies of them only feed the collector.
  for (const r of rows) {
    if (r.value !== null) r.value = Number(r.value);
    if (r.numerator !== null) r.numerator = Number(r.numerator);
    if (r.denominator !== null) r.denominator = Number(r.denominator);
  }
  return rows;
}
