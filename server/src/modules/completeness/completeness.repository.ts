import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import {
  periodEnd,
  periodStart,
  type CompletenessCell,
  type CompletenessResponse,
  type Frequency,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, indicators, initiatives, measurements } from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';
import { countsAsReported } from '../series/series.repository.js';
import { cellState, indicatorPeriods, latestFinishedQuarter, periodState, summarize, type ReportedFacts } from './completeness.state.js';

/** Actors that were members at some time during [start, end]. */
async function activeActors(db: DbOrTx, initiativeId: string, start: string, end: string) {
  return db
    .select({ id: actors.id, name: actors.name })
    .from(actors)
    .where(
      and(
        eq(actors.initiativeId, initiativeId),
        or(isNull(actors.joinedOn), lte(actors.joinedOn, end)),
        or(isNull(actors.leftOn), gte(actors.leftOn, start)),
      ),
    )
    .orderBy(asc(actors.name));
}

/** Per indicator, actor and stored period: whether a counted value exists and whether one was returned. */
async function reportedFacts(db: DbOrTx, initiativeId: string, start: string, end: string) {
  const rows = await db
    .select({
      indicatorId: measurements.indicatorId,
      actorId: measurements.actorId,
      period: measurements.period,
      counted: sql<boolean>`bool_or(${countsAsReported(measurements.status, initiatives.requiresApproval)})`,
      returned: sql<boolean>`bool_or(${measurements.status} = 'returned')`,
    })
    .from(measurements)
    .innerJoin(initiatives, eq(initiatives.id, measurements.initiativeId))
    .where(and(eq(measurements.initiativeId, initiativeId), gte(measurements.periodStart, start), lte(measurements.periodStart, end)))
    .groupBy(measurements.indicatorId, measurements.actorId, measurements.period);
  return new Map<string, ReportedFacts>(rows.map((r) => [factKey(r.indicatorId, r.actorId, r.period), r]));
}

/**
 * Which actors are expected to report which indicator: those that have reported it at some time.
 * An indicator nobody has reported yet expects every active actor.
 */
async function reporterPairs(db: DbOrTx, initiativeId: string) {
  const rows = await db
    .selectDistinct({ indicatorId: measurements.indicatorId, actorId: measurements.actorId })
    .from(measurements)
    .where(and(eq(measurements.initiativeId, initiativeId), sql`${measurements.actorId} is not null`));
  const byIndicator = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = byIndicator.get(r.indicatorId) ?? new Set<string>();
    set.add(r.actorId!);
    byIndicator.set(r.indicatorId, set);
  }
  return byIndicator;
}

function factKey(indicatorId: string, actorId: string | null, period: string): string {
  return `${indicatorId}|${actorId ?? ''}|${period}`;
}

function isoToday(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/**
 * Who has (not) reported which indicator for a period. Population-level indicators have one cell
 * without actor; the others one per actor that was active during the period and is expected to
 * report it (see reporterPairs). Actors not expected for an indicator have no cell.
 */
export async function initiativeCompleteness(
  db: DbOrTx,
  initiativeId: string,
  period: string | undefined,
  today: Date = new Date(),
): Promise<CompletenessResponse> {
  const requested = period ?? latestFinishedQuarter(today);
  const [initiative] = await db
    .select({ deadlineDays: initiatives.reportingDeadlineDays })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId));
  const { deadlineDays } = found(initiative, 'Initiative');
  const indicatorRows = await db
    .select({ id: indicators.id, code: indicators.code, name: indicators.name, frequency: indicators.frequency, actorAggregation: indicators.actorAggregation })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.archived, false)))
    .orderBy(asc(indicators.position), asc(indicators.code));

  const wanted = indicatorRows.map((i) => ({ ...i, periods: indicatorPeriods(requested, i.frequency as Frequency) }));
  // A finer request can ask about an indicator period that starts before it (February → Q1).
  const starts = wanted.flatMap((i) => i.periods.map(periodStart));
  const start = starts.reduce((min, s) => (s < min ? s : min), periodStart(requested));
  const end = periodEnd(requested);
  const actorRows = await activeActors(db, initiativeId, periodStart(requested), end);
  const facts = await reportedFacts(db, initiativeId, start, end);
  const reporters = await reporterPairs(db, initiativeId);

  const todayIso = isoToday(today);
  const cells: CompletenessCell[] = [];
  for (const indicator of wanted) {
    const expected = reporters.get(indicator.id);
    const actorIds =
      indicator.actorAggregation === 'none'
        ? [null]
        : actorRows.map((a) => a.id).filter((id) => !expected || expected.has(id));
    for (const actorId of actorIds) {
      const states = indicator.periods.map((p) =>
        periodState(p, facts.get(factKey(indicator.id, actorId, p)), todayIso, deadlineDays),
      );
      cells.push({ indicatorId: indicator.id, actorId, state: cellState(states), periods: indicator.periods });
    }
  }
  return {
    period: requested,
    actors: actorRows,
    indicators: indicatorRows.map(({ id, code, name, frequency }) => ({ id, code, name, frequency: frequency as Frequency })),
    cells,
    summary: summarize(cells.map((c) => c.state)),
  };
}
