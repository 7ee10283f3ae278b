import { and, asc, count, eq, inArray, max, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { comparePeriods, periodOfDate, periodStart, type DisaggregationDimension, type Indicator, type indicatorListQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import {
  actors,
  disaggregationCategories,
  disaggregationDimensions,
  goals,
  indicators,
  indicatorReporters,
  indicatorTargets,
  measurements,
} from '../../db/schema/index.js';
import { Conflict, Unprocessable } from '../../lib/errors.js';
import { keyset, page } from '../../lib/paging.js';

type Row = typeof indicators.$inferSelect;
type ListFilter = z.output<typeof indicatorListQuery>;

function toIndicator(row: Row, targets: Indicator['targets'], dimensions: DisaggregationDimension[], reporters: string[]): Indicator {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    definition: row.definition,
    source: row.source,
    unit: row.unit,
    decimals: row.decimals,
    measureType: row.measureType as Indicator['measureType'],
    direction: row.direction as Indicator['direction'],
    frequency: row.frequency as Indicator['frequency'],
    actorAggregation: row.actorAggregation as Indicator['actorAggregation'],
    timeAggregation: row.timeAggregation as Indicator['timeAggregation'],
    baselineValue: row.baselineValue,
    baselinePeriod: row.baselinePeriod,
    targetValue: row.targetValue,
    targetPeriod: row.targetPeriod,
    goalId: row.goalId,
    archived: row.archived,
    position: row.position,
    targets,
    dimensions,
    expectedActorIds: row.reportersChosen ? reporters : null,
    reportingFrom: periodOfDate(row.reportingFrom, row.frequency as Indicator['frequency']),
    numeratorCanExceedDenominator: row.numeratorCanExceedDenominator,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Targets and dimensions of many indicators in three queries, not three per indicator. */
async function withDetails(db: DbOrTx, rows: Row[]): Promise<Indicator[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const targetRows = await db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, ids));
  const dimensionRows = await db
    .select()
    .from(disaggregationDimensions)
    .where(inArray(disaggregationDimensions.indicatorId, ids))
    .orderBy(asc(disaggregationDimensions.position), asc(disaggregationDimensions.name));
  const categoryRows = dimensionRows.length
    ? await db
        .select()
        .from(disaggregationCategories)
        .where(inArray(disaggregationCategories.dimensionId, dimensionRows.map((d) => d.id)))
        .orderBy(asc(disaggregationCategories.position), asc(disaggregationCategories.name))
    : [];

  const reporterRows = await db
    .select({ indicatorId: indicatorReporters.indicatorId, actorId: indicatorReporters.actorId, name: actors.name })
    .from(indicatorReporters)
    .innerJoin(actors, eq(actors.id, indicatorReporters.actorId))
    .where(inArray(indicatorReporters.indicatorId, ids))
    .orderBy(asc(actors.name), asc(actors.id));
  const reporters = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const r of reporterRows) reporters.get(r.indicatorId)!.push(r.actorId);

  const targets = new Map<string, Indicator['targets']>(ids.map((id) => [id, []]));
  for (const t of targetRows) targets.get(t.indicatorId)!.push({ period: t.period, value: t.value });
  for (const list of targets.values()) list.sort((a, b) => comparePeriods(a.period, b.period));

  const categories = new Map<string, DisaggregationDimension['categories']>(dimensionRows.map((d) => [d.id, []]));
  for (const c of categoryRows) categories.get(c.dimensionId)!.push({ id: c.id, name: c.name, position: c.position });
  const dimensions = new Map<string, DisaggregationDimension[]>(ids.map((id) => [id, []]));
  for (const d of dimensionRows) {
    dimensions.get(d.indicatorId)!.push({ id: d.id, name: d.name, position: d.position, categories: categories.get(d.id)! });
  }
  return rows.map((r) => toIndicator(r, targets.get(r.id)!, dimensions.get(r.id)!, reporters.get(r.id)!));
}

/** One page of the indicators in their order. */
export async function listIndicators(db: DbOrTx, initiativeId: string, filter: ListFilter) {
  const conditions: SQL[] = [eq(indicators.initiativeId, initiativeId)];
  if (filter.goalId) conditions.push(eq(indicators.goalId, filter.goalId));
  if (!filter.includeArchived) conditions.push(eq(indicators.archived, filter.archived));
  const ks = keyset([{ key: indicators.position }, { key: indicators.code }, { key: indicators.id }], filter);
  const found = await db
    .select({ indicator: indicators, pageKey: ks.pageKey })
    .from(indicators)
    .where(and(...conditions, ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows, nextCursor } = page(found, filter);
  return { items: await withDetails(db, rows.map((r) => r.indicator)), nextCursor };
}

export async function getIndicator(db: DbOrTx, initiativeId: string, id: string): Promise<Indicator | undefined> {
  const rows = await db.select().from(indicators).where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, id)));
  const [one] = await withDetails(db, rows);
  return one;
}

export async function nextIndicatorPosition(db: DbOrTx, initiativeId: string): Promise<number> {
  const [row] = await db.select({ last: max(indicators.position) }).from(indicators).where(eq(indicators.initiativeId, initiativeId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

export async function countMeasurements(db: DbOrTx, indicatorId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(measurements).where(eq(measurements.indicatorId, indicatorId));
  return row.n;
}

/** Values of an indicator with more decimals than `decimals`: they would show rounded. */
export async function countFinerValues(db: DbOrTx, indicatorId: string, decimals: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(measurements)
    .where(
      and(
        eq(measurements.indicatorId, indicatorId),
        sql`${measurements.value} is not null and ${measurements.value}::numeric <> round(${measurements.value}::numeric, ${decimals}::int)`,
      ),
    );
  return row.n;
}

/** Codes identify indicators in imports and exports, so `a1` and `A1` count as the same code. */
export async function assertCodeFree(db: DbOrTx, initiativeId: string, code: string, exceptId?: string) {
  const conditions = [eq(indicators.initiativeId, initiativeId), sql`lower(${indicators.code}) = lower(${code})`];
  if (exceptId) conditions.push(ne(indicators.id, exceptId));
  const [clash] = await db.select({ id: indicators.id, name: indicators.name }).from(indicators).where(and(...conditions));
  if (clash) {
    throw new Conflict(`The code "${code}" is already used by the indicator "${clash.name}" in this initiative`, [
      { field: 'body.code', indicatorId: clash.id },
    ]);
  }
}

export async function assertGoalOfInitiative(db: DbOrTx, initiativeId: string, goalId: string | null | undefined) {
  if (!goalId) return;
  const [row] = await db.select({ id: goals.id }).from(goals).where(and(eq(goals.initiativeId, initiativeId), eq(goals.id, goalId)));
  if (!row) {
    throw new Unprocessable('The goal is not a goal of this initiative', [{ field: 'body.goalId', message: 'Not a goal of this initiative' }]);
  }
}

export async function replaceTargets(db: DbOrTx, indicatorId: string, targets: Indicator['targets']) {
  await db.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId));
  if (targets.length > 0) {
    await db.insert(indicatorTargets).values(targets.map((t) => ({ indicatorId, period: t.period, value: t.value })));
  }
}

/** Sets the expected reporters: null keeps the default (every non-backbone actor), a list chooses them. */
export async function replaceReporters(db: DbOrTx, initiativeId: string, indicatorId: string, actorIds: readonly string[] | null) {
  if (actorIds && actorIds.length > 0) {
    const known = await db
      .select({ id: actors.id })
      .from(actors)
      .where(and(eq(actors.initiativeId, initiativeId), inArray(actors.id, [...actorIds])));
    const knownIds = new Set(known.map((a) => a.id));
    const unknown = actorIds.map((id, n) => ({ id, n })).filter((a) => !knownIds.has(a.id));
    if (unknown.length > 0) {
      throw new Unprocessable(
        'Some expected reporters are not actors of this initiative',
        unknown.map((a) => ({ field: `body.expectedActorIds.${a.n}`, message: 'Not an actor of this initiative' })),
      );
    }
  }
  await db.delete(indicatorReporters).where(eq(indicatorReporters.indicatorId, indicatorId));
  if (actorIds && actorIds.length > 0) {
    await db.insert(indicatorReporters).values(actorIds.map((actorId) => ({ indicatorId, actorId })));
  }
  await db.update(indicators).set({ reportersChosen: actorIds !== null }).where(eq(indicators.id, indicatorId));
}

/** The first day of the first reporting period, stored as a date so a later change of frequency keeps it. */
export function reportingFromDate(period: string): string {
  return periodStart(period);
}
