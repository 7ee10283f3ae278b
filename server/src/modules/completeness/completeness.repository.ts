import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import {
  isoDay,
  periodDueDate,
  periodEnd,
  periodStart,
  toFrequency,
  type CompletenessCell,
  type CompletenessResponse,
  type Frequency,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, initiatives, measurements } from '../../db/schema/index.js';
import { countsAsReported } from '../series/series.repository.js';
import { cellState, indicatorPeriods, latestFinishedQuarter, periodState, summarize, type ReportedFacts } from './completeness.state.js';
import { currentReporting, type CurrentReporting } from '../reporting/reporting.repository.js';
import { expectedReporters } from '../reporting/reporting.expected.js';

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

function factKey(indicatorId: string, actorId: string | null, period: string): string {
  return `${indicatorId}|${actorId ?? ''}|${period}`;
}

function isoToday(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/**
 * Who has (not) reported which indicator for a period. Population-level indicators have one cell
 * without actor; the others one per actor expected to report them (the indicator's expected
 * reporters, from its first reporting period, while they are members). Nobody is expected for a
 * period before an indicator's first reporting period, so adding an indicator or a reporter never
 * makes the past late.
 */
export async function initiativeCompleteness(
  db: DbOrTx,
  initiativeId: string,
  period: string | undefined,
  today: Date = new Date(),
  /** The initiative's current reporting when the caller has loaded it (see currentReporting). */
  loaded?: CurrentReporting,
  /** Whether to list the actors of the cells (false: `actors` is empty, for callers that show only the summary). */
  withActors = true,
): Promise<CompletenessResponse> {
  const requested = period ?? latestFinishedQuarter(today);
  const { reportingDays, indicators: indicatorRows, contexts } = loaded ?? (await currentReporting(db, initiativeId));

  const wanted = indicatorRows.map((i) => ({ ...i, periods: indicatorPeriods(requested, i.frequency as Frequency) }));
  // A finer request can ask about an indicator period that starts before it (February → Q1).
  const starts = wanted.flatMap((i) => i.periods.map(periodStart));
  const start = starts.reduce((min, s) => (s < min ? s : min), periodStart(requested));
  const end = periodEnd(requested);
  const actorRows = withActors ? await activeActors(db, initiativeId, periodStart(requested), end) : [];
  const facts = await reportedFacts(db, initiativeId, start, end);

  const todayIso = isoDay(today);
  const cells: CompletenessCell[] = [];
  for (const indicator of wanted) {
    const ctx = contexts.get(indicator.id)!;
    // Not due (no period of the indicator ends inside the request): those expected for the period that holds it.
    const asked = indicator.periods.length > 0 ? indicator.periods : [toFrequency(requested, indicator.frequency as Frequency)];
    const expectedBy = new Map<string | null, string[]>();
    for (const p of asked) for (const a of expectedReporters(ctx, p)) expectedBy.set(a, [...(expectedBy.get(a) ?? []), p]);
    for (const [actorId, periods] of expectedBy) {
      if (indicator.periods.length === 0) {
        cells.push({ indicatorId: indicator.id, actorId, state: 'notDue', periods: [] });
        continue;
      }
      const states = periods.map((p) => periodState(p, facts.get(factKey(indicator.id, actorId, p)), todayIso, ctx.reportingDays));
      cells.push({ indicatorId: indicator.id, actorId, state: cellState(states), periods });
    }
  }
  const reporting = new Set(cells.map((c) => c.actorId));
  return {
    period: requested,
    dueDate: periodDueDate(requested, reportingDays),
    actors: actorRows.filter((a) => reporting.has(a.id)),
    indicators: indicatorRows.map(({ id, code, name, frequency }) => ({ id, code, name, frequency: frequency as Frequency })),
    cells,
    summary: summarize(cells.map((c) => c.state)),
  };
}
