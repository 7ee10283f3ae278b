// Which stored values a statement of the aggregation reads: the measurements of some indicators
// within their bounds, and the counted pairs of their recent periods.
import { sql, type SQL } from 'drizzle-orm';
import type { AggregateManyOptions, DateBounds, ManyAggregatedIndicator } from './series.aggregate.js';
import { countsAsReported, inFirstDimension } from './series.counted.js';

export function boundsFor(bounds: DateBounds | ReadonlyMap<string, DateBounds>, indicatorId: string): DateBounds {
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

/**
 * The counted (indicator, actor, sub-period) pairs of a group from each indicator's day on (null:
 * from the start) up to its end bound: where a stored value counts (`shape`: its actor rows and
 * usable figures) as a total or in the first dimension, as the cells of the aggregation are made.
 */
export function recentPairs(
  group: readonly ManyAggregatedIndicator[],
  opts: AggregateManyOptions,
  from: ReadonlyMap<string, string | null>,
  shape: SQL,
  plain: boolean,
): SQL {
  const chosen = selection(
    group.map((i) => i.id),
    (id) => ({ fromDate: from.get(id) ?? null, toDate: boundsFor(opts.bounds, id).toDate }),
  );
  return sql.join(
    chosen.arms.map(
      (arm) => sql`select distinct m.indicator_id, m.actor_id, m.period_start
      from measurements m
      join initiatives i on i.id = m.initiative_id
      where ${arm}
        and m.initiative_id = ${group[0].initiativeId}
        and ${countsAsReported(sql`m.status`, sql`i.requires_approval`)}
        and ${shape}
        and ${plain ? sql`m.category_id is null` : inFirstDimension(sql`m`, chosen.indicatorId)}`,
    ),
    sql` union all `,
  );
}
