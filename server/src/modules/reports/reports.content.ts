// What a PDF report (or meeting pack) shows, gathered before drawing: every figure from indicatorSeries.
import type { SeriesResponse } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { seriesForIndicator } from '../series/series.service.js';
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

/** Series computed at once while loading a report. */
const SERIES_CONCURRENCY = 4;

export interface ActorFigure {
  actor: string;
  value: number;
  numerator?: number;
  denominator?: number;
}

export interface IndicatorSection {
  indicator: IndicatorRow;
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
  /** Called after each indicator with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

function latestActors(series: SeriesResponse, actorNames: Map<string, string>): IndicatorSection['latestActors'] {
  if (!series.latest) return null;
  const point = series.points.find((p) => p.period === series.latest!.period);
  if (!point) return null;
  const rows = point.byActor
    .map((a) => ({ actor: actorNames.get(a.actorId) ?? '', value: a.value, numerator: a.numerator, denominator: a.denominator }))
    .sort((a, b) => a.actor.localeCompare(b.actor));
  return { period: point.period, rows };
}

/** Loads the report: goals in agenda order, their non-archived indicators, activities and held meetings. */
export async function loadReportContent(db: DbOrTx, initiativeId: string, opts: ContentOptions): Promise<ReportContent> {
  const { range } = opts;
  const initiative = await loadInitiative(db, initiativeId);
  const [goals, indicators, actors, narratives, activities, meetings, timeZone] = await Promise.all([
    listGoals(db, initiativeId),
    listReportIndicators(db, initiativeId, { includeArchived: false }),
    listActors(db, initiativeId),
    latestNarratives(db, initiativeId, range),
    listReportActivities(db, initiativeId, range),
    listReportMeetings(db, initiativeId, range, { heldOnly: true }),
    initiativeTimezone(db, initiative),
  ]);
  const chosen = opts.goalIds && opts.goalIds.length > 0 ? new Set(opts.goalIds) : null;
  const sections: GoalSection[] = goals
    .filter((g) => !chosen || chosen.has(g.id))
    .map((g) => ({ id: g.id, title: g.title, description: g.description, indicators: [] }));
  const byGoal = new Map(sections.map((s) => [s.id, s]));
  const goalIds = new Set(goals.map((g) => g.id));
  const orphans: GoalSection = { id: null, title: '', description: '', indicators: [] };
  const included = indicators.filter((i) => (i.goalId && goalIds.has(i.goalId) ? byGoal.has(i.goalId) : !chosen));
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));

  // A few series at a time: a PostgreSQL pool answers them in parallel; order is kept by index.
  const series: SeriesResponse[] = new Array(included.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < included.length) {
      const index = next++;
      series[index] = await seriesForIndicator(db, included[index], { from: range.from, to: range.to });
      opts.onProgress?.(++done, included.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SERIES_CONCURRENCY, included.length) }, worker));
  included.forEach((indicator, index) => {
    const section = indicator.goalId && byGoal.has(indicator.goalId) ? byGoal.get(indicator.goalId)! : orphans;
    section.indicators.push({
      indicator,
      series: series[index],
      latestActors: latestActors(series[index], actorNames),
      narrative: narratives.get(indicator.id) ?? null,
    });
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
