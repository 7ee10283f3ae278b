// What a PDF report (or meeting pack) shows, gathered before drawing: every figure from the series
// rule, for all indicators at once (seriesForIndicators), and each actor's figure in the headline period.
import { periodEnd, periodStart, type SeriesResponse } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { aggregateIndicators, type DateBounds } from '../series/series.repository.js';
import { rowsByIndicator, seriesForIndicators } from '../series/series.many.js';
import { indicatorsWithoutDimensions } from '../series/series.sets.js';
import {
  initiativeTimezone,
  latestNarratives,
  listActors,
  listGoals,
  listReportActivities,
  listReportIndicators,
  listReportMeetings,
  loadInitiative,
  type IndicatorRow,
  type InitiativeRow,
  type LatestNarrative,
  type PeriodRange,
  type ReportActivity,
  type ReportMeeting,
} from './reports.repository.js';

export interface ActorFigure {
  actor: string;
  value: number;
  numerator?: number;
  denominator?: number;
}

export interface IndicatorSection {
  indicator: IndicatorRow;
  /** The indicator's series over the report's range; its points carry no per-actor figures (see latestActors). */
  series: SeriesResponse;
  /**
   * The headline period (series.latest: the latest complete period with data) and each actor's
   * figure in it; never a newer, preliminary period, whose figures are not final.
   */
  latestActors: { period: string; rows: ActorFigure[] } | null;
  narrative: LatestNarrative | null;
}

export interface GoalSection {
  id: string | null;
  title: string;
  description: string;
  indicators: IndicatorSection[];
}

export interface ReportContent {
  kind: 'report' | 'pack';
  initiative: InitiativeRow;
  range: PeriodRange;
  timeZone: string;
  generatedAt: Date;
  goals: GoalSection[];
  activities: ReportActivity[];
  meetings: ReportMeeting[];
}

export interface ContentOptions {
  range: PeriodRange;
  /** Only these goals; empty or undefined: all goals, and indicators without a goal. */
  goalIds?: string[];
  kind?: 'report' | 'pack';
  /** Called as indicators are done with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Each actor's figure in the headline period of each indicator whose series shows that period: one
 * statement for all, by the series rule.
 */
async function latestActors(
  db: DbOrTx,
  indicators: readonly IndicatorRow[],
  series: readonly SeriesResponse[],
  actorNames: Map<string, string>,
): Promise<IndicatorSection['latestActors'][]> {
  const periods = new Map<string, string>();
  indicators.forEach((indicator, index) => {
    const { latest, points } = series[index];
    if (latest && points.some((p) => p.period === latest.period)) periods.set(indicator.id, latest.period);
  });
  const shown = indicators.filter((i) => periods.has(i.id));
  const bounds = new Map<string, DateBounds>(shown.map((i) => [i.id, { fromDate: periodStart(periods.get(i.id)!), toDate: periodEnd(periods.get(i.id)!) }]));
  const plain = await indicatorsWithoutDimensions(
    db,
    shown.map((i) => i.id),
  );
  const rows = rowsByIndicator(
    (await aggregateIndicators(db, shown, { frequency: 'own', bounds, plain })).filter((r) => r.kind === 'actor' && r.categoryId === null),
  );
  return indicators.map((indicator) => {
    const period = periods.get(indicator.id);
    if (!period) return null;
    const figures = (rows.get(indicator.id) ?? [])
      .map((a) => ({
        actor: actorNames.get(a.actorId!) ?? '',
        value: a.value,
        ...(indicator.measureType === 'percentage' ? { numerator: a.numerator ?? undefined, denominator: a.denominator ?? undefined } : {}),
      }))
      .sort((a, b) => a.actor.localeCompare(b.actor));
    return { period, rows: figures };
  });
}

/** Loads the report: goals in agenda order, their non-archived indicators, activities and held meetings. */
export async function loadReportContent(db: DbOrTx, initiativeId: string, opts: ContentOptions): Promise<ReportContent> {
  const { range } = opts;
  const initiative = await loadInitiative(db, initiativeId);
  // One after the other: the handle may be a snapshot, whose single connection runs one query at a time.
  const goals = await listGoals(db, initiativeId);
  const indicators = await listReportIndicators(db, initiativeId, { includeArchived: false });
  const actors = await listActors(db, initiativeId);
  const narratives = await latestNarratives(db, initiativeId, range);
  const activities = await listReportActivities(db, initiativeId, range);
  const meetings = await listReportMeetings(db, initiativeId, range, { heldOnly: true });
  const timeZone = await initiativeTimezone(db, initiative);
  const chosen = opts.goalIds && opts.goalIds.length > 0 ? new Set(opts.goalIds) : null;
  const sections: GoalSection[] = goals
    .filter((g) => !chosen || chosen.has(g.id))
    .map((g) => ({ id: g.id, title: g.title, description: g.description, indicators: [] }));
  const byGoal = new Map(sections.map((s) => [s.id, s]));
  const goalIds = new Set(goals.map((g) => g.id));
  const orphans: GoalSection = { id: null, title: '', description: '', indicators: [] };
  const included = indicators.filter((i) => (i.goalId && goalIds.has(i.goalId) ? byGoal.has(i.goalId) : !chosen));
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));

  // A handful of statements for all indicators, whatever their number.
  const series = await seriesForIndicators(db, initiativeId, included, { from: range.from, to: range.to });
  const actorFigures = await latestActors(db, included, series, actorNames);
  included.forEach((indicator, index) => {
    const section = indicator.goalId && byGoal.has(indicator.goalId) ? byGoal.get(indicator.goalId)! : orphans;
    section.indicators.push({
      indicator,
      series: series[index],
      latestActors: actorFigures[index],
      narrative: narratives.get(indicator.id) ?? null,
    });
    opts.onProgress?.(index + 1, included.length);
  });
  if (orphans.indicators.length > 0) sections.push(orphans);
  return {
    kind: opts.kind ?? 'report',
    initiative,
    range,
    timeZone,
    generatedAt: new Date(),
    goals: sections,
    activities,
    meetings,
  };
}
