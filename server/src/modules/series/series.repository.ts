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
  bounds: DateBounds | ReadonlyMap<string, DateBounds>,
  /** Run as a named prepared statement (see AggregateManyOptions.prepared). */
  prepared = false,
): Promise<CountedValueRow[]> {
  if (indicatorIds.length === 0) return [];
  const { arms } = selection(indicatorIds, (id) => boundsFor(bounds, id));
  const query = sql`
    select distinct r.indicator_id::text as "indicatorId", r.period, r.actor_id::text as "actorId"
    from (${sql.join(
      arms.map(
        (arm) => sql`select m.indicator_id, m.period, m.actor_id
          from measurements m
          join initiatives i on i.id = m.initiative_id
          join indicators ind on ind.id = m.indicator_id
          where ${arm} and m.initiative_id = ${initiativeId} and ${countedMeasurement(sql`m`, sql`ind`, sql`i`)}`,
      ),
      sql` union all `,
    )}) r`;
  if (prepared) return executePrepared<CountedValueRow>(db, 'counted', query);
  return ((await db.execute(query)) as unknown as { rows: CountedValueRow[] }).rows;
}

/**
 * Whether a measurement counts for its indicator (`ind`) in initiative `i`: reported, of the
 * indicator's shape, a total or in its first dimension. The rule of the aggregation's `counted`
 * and `cells` steps, for queries over indicators of every kind at once.
 */
export function countedMeasurement(m: SQL, ind: SQL, i: SQL): SQL {
  return sql`${countsAsReported(sql`${m}.status`, sql`${i}.requires_approval`)}
    and (case when ${ind}.actor_aggregation = 'none' then ${m}.actor_id is null else ${m}.actor_id is not null end)
    and (case when ${ind}.measure_type = 'percentage' then ${usableRatio(m)} else ${usableValue(m)} end)
    and ${inFirstDimension(m, sql`${m}.indicator_id`)}`;
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
  /** `actor`: one actor's value for the bucket; `total`: the aggregate across actors. */
  kind: 'actor' | 'total';
  actorId: string | null;
  /** Null for the indicator's total; a category's id for that category's figures. */
  categoryId: string | null;
  /** First day of the bucket, `YYYY-MM-DD`. */
  bucket: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface AggregateOptions {
  frequency: Frequency;
  /** Inclusive date bounds on the measurements' period start; null: unbounded. */
  fromDate: string | null;
  toDate: string | null;
  /** Also aggregate each category of every dimension, by the same rule as the total. */
  categories?: boolean;
}

export interface AggregatedIndicator {
  id: string;
  initiativeId: string;
  measureType: string;
  actorAggregation: string;
  timeAggregation: string;
}

/** Bounds of one indicator's measurements, inclusive dates on the period start; null: unbounded. */
export interface DateBounds {
  fromDate: string | null;
  toDate: string | null;
}

export interface IndicatorAggregateRow extends AggregateRow {
  indicatorId: string;
}

export interface ManyAggregatedIndicator extends AggregatedIndicator {
  frequency: string;
}

export interface AggregateManyOptions {
  /** The series frequency, or each indicator's own. */
  frequency: Frequency | 'own';
  /** The same bounds for every indicator, or bounds per indicator id (a missing one: unbounded). */
  bounds: DateBounds | ReadonlyMap<string, DateBounds>;
  /** Also aggregate each category of every dimension, by the same rule as the total. */
  categories?: boolean;
  /** Only the aggregates across actors, without each actor's figure. */
  totalsOnly?: boolean;
  /**
   * Indicators known to have no disaggregation (see indicatorsWithoutDimensions). Each of their
   * cells is one stored value, and, as values are only stored in an indicator's own frequency (the
   * write path checks it, and the frequency cannot change once values exist), one per actor and
   * period: in their own frequency the steps that combine a cell's categories and an actor's
   * sub-periods change nothing and are left out. Same figures, a fraction of the work.
   */
  plain?: ReadonlySet<string>;
  /**
   * Run as a named prepared statement, for a statement whose text recurs unchanged (the overview
   * of one initiative): planning a statement of many rule groups can cost more than running it, and
   * a prepared one is planned once per connection (PostgreSQL keeps a generic plan when it is no worse).
   */
  prepared?: boolean;
}

// Buckets by the first day of the period in the series frequency; PostgreSQL has no half-year unit.
const BUCKET: Record<Frequency, SQL> = {
  month: sql`date_trunc('month', c.period_start::timestamp)::date`,
  quarter: sql`date_trunc('quarter', c.period_start::timestamp)::date`,
  half_year: sql`make_date(extract(year from c.period_start)::int, case when extract(month from c.period_start) <= 6 then 1 else 7 end, 1)`,
  year: sql`date_trunc('year', c.period_start::timestamp)::date`,
};

// Every step keeps the rows of each indicator, of its total (category_id null) and of each
// category apart, so many indicators that share a rule, and each category, are aggregated by
// exactly the rule of one indicator's total, in one statement.

/** Each actor's values inside a bucket, combined over time. */
function overTime(timeAggregation: TimeAggregation, categories: boolean): SQL {
  if (timeAggregation === 'last') {
    // The latest sub-period in which the actor has a value: numerator and denominator come along.
    // Categories come from the sub-period of the actor's total, so that they still describe it (a
    // category not reported then is absent, not taken from an older month). Without categories
    // every row is a total: no such lookup, whose estimated cost would make the planner compile it.
    const sameSubPeriod = categories
      ? sql`where b.category_id is null or b.period_start = (
        select max(t.period_start) from bucketed t
        where t.indicator_id = b.indicator_id and t.category_id is null and t.actor_id is not distinct from b.actor_id and t.bucket = b.bucket)`
      : sql``;
    return sql`select distinct on (b.indicator_id, b.category_id, b.actor_id, b.bucket) b.indicator_id, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d
      from bucketed b ${sameSubPeriod}
      order by b.indicator_id, b.category_id, b.actor_id, b.bucket, b.period_start desc`;
  }
  const fn = timeAggregation === 'mean' ? sql`avg` : sql`sum`;
  return sql`select b.indicator_id, b.category_id, b.actor_id, b.bucket, ${fn}(b.v) as v, ${fn}(b.n) as n, ${fn}(b.d) as d
    from bucketed b group by b.indicator_id, b.category_id, b.actor_id, b.bucket`;
}

/** The actors' results for a bucket, combined across actors. */
function acrossActors(actorAggregation: ActorAggregation, measureType: MeasureType): SQL {
  if (actorAggregation === 'none') return sql`select a.indicator_id, a.category_id, a.bucket, a.v, a.n, a.d from per_actor a`;
  if (actorAggregation === 'min' || actorAggregation === 'max') {
    // The whole result of the lowest (highest) actor, so that a percentage keeps its own n and d.
    const key = measureType === 'percentage' ? sql`a.n / a.d` : sql`a.v`;
    const dir = actorAggregation === 'min' ? sql`asc` : sql`desc`;
    return sql`select distinct on (a.indicator_id, a.category_id, a.bucket) a.indicator_id, a.category_id, a.bucket, a.v, a.n, a.d
      from per_actor a order by a.indicator_id, a.category_id, a.bucket, ${key} ${dir}, a.actor_id`;
  }
  // A mean of percentages is still the ratio of the summed numerators and denominators.
  const fn = actorAggregation === 'mean' ? sql`avg` : sql`sum`;
  return sql`select a.indicator_id, a.category_id, a.bucket, ${fn}(a.v) as v, sum(a.n) as n, sum(a.d) as d
    from per_actor a group by a.indicator_id, a.category_id, a.bucket`;
}

function boundsFor(bounds: DateBounds | ReadonlyMap<string, DateBounds>, indicatorId: string): DateBounds {
  if (bounds instanceof Map) return (bounds as ReadonlyMap<string, DateBounds>).get(indicatorId) ?? { fromDate: null, toDate: null };
  return bounds as DateBounds;
}

/**
 * The measurements (`m`) of some indicators, each within its bounds: one condition per distinct
 * pair of bounds (usually one, or one per frequency), as constants the planner can estimate, so
 * that it reads the (indicator, period start) index alone. The caller unites one query per
 * condition: conditions joined by `or` would need the table's pages.
 */
export function selection(indicatorIds: readonly string[], boundsOf: (id: string) => DateBounds): { arms: SQL[]; indicatorId: SQL } {
  const byBounds = new Map<string, { bounds: DateBounds; ids: string[] }>();
  for (const id of indicatorIds) {
    const bounds = boundsOf(id);
    const key = `${bounds.fromDate}|${bounds.toDate}`;
    const entry = byBounds.get(key) ?? { bounds, ids: [] };
    entry.ids.push(id);
    byBounds.set(key, entry);
  }
  const arms = [...byBounds.values()].map(({ bounds: { fromDate, toDate }, ids }) => {
    const from = fromDate ? sql`and m.period_start >= ${fromDate}::date` : sql``;
    const to = toDate ? sql`and m.period_start <= ${toDate}::date` : sql``;
    const which = ids.length === 1 ? sql`= ${ids[0]}` : sql`in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`;
    return sql`m.indicator_id ${which} ${from} ${to}`;
  });
  // A single indicator's id is a constant, so that its first dimension is looked up once.
  const indicatorId = indicatorIds.length === 1 ? sql`${indicatorIds[0]}::uuid` : sql`m.indicator_id`;
  return { arms, indicatorId };
}

/** The aggregation of one group of indicators that share measure type, rules and series frequency. */
function groupQuery(group: readonly ManyAggregatedIndicator[], frequency: Frequency, opts: AggregateManyOptions): SQL {
  const first = group[0];
  const measureType = first.measureType as MeasureType;
  const percentage = measureType === 'percentage';
  const population = first.actorAggregation === 'none';
  const shape = percentage ? sql`${usableRatio(sql`m`)}` : sql`${usableValue(sql`m`)}`;
  const actorRows = population ? sql`m.actor_id is null` : sql`m.actor_id is not null`;
  const value = percentage ? sql`100 * r.n / r.d` : sql`r.v`;
  const chosen = selection(
    group.map((i) => i.id),
    (id) => boundsFor(opts.bounds, id),
  );
  const cellIndicator = group.length === 1 ? chosen.indicatorId : sql`c.indicator_id`;
  const plain = !!opts.plain && group.every((i) => opts.plain!.has(i.id));
  const ownFrequency = group.every((i) => i.frequency === frequency);
  const cells = plain
    ? sql`select c.indicator_id, null::uuid as category_id, c.actor_id, c.period_start, c.v, c.n, c.d from counted c`
    : sql`select c.indicator_id, null::uuid as category_id, c.actor_id, c.period_start,
        case when bool_or(c.category_id is null) then max(c.v) filter (where c.category_id is null) else sum(c.v) end as v,
        case when bool_or(c.category_id is null) then max(c.n) filter (where c.category_id is null) else sum(c.n) end as n,
        case when bool_or(c.category_id is null) then max(c.d) filter (where c.category_id is null) else sum(c.d) end as d
      from counted c
      where ${inFirstDimension(sql`c`, cellIndicator)}
      group by c.indicator_id, c.actor_id, c.period_start
      ${opts.categories ? sql`union all select c.indicator_id, c.category_id, c.actor_id, c.period_start, c.v, c.n, c.d from counted c where c.category_id is not null` : sql``}`;
  const perActor =
    plain && ownFrequency
      ? sql`select b.indicator_id, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d from bucketed b`
      : overTime(first.timeAggregation as TimeAggregation, !!opts.categories);
  return sql`(
    with counted as (${sql.join(
      chosen.arms.map(
        (arm) => sql`select m.indicator_id, m.actor_id, m.period_start, m.category_id, m.value::numeric as v, m.numerator::numeric as n, m.denominator::numeric as d
      from measurements m
      join initiatives i on i.id = m.initiative_id
      where ${arm}
        and m.initiative_id = ${first.initiativeId}
        and ${countsAsReported(sql`m.status`, sql`i.requires_approval`)}
        and ${actorRows} and ${shape}
        ${plain ? sql`and m.category_id is null` : opts.categories ? sql`` : sql`and ${inFirstDimension(sql`m`, chosen.indicatorId)}`}`,
      ),
      sql` union all `,
    )}),
    -- One total per actor and sub-period: the plain total where there is one, else (a cell stored
    -- before totals were required with its categories) the first dimension's categories' sum.
    cells as (${cells}),
    bucketed as (
      select c.indicator_id, c.category_id, c.actor_id, c.period_start, ${BUCKET[frequency]} as bucket, c.v, c.n, c.d from cells c
    ),
    per_actor as (${perActor}),
    total as (${acrossActors(first.actorAggregation as ActorAggregation, measureType)})
    select r.indicator_id, r.kind, r.actor_id, r.category_id, r.bucket, ${value} as value, r.n, r.d
    from (
      ${opts.totalsOnly ? sql`` : sql`select 'actor'::text as kind, a.indicator_id, a.category_id, a.actor_id, a.bucket, a.v, a.n, a.d from per_actor a where a.actor_id is not null
      union all`}
      select 'total'::text as kind, t.indicator_id, t.category_id, null::uuid as actor_id, t.bucket, t.v, t.n, t.d from total t
    ) r
  )`;
}

/** Indicators that share a rule and a series frequency are aggregated by one query block. */
function groupsOf(indicators: readonly ManyAggregatedIndicator[], opts: AggregateManyOptions) {
  const groups = new Map<string, { frequency: Frequency; members: ManyAggregatedIndicator[] }>();
  for (const indicator of indicators) {
    const frequency = opts.frequency === 'own' ? (indicator.frequency as Frequency) : opts.frequency;
    const plain = opts.plain?.has(indicator.id) ?? false;
    const key = [indicator.measureType, indicator.actorAggregation, indicator.timeAggregation, frequency, plain].join('|');
    const group = groups.get(key) ?? { frequency, members: [] };
    group.members.push(indicator);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Buckets the counted measurements of many indicators of one initiative by the series frequency,
 * combines them over time per actor and then across actors, and returns both levels (or only the
 * totals): for each indicator's total and, when asked, for each category. Buckets without data are
 * absent. One statement, whatever the number of indicators and rules.
 */
export async function aggregateIndicators(
  db: DbOrTx,
  indicators: readonly ManyAggregatedIndicator[],
  opts: AggregateManyOptions,
): Promise<IndicatorAggregateRow[]> {
  if (indicators.length === 0) return [];
  const initiativeId = indicators[0].initiativeId;
  if (indicators.some((i) => i.initiativeId !== initiativeId)) throw new Error('aggregateIndicators: indicators of one initiative only');
  const blocks = groupsOf(indicators, opts).map((g) => groupQuery(g.members, g.frequency, opts));
  const query = sql`
    select r.indicator_id::text as "indicatorId", r.kind, r.actor_id::text as "actorId", r.category_id::text as "categoryId",
      to_char(r.bucket, 'YYYY-MM-DD') as bucket, r.value, r.n as numerator, r.d as denominator
    from (${sql.join(blocks, sql` union all `)}) r
    order by r.indicator_id, r.bucket, r.kind, r.actor_id, r.category_id nulls first`;
  const rows = opts.prepared
    ? await executePrepared<IndicatorAggregateRow>(db, 'aggregate', query)
    : ((await db.execute(query)) as unknown as { rows: IndicatorAggregateRow[] }).rows;
  return rows.map((r) => ({
    ...r,
    value: settled(r.value),
    numerator: r.numerator === null ? null : settled(r.numerator),
    denominator: r.denominator === null ? null : settled(r.denominator),
  }));
}

/**
 * The aggregation adds and divides in exact decimals (a value becomes numeric with the 15
 * significant digits a double carries), so that no result depends on the order PostgreSQL meets
 * the values in, which differs between a statement over one indicator and one over many and
 * between two copies of a database; the result is shown to 15 significant digits.
 */
function settled(value: unknown): number {
  return Number(Number(value).toPrecision(15));
}

/** The aggregation of one indicator (see aggregateIndicators). */
export async function aggregateMeasurements(
  db: DbOrTx,
  indicator: AggregatedIndicator,
  opts: AggregateOptions,
): Promise<AggregateRow[]> {
  const rows = await aggregateIndicators(db, [{ ...indicator, frequency: opts.frequency }], {
    frequency: opts.frequency,
    bounds: { fromDate: opts.fromDate, toDate: opts.toDate },
    categories: opts.categories,
  });
  return rows.map(({ indicatorId: _, ...row }) => row);
}
