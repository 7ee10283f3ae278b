// Loads what decides expected reporters, and which reporters' values count, for many indicators at once.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { found } from '../../lib/errors.js';
import type { Frequency } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, indicatorReporters, indicators, initiatives } from '../../db/schema/index.js';
import { countedValues, type DateBounds } from '../series/series.repository.js';
import { contextsOf, countedKey, type CountedSet, type ReportingContext } from './reporting.expected.js';

type IndicatorFields = Pick<
  typeof indicators.$inferSelect,
  'id' | 'initiativeId' | 'frequency' | 'actorAggregation' | 'reportingFrom' | 'reportersChosen'
>;

/** The reporting context of each given indicator of one initiative, in three queries. */
export async function reportingContexts(
  db: DbOrTx,
  initiativeId: string,
  rows: readonly IndicatorFields[],
  /** The initiative's reporting days when the caller has read them already. */
  knownReportingDays?: number,
): Promise<Map<string, ReportingContext>> {
  if (rows.length === 0) return new Map();
  const [initiative] =
    knownReportingDays === undefined
      ? await db.select({ reportingDays: initiatives.reportingDeadlineDays }).from(initiatives).where(eq(initiatives.id, initiativeId))
      : [{ reportingDays: knownReportingDays }];
  const members = await db
    .select({ id: actors.id, role: actors.role, joinedOn: actors.joinedOn, leftOn: actors.leftOn })
    .from(actors)
    .where(eq(actors.initiativeId, initiativeId));
  const chosenIds = rows.filter((r) => r.reportersChosen).map((r) => r.id);
  const chosen = chosenIds.length
    ? await db
        .select({ indicatorId: indicatorReporters.indicatorId, actorId: indicatorReporters.actorId })
        .from(indicatorReporters)
        .where(inArray(indicatorReporters.indicatorId, chosenIds))
    : [];
  return contextsOf(rows, initiative?.reportingDays ?? 30, members, chosen);
}

/**
 * The initiative's reporting days and its current (not archived) indicators in the agenda's order,
 * each with its reporting context: what completeness and the to-do list start from.
 */
export async function currentReporting(
  db: DbOrTx,
  initiativeId: string,
  /** The initiative's reporting days when the caller has read them already (and so knows it exists). */
  knownReportingDays?: number,
) {
  const [initiative] =
    knownReportingDays === undefined
      ? await db.select({ reportingDays: initiatives.reportingDeadlineDays }).from(initiatives).where(eq(initiatives.id, initiativeId))
      : [{ reportingDays: knownReportingDays }];
  const { reportingDays } = found(initiative, 'Initiative');
  const rows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.archived, false)))
    .orderBy(asc(indicators.position), asc(indicators.code));
  return { reportingDays, indicators: rows, contexts: await reportingContexts(db, initiativeId, rows, reportingDays) };
}

export type CurrentReporting = Awaited<ReturnType<typeof currentReporting>>;

/**
 * Per indicator, the (period, reporter) pairs whose value counts, within optional date bounds on the
 * period start: the same for all, or per indicator.
 */
export async function countedSets(
  db: DbOrTx,
  initiativeId: string,
  indicatorIds: readonly string[],
  bounds: DateBounds | ReadonlyMap<string, DateBounds>,
  /** Run as a named prepared statement (see AggregateManyOptions.prepared). */
  prepared = false,
): Promise<Map<string, CountedSet>> {
  const out = new Map<string, Set<string>>(indicatorIds.map((id) => [id, new Set<string>()]));
  if (indicatorIds.length === 0) return out;
  const rows = await countedValues(db, initiativeId, indicatorIds, bounds, prepared);
  for (const r of rows) out.get(r.indicatorId)?.add(countedKey(r.period, r.actorId));
  return out;
}
