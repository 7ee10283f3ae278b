// The aggregation rule of DESIGN.md, in SQL: one statement for the series of any number of
// indicators, by their rules, in the series frequency and, when asked, in their own.
import { sql, type SQL } from 'drizzle-orm';
import type { ActorAggregation, Frequency, MeasureType, TimeAggregation } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { executePrepared } from '../../lib/prepared.js';
import { countsAsReported, inFirstDimension, usableRatio, usableValue } from './series.counted.js';
import { boundsFor, recentPairs, selection } from './series.selection.js';
import { acrossActors, BUCKET, COLUMN, exactSum, figures, overTime, pickedOverTime } from './series.steps.js';

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

export { boundsFor, selection };

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

/** What one statement gives besides the aggregates in the series frequency (see aggregateGrains). */
interface GrainOptions {
  /** Also each indicator's totals in its own frequency over its whole history up to its end bound. */
  own: boolean;
  /** Also the counted (actor, sub-period) pairs of each indicator from the given day on (null: all). */
  countedFrom?: ReadonlyMap<string, string | null>;
}

/**
 * A condition on the cells `c` per indicator of a group: `c.period_start >= day`, where a null day
 * (or an indicator without one) lets every cell through. One constant for a single indicator.
 */
function fromDay(group: readonly ManyAggregatedIndicator[], dayOf: (id: string) => string | null | undefined): SQL {
  const test = (day: string | null) => (day === null ? sql`true` : sql`c.period_start >= ${day}::date`);
  const days = group.map((i) => ({ id: i.id, day: dayOf(i.id) ?? null }));
  if (days.every((d) => d.day === days[0].day)) return test(days[0].day);
  return sql`case c.indicator_id ${sql.join(
    days.map((d) => sql`when ${d.id}::uuid then ${test(d.day)}`),
    sql` `,
  )} end`;
}

/**
 * The aggregation of one group of indicators that share measure type, rules and series frequency
 * (and, with `grains.own`, their own frequency): rows of the series frequency (grain `view`), and
 * as asked the totals of their own frequency (grain `own`) and the counted pairs (grain `counted`),
 * all from the same counted cells.
 */
function groupQuery(group: readonly ManyAggregatedIndicator[], frequency: Frequency, opts: AggregateManyOptions, grains: GrainOptions = { own: false }): SQL {
  const first = group[0];
  const measureType = first.measureType as MeasureType;
  const percentage = measureType === 'percentage';
  const population = first.actorAggregation === 'none';
  const shape = percentage ? sql`${usableRatio(sql`m`)}` : sql`${usableValue(sql`m`)}`;
  const actorRows = population ? sql`m.actor_id is null` : sql`m.actor_id is not null`;
  const value = percentage ? sql`100 * r.n / r.d` : sql`r.v`;
  const ownFrequency = first.frequency as Frequency;
  const sameFrequency = group.every((i) => i.frequency === frequency);
  // The own grain needs each indicator's history from its start; the series frequency's rows then
  // keep only the cells from their own start on.
  const own = grains.own && !(sameFrequency && group.every((i) => boundsFor(opts.bounds, i.id).fromDate === null));
  const chosen = selection(
    group.map((i) => i.id),
    (id) => (own ? { fromDate: null, toDate: boundsFor(opts.bounds, id).toDate } : boundsFor(opts.bounds, id)),
  );
  const cellIndicator = group.length === 1 ? chosen.indicatorId : sql`c.indicator_id`;
  const plain = !!opts.plain && group.every((i) => opts.plain!.has(i.id));
  const timeAggregation = first.timeAggregation as TimeAggregation;
  const actorAggregation = first.actorAggregation as ActorAggregation;
  // A plain indicator's cells are its stored doubles; a disaggregated one's become decimals where
  // a cell's categories are added up.
  const cells = plain
    ? sql`select c.indicator_id, null::uuid as category_id, c.actor_id, c.period_start, c.v, c.n, c.d from counted c`
    : sql`select c.indicator_id, null::uuid as category_id, c.actor_id, c.period_start, ${figures(measureType, (f) => {
        const x = sql`c.${sql.raw(f)}`;
        return sql`case when bool_or(c.category_id is null) then (max(${x}) filter (where c.category_id is null))::numeric else ${exactSum(x)} end`;
      })}
      from counted c
      where ${inFirstDimension(sql`c`, cellIndicator)}
      group by c.indicator_id, c.actor_id, c.period_start
      ${opts.categories ? sql`union all select c.indicator_id, c.category_id, c.actor_id, c.period_start, c.v::numeric, c.n::numeric, c.d::numeric from counted c where c.category_id is not null` : sql``}`;
  const cellsRaw = plain;
  const perActor =
    plain && sameFrequency
      ? sql`select b.indicator_id, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d from bucketed b`
      : overTime(timeAggregation, measureType, !!opts.categories, sql`bucketed`, cellsRaw);
  const perActorRaw = plain && sameFrequency ? cellsRaw : pickedOverTime(timeAggregation, cellsRaw);
  const viewCells = own ? sql`where ${fromDay(group, (id) => boundsFor(opts.bounds, id).fromDate)}` : sql``;
  // The own grain: the totals only, each cell bucketed by the indicator's own period (its period
  // start), so that a plain indicator's cell is already one actor's value for the period.
  const ownSteps = own
    ? sql`,
    own_bucketed as (
      select c.indicator_id, c.category_id, c.actor_id, c.period_start, ${BUCKET[ownFrequency]} as bucket, c.v, c.n, c.d from cells c ${opts.categories ? sql`where c.category_id is null` : sql``}
    ),
    own_per_actor as (${
      plain
        ? sql`select b.indicator_id, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d from own_bucketed b`
        : overTime(timeAggregation, measureType, false, sql`own_bucketed`, cellsRaw)
    }),
    own_total as (${acrossActors(actorAggregation, measureType, sql`own_per_actor`, plain ? cellsRaw : pickedOverTime(timeAggregation, cellsRaw))})`
    : sql``;
  const ownRows = own
    ? sql`union all select 'own'::text, 'total'::text, t.indicator_id, t.category_id, null::uuid, t.bucket, t.v::numeric, t.n::numeric, t.d::numeric from own_total t`
    : sql``;
  // The counted pairs come from a scan of their own, of the recent periods only (see recentPairs):
  // read from the cells, the cells of the whole history would be kept aside for a second reader.
  const countedRows = grains.countedFrom
    ? sql`union all select 'counted'::text, 'actor'::text, p.indicator_id, null::uuid, p.actor_id, p.period_start, null::numeric, null::numeric, null::numeric from recent p`
    : sql``;
  const recentStep = grains.countedFrom
    ? sql`,
    recent as (${recentPairs(group, opts, grains.countedFrom, sql`${actorRows} and ${shape}`, plain)})`
    : sql``;
  return sql`(
    with counted as (${sql.join(
      chosen.arms.map(
        (arm) => sql`select m.indicator_id, m.actor_id, m.period_start, m.category_id, ${figures(measureType, (c) => sql`m.${sql.raw(COLUMN[c])}`, true)}
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
      select c.indicator_id, c.category_id, c.actor_id, c.period_start, ${BUCKET[frequency]} as bucket, c.v, c.n, c.d from cells c ${viewCells}
    ),
    per_actor as (${perActor}),
    total as (${acrossActors(actorAggregation, measureType, sql`per_actor`, perActorRaw)})${ownSteps}${recentStep}
    select r.grain, r.indicator_id, r.kind, r.actor_id, r.category_id, r.bucket, ${value} as value, r.n, r.d
    from (
      ${opts.totalsOnly ? sql`` : sql`select 'view'::text as grain, 'actor'::text as kind, a.indicator_id, a.category_id, a.actor_id, a.bucket, a.v::numeric, a.n::numeric, a.d::numeric
        from per_actor a where a.actor_id is not null
      union all`}
      select 'view'::text as grain, 'total'::text as kind, t.indicator_id, t.category_id, null::uuid as actor_id, t.bucket, t.v::numeric, t.n::numeric, t.d::numeric from total t
      ${ownRows}
      ${countedRows}
    ) r
  )`;
}

/** Indicators that share a rule and a series frequency (and, for the own grain, their own frequency) are aggregated by one query block. */
function groupsOf(indicators: readonly ManyAggregatedIndicator[], opts: AggregateManyOptions, byOwnFrequency = false) {
  const groups = new Map<string, { frequency: Frequency; members: ManyAggregatedIndicator[] }>();
  for (const indicator of indicators) {
    const frequency = opts.frequency === 'own' ? (indicator.frequency as Frequency) : opts.frequency;
    const plain = opts.plain?.has(indicator.id) ?? false;
    const key = [indicator.measureType, indicator.actorAggregation, indicator.timeAggregation, frequency, plain, byOwnFrequency ? indicator.frequency : ''].join('|');
    const group = groups.get(key) ?? { frequency, members: [] };
    group.members.push(indicator);
    groups.set(key, group);
  }
  return [...groups.values()];
}

interface GrainRow extends IndicatorAggregateRow {
  grain: 'view' | 'own' | 'counted';
}

async function runGroups(
  db: DbOrTx,
  indicators: readonly ManyAggregatedIndicator[],
  opts: AggregateManyOptions,
  grains: GrainOptions,
  ordered: boolean,
): Promise<GrainRow[]> {
  const initiativeId = indicators[0].initiativeId;
  if (indicators.some((i) => i.initiativeId !== initiativeId)) throw new Error('aggregateIndicators: indicators of one initiative only');
  const blocks = groupsOf(indicators, opts, grains.own).map((g) => groupQuery(g.members, g.frequency, opts, grains));
  const query = sql`
    select r.grain, r.indicator_id::text as "indicatorId", r.kind, r.actor_id::text as "actorId", r.category_id::text as "categoryId",
      to_char(r.bucket, 'YYYY-MM-DD') as bucket, r.value, r.n as numerator, r.d as denominator
    from (${sql.join(blocks, sql` union all `)}) r
    ${ordered ? sql`order by r.indicator_id, r.bucket, r.kind, r.actor_id, r.category_id nulls first` : sql``}`;
  // One indicator's statement is prepared where the driver allows: its text depends only on the
  // indicator's rules, the frequencies and which bounds are set (a bounded number of variants), so a
  // connection plans it once, not on every view. A text over many indicators varies with them,
  // unless the caller knows it recurs (`prepared`).
  const rows =
    indicators.length === 1 || opts.prepared
      ? await executePrepared<GrainRow>(db, 'aggregate', query)
      : ((await db.execute(query)) as unknown as { rows: GrainRow[] }).rows;
  return rows.map((r) => ({
    ...r,
    value: r.value === null ? r.value : settled(r.value),
    numerator: r.numerator === null ? null : settled(r.numerator),
    denominator: r.denominator === null ? null : settled(r.denominator),
  }));
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
  return (await runGroups(db, indicators, opts, { own: false }, true)).map(({ grain: _, ...row }) => row);
}

/** A counted (sub-period, actor) pair of an indicator: `periodStart` of its own frequency, null actor for a population value. */
export interface CountedCell {
  indicatorId: string;
  periodStart: string;
  actorId: string | null;
}

export interface GrainsOptions extends AggregateManyOptions {
  /**
   * Per indicator, the first day from which its counted (sub-period, actor) pairs are returned
   * (null: from the start; the same values countedValues finds); without it, none are.
   */
  countedFrom?: ReadonlyMap<string, string | null>;
}

/** The rows of each grain in no particular order (see byPeriod). */
export interface Grains {
  /** As aggregateIndicators gives them, in the series frequency within each indicator's bounds. */
  rows: IndicatorAggregateRow[];
  /** Each indicator's totals in its own frequency over its whole history up to its end bound: what the headline is chosen from. */
  own: IndicatorAggregateRow[];
  counted: CountedCell[];
}

/**
 * The aggregation of aggregateIndicators and, in the same statement from the same counted cells,
 * each indicator's totals in its own frequency from the start of its history (the headline's
 * grain, whatever the series frequency and start) and, when asked, its counted pairs: what a
 * series needs besides the indicator's plan and reporters, read once.
 */
export async function aggregateGrains(db: DbOrTx, indicators: readonly ManyAggregatedIndicator[], opts: GrainsOptions): Promise<Grains> {
  const out: Grains = { rows: [], own: [], counted: [] };
  if (indicators.length === 0) return out;
  const withOwn = new Set<string>();
  // In no order: byPeriod orders what it shows, and sorting the rows with their exact decimals costs
  // the statement as much as one more aggregation.
  for (const row of await runGroups(db, indicators, opts, { own: true, countedFrom: opts.countedFrom }, false)) {
    const { grain, ...rest } = row;
    if (grain === 'counted') out.counted.push({ indicatorId: rest.indicatorId, periodStart: rest.bucket, actorId: rest.actorId });
    else if (grain === 'own') {
      out.own.push(rest);
      withOwn.add(rest.indicatorId);
    } else out.rows.push(rest);
  }
  // Where the series is the whole history in the own frequency, the statement leaves the own grain
  // out: the series' totals are it.
  for (const row of out.rows) {
    if (!withOwn.has(row.indicatorId) && row.kind === 'total' && row.categoryId === null) out.own.push(row);
  }
  return out;
}

/**
 * The aggregation adds and divides in exact decimals (a value becomes numeric with the 15
 * significant digits a double carries), so that no result depends on the order PostgreSQL meets
 * the values in, which differs between a statement over one indicator and one over many and
 * between two copies of a database; the result is shown to 15 significant digits.
 */
function settled(value: unknown): number {
  // Decimal text of at most 15 digits is its own rounding (numeric's text has no exponent).
  if (typeof value === 'string' && value.length <= 15) return Number(value);
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
