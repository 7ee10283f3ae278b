// The steps of the aggregation rule in SQL, each over the rows of the step before it: values
// bucketed by the series frequency, combined over time per actor, then across actors.
import { sql, type SQL } from 'drizzle-orm';
import type { ActorAggregation, Frequency, MeasureType, TimeAggregation } from '@ci/shared';

export const COLUMN = { v: 'value', n: 'numerator', d: 'denominator' } as const;

// Buckets by the first day of the period in the series frequency; PostgreSQL has no half-year unit.
export const BUCKET: Record<Frequency, SQL> = {
  month: sql`date_trunc('month', c.period_start::timestamp)::date`,
  quarter: sql`date_trunc('quarter', c.period_start::timestamp)::date`,
  half_year: sql`make_date(extract(year from c.period_start)::int, case when extract(month from c.period_start) <= 6 then 1 else 7 end, 1)`,
  year: sql`date_trunc('year', c.period_start::timestamp)::date`,
};

// Every step keeps the rows of each indicator, of its total (category_id null) and of each
// category apart, so many indicators that share a rule, and each category, are aggregated by
// exactly the rule of one indicator's total, in one statement.
//
// Values are added and divided in exact decimals (see settled in series.aggregate.ts). The stored doubles (`raw`) become
// decimals where they are first added: whole numbers (most counts) as 128-bit integers, the
// others as numeric, so a sum is the exact decimal sum of the values in any order, in a fraction
// of the time numeric alone takes. A step that only picks values (the last, the lowest) keeps
// them as they are; every figure leaves the statement as numeric.

/**
 * The columns `v`, `n` and `d` of a step: a number has only a value, a percentage only numerator
 * and denominator (the stored shape, checked by the table), so the other columns are constant
 * nulls instead of aggregates of nulls, which cost as much as real ones in exact decimals.
 */
export function figures(measureType: MeasureType, column: (c: 'v' | 'n' | 'd') => SQL, raw = false): SQL {
  const absent = raw ? sql`null::float8` : sql`null::numeric`;
  return measureType === 'percentage'
    ? sql`${absent} as v, ${column('n')} as n, ${column('d')} as d`
    : sql`${column('v')} as v, ${absent} as n, ${absent} as d`;
}

/** The exact sum of a column of stored doubles: whole numbers in 128-bit integers, the others in numeric. */
export function exactSum(x: SQL): SQL {
  return sql`(case when count(${x}) > 0 then coalesce(sum(${x}::int8) filter (where ${x} = trunc(${x})), 0)
    + coalesce(sum(${x}::numeric) filter (where ${x} <> trunc(${x})), 0) end)`;
}

/** A sum or a mean, exact: of stored doubles (`raw`) by exactSum, of decimals by numeric's own (whose mean divides exactly so). */
function combine(fn: 'sum' | 'avg', x: SQL, raw: boolean): SQL {
  if (!raw) return fn === 'avg' ? sql`avg(${x})` : sql`sum(${x})`;
  return fn === 'avg' ? sql`(${exactSum(x)} / count(${x}))` : exactSum(x);
}

/** Each actor's values inside a bucket (of the step `source`, of stored doubles when `raw`), combined over time. */
export function overTime(timeAggregation: TimeAggregation, measureType: MeasureType, categories: boolean, source: SQL, raw: boolean): SQL {
  if (timeAggregation === 'last') {
    // The latest sub-period in which the actor has a value: numerator and denominator come along.
    // Categories come from the sub-period of the actor's total, so that they still describe it (a
    // category not reported then is absent, not taken from an older month). Without categories
    // every row is a total: no such lookup, whose estimated cost would make the planner compile it.
    const sameSubPeriod = categories
      ? sql`where b.category_id is null or b.period_start = (
        select max(t.period_start) from ${source} t
        where t.indicator_id = b.indicator_id and t.category_id is null and t.actor_id is not distinct from b.actor_id and t.bucket = b.bucket)`
      : sql``;
    return sql`select distinct on (b.indicator_id, b.category_id, b.actor_id, b.bucket) b.indicator_id, b.category_id, b.actor_id, b.bucket, b.v, b.n, b.d
      from ${source} b ${sameSubPeriod}
      order by b.indicator_id, b.category_id, b.actor_id, b.bucket, b.period_start desc`;
  }
  const fn = timeAggregation === 'mean' ? 'avg' : 'sum';
  return sql`select b.indicator_id, b.category_id, b.actor_id, b.bucket, ${figures(measureType, (c) => combine(fn, sql`b.${sql.raw(c)}`, raw))}
    from ${source} b group by b.indicator_id, b.category_id, b.actor_id, b.bucket`;
}

/** Whether overTime's result is still of stored doubles. */
export const pickedOverTime = (timeAggregation: TimeAggregation, raw: boolean) => raw && timeAggregation === 'last';

/** The actors' results for a bucket (of the step `source`, of stored doubles when `raw`), combined across actors. */
export function acrossActors(actorAggregation: ActorAggregation, measureType: MeasureType, source: SQL, raw: boolean): SQL {
  if (actorAggregation === 'none') return sql`select a.indicator_id, a.category_id, a.bucket, a.v, a.n, a.d from ${source} a`;
  if (actorAggregation === 'min' || actorAggregation === 'max') {
    // The whole result of the lowest (highest) actor, so that a percentage keeps its own n and d;
    // compared as decimals, as they are shown.
    const key = measureType === 'percentage' ? sql`a.n::numeric / a.d::numeric` : sql`a.v::numeric`;
    const dir = actorAggregation === 'min' ? sql`asc` : sql`desc`;
    return sql`select distinct on (a.indicator_id, a.category_id, a.bucket) a.indicator_id, a.category_id, a.bucket, a.v, a.n, a.d
      from ${source} a order by a.indicator_id, a.category_id, a.bucket, ${key} ${dir}, a.actor_id`;
  }
  // A mean of percentages is still the ratio of the summed numerators and denominators.
  const fn = actorAggregation === 'mean' ? 'avg' : 'sum';
  return sql`select a.indicator_id, a.category_id, a.bucket, ${figures(measureType, (c) => combine(c === 'v' ? fn : 'sum', sql`a.${sql.raw(c)}`, raw))}
    from ${source} a group by a.indicator_id, a.category_id, a.bucket`;
}
