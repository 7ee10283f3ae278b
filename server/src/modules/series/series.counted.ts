// Which stored values count, as SQL conditions: the rule shared by the aggregation, completeness,
// comments and the values' visibility.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { MAX_ABS_VALUE } from '@ci/shared';

/**
 * Whether a measurement counts in charts, status, completeness and exports: with approval required
 * only approved values do; otherwise everything but drafts and returned values.
 */
export function countsAsReported(status: SQLWrapper, requiresApproval: SQLWrapper): SQL {
  return sql`(${status} = 'approved' or (${status} = 'submitted' and not ${requiresApproval}))`;
}

/** Values of a sane size only: a value stored before the limits existed cannot overflow a sum or a ratio. */
export function usableValue(m: SQL): SQL {
  return sql`${m}.value is not null and abs(${m}.value) <= ${MAX_ABS_VALUE}`;
}

export function usableRatio(m: SQL): SQL {
  return sql`${m}.numerator is not null and ${m}.denominator is not null and abs(${m}.numerator) <= ${MAX_ABS_VALUE}
    and ${m}.denominator > 0 and ${m}.denominator <= ${MAX_ABS_VALUE} and ${m}.denominator >= 1e-6`;
}

/** A total, or a category of the indicator's first dimension (the one whose categories add up to the total). */
export function inFirstDimension(m: SQL, indicatorId: SQL): SQL {
  return sql`(${m}.category_id is null or ${m}.category_id in (
    select dc.id from disaggregation_categories dc
    where dc.dimension_id = (
      select dd.id from disaggregation_dimensions dd
      where dd.indicator_id = ${indicatorId}
      order by dd.position, dd.id limit 1)))`;
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

