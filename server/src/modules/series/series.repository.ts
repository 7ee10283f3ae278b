// The series' reads: the indicator a series is of, its targets, and which values count; the
// aggregation itself is in series.aggregate.ts.
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PeriodValue } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { executePrepared } from '../../lib/prepared.js';
import { indicators, indicatorTargets } from '../../db/schema/index.js';
import { contextsOf, type ReporterMembership, type ReportingContext } from '../reporting/reporting.expected.js';
import { boundsFor, selection, type DateBounds } from './series.aggregate.js';
import { countedMeasurement } from './series.counted.js';

export { countedMeasurement, countsAsReported } from './series.counted.js';
export {
  aggregateGrains,
  aggregateIndicators,
  aggregateMeasurements,
  selection,
  type AggregatedIndicator,
  type AggregateManyOptions,
  type AggregateOptions,
  type AggregateRow,
  type CountedCell,
  type DateBounds,
  type Grains,
  type GrainsOptions,
  type IndicatorAggregateRow,
  type ManyAggregatedIndicator,
} from './series.aggregate.js';

export type IndicatorRow = typeof indicators.$inferSelect;

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

export async function findIndicator(db: DbOrTx, initiativeId: string, indicatorId: string): Promise<IndicatorRow | undefined> {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, indicatorId)));
  return row;
}

/** What one series needs to know of its indicator besides the values (see loadSeriesIndicator). */
export interface SeriesIndicator {
  indicator: IndicatorRow;
  /** Whether it is disaggregated (has a dimension with categories). */
  hasDimensions: boolean;
  /** The stored per-period targets, in period order. */
  targets: PeriodValue[];
  reporting: ReportingContext;
}

/**
 * The indicator with its disaggregation, per-period targets and reporting context (the
 * initiative's reporting days, its actors, the chosen reporters) in one statement; undefined when
 * it is not the initiative's.
 */
export async function loadSeriesIndicator(db: DbOrTx, initiativeId: string, indicatorId: string): Promise<SeriesIndicator | undefined> {
  let lookup = lookups.get(db);
  if (!lookup) lookups.set(db, (lookup = seriesIndicatorLookup(db)));
  const [row] = await lookup.execute({ initiativeId, indicatorId });
  if (!row) return undefined;
  const { hasDimensions, targets, reportingDays, members, chosen, ...indicator } = row;
  const chosenPairs = chosen.map((actorId) => ({ indicatorId: indicator.id, actorId }));
  return { indicator, hasDimensions, targets, reporting: contextsOf([indicator], reportingDays ?? 30, members, chosenPairs).get(indicator.id)! };
}

/** The statement of loadSeriesIndicator, prepared once per database handle (on PostgreSQL, planned once per connection). */
function seriesIndicatorLookup(db: DbOrTx) {
  return db
    .select({
      ...getTableColumns(indicators),
      hasDimensions: sql<boolean>`exists (select 1 from disaggregation_dimensions dd join disaggregation_categories dc on dc.dimension_id = dd.id
        where dd.indicator_id = "indicators"."id")`,
      targets: sql<PeriodValue[]>`(select coalesce(json_agg(json_build_object('period', t.period, 'value', t.value) order by t.period), '[]')
        from indicator_targets t where t.indicator_id = "indicators"."id")`,
      reportingDays: sql<number | null>`(select i.reporting_deadline_days from initiatives i where i.id = "indicators"."initiative_id")`,
      members: sql<(ReporterMembership & { role: string })[]>`(select coalesce(json_agg(json_build_object('id', a.id, 'role', a.role, 'joinedOn', a.joined_on, 'leftOn', a.left_on) order by a.id), '[]')
        from actors a where a.initiative_id = "indicators"."initiative_id")`,
      chosen: sql<string[]>`(select coalesce(json_agg(r.actor_id), '[]') from indicator_reporters r
        where "indicators"."reporters_chosen" and r.indicator_id = "indicators"."id")`,
    })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, sql.placeholder('initiativeId')), eq(indicators.id, sql.placeholder('indicatorId'))))
    .prepare('series_indicator');
}

const lookups = new WeakMap<DbOrTx, ReturnType<typeof seriesIndicatorLookup>>();

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
