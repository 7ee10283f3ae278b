// Queries about many indicators at once, for the views that show every indicator (overview,
// reports, public page): a fixed number of statements, whatever the number of indicators.
import { asc, inArray, sql } from 'drizzle-orm';
import type { PeriodValue } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { disaggregationDimensions, indicatorTargets } from '../../db/schema/index.js';
import { countedMeasurement } from './series.repository.js';

/** The period starts (`YYYY-MM-DD`) of an indicator's first and last counted value. */
export interface DataExtent {
  first: string;
  last: string;
}

/**
 * Per indicator, the period starts of its first and last counted value (the values the aggregation
 * uses; indicators without any are absent), and which indicators have no disaggregation (see
 * AggregateManyOptions.plain). Two index probes per indicator, whatever its history.
 */
export async function dataExtents(
  db: DbOrTx,
  initiativeId: string,
  indicatorIds: readonly string[],
): Promise<{ extents: Map<string, DataExtent>; plain: Set<string> }> {
  const extents = new Map<string, DataExtent>();
  const plain = new Set<string>();
  if (indicatorIds.length === 0) return { extents, plain };
  const edge = (direction: 'asc' | 'desc') => sql`(
    select to_char(m.period_start, 'YYYY-MM-DD') from measurements m
    where m.indicator_id = ind.id and m.initiative_id = ind.initiative_id and ${countedMeasurement(sql`m`, sql`ind`, sql`i`)}
    order by m.period_start ${direction === 'asc' ? sql`asc` : sql`desc`} limit 1)`;
  const result = (await db.execute(sql`
    select ind.id::text as "indicatorId", ${edge('asc')} as first, ${edge('desc')} as last,
      exists (select 1 from disaggregation_dimensions dd where dd.indicator_id = ind.id) as disaggregated
    from indicators ind
    join initiatives i on i.id = ind.initiative_id
    where ind.initiative_id = ${initiativeId}
      and ind.id in (${sql.join(indicatorIds.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as {
    rows: { indicatorId: string; first: string | null; last: string | null; disaggregated: boolean }[];
  };
  for (const r of result.rows) {
    if (r.first !== null && r.last !== null) extents.set(r.indicatorId, { first: r.first, last: r.last });
    if (!r.disaggregated) plain.add(r.indicatorId);
  }
  return { extents, plain };
}

/** The stored per-period targets of each indicator (every given id present), in period order. */
export async function listTargetsOf(db: DbOrTx, indicatorIds: readonly string[]): Promise<Map<string, PeriodValue[]>> {
  const out = new Map<string, PeriodValue[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return out;
  const rows = await db
    .select({ indicatorId: indicatorTargets.indicatorId, period: indicatorTargets.period, value: indicatorTargets.value })
    .from(indicatorTargets)
    .where(inArray(indicatorTargets.indicatorId, [...indicatorIds]))
    .orderBy(asc(indicatorTargets.period));
  for (const r of rows) out.get(r.indicatorId)?.push({ period: r.period, value: r.value });
  return out;
}

/** The given indicators that have no disaggregation dimension (see AggregateManyOptions.plain). */
export async function indicatorsWithoutDimensions(db: DbOrTx, indicatorIds: readonly string[]): Promise<Set<string>> {
  if (indicatorIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ indicatorId: disaggregationDimensions.indicatorId })
    .from(disaggregationDimensions)
    .where(inArray(disaggregationDimensions.indicatorId, [...indicatorIds]));
  const disaggregated = new Set(rows.map((r) => r.indicatorId));
  return new Set(indicatorIds.filter((id) => !disaggregated.has(id)));
}
