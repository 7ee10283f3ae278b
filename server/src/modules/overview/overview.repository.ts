import { and, asc, count, eq, gte, ne } from 'drizzle-orm';
import {
  ACTIVITY_STATUSES,
  comparePeriods,
  type ActivityStatus,
  type Direction,
  type Frequency,
  type MeasureType,
  type MeetingKind,
  type OverviewIndicator,
  type OverviewResponse,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { activities, goals, indicators, initiatives, meetings } from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';
import { seriesForIndicator } from '../series/series.service.js';
import type { IndicatorRow } from '../series/series.repository.js';
import { initiativeCompleteness } from '../completeness/completeness.repository.js';
import { reportingContexts } from '../reporting/reporting.repository.js';
import type { ReportingContext } from '../reporting/reporting.expected.js';

/** Periods in an overview sparkline. */
export const SPARKLINE_LENGTH = 8;

async function overviewIndicator(db: DbOrTx, indicator: IndicatorRow, now: Date, reporting: ReportingContext): Promise<OverviewIndicator> {
  const series = await seriesForIndicator(db, indicator, {}, { now, reporting });
  // The sparkline ends at the newest data, preliminary or not; the headline is the latest complete period.
  const withData = series.points.filter((p) => p.value !== null);
  const newest = withData[withData.length - 1];
  const newestIndex = newest ? series.points.indexOf(newest) : -1;
  const sparkline = series.points
    .slice(Math.max(0, newestIndex + 1 - SPARKLINE_LENGTH), newestIndex + 1)
    .map(({ period, value, state, complete, reported, expected }) => ({ period, value, state, complete, reported, expected }));
  const preliminary =
    newest && !newest.complete && (!series.latest || comparePeriods(newest.period, series.latest.period) > 0)
      ? { period: newest.period, value: newest.value!, reported: newest.reported ?? 0, expected: newest.expected ?? 0 }
      : null;
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    measureType: indicator.measureType as MeasureType,
    direction: indicator.direction as Direction,
    frequency: indicator.frequency as Frequency,
    latest: series.latest,
    previous: series.previous,
    preliminary,
    target: series.target,
    status: series.status,
    sparkline,
  };
}

async function activityCounts(db: DbOrTx, initiativeId: string) {
  const rows = await db
    .select({ status: activities.status, count: count() })
    .from(activities)
    .where(eq(activities.initiativeId, initiativeId))
    .groupBy(activities.status);
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const r of rows) counts[r.status as ActivityStatus] = Number(r.count);
  return counts;
}

async function nextMeetings(db: DbOrTx, initiativeId: string, now: Date) {
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, place: meetings.place, kind: meetings.kind })
    .from(meetings)
    .where(and(eq(meetings.initiativeId, initiativeId), gte(meetings.startsAt, now), ne(meetings.status, 'cancelled')))
    .orderBy(asc(meetings.startsAt))
    .limit(5);
  return rows.map((m) => ({ ...m, kind: m.kind as MeetingKind }));
}

/** The initiative at a glance: goals with their indicators' status, activities, meetings, reporting. */
export async function initiativeOverview(db: DbOrTx, initiativeId: string, now: Date = new Date()): Promise<OverviewResponse> {
  const [row] = await db
    .select({ id: initiatives.id, name: initiatives.name, vision: initiatives.vision })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId));
  const initiative = found(row, 'Initiative');
  // Queries run one after the other: the handle may be a transaction on a single connection.
  const goalRows = await db
    .select({ id: goals.id, title: goals.title, description: goals.description })
    .from(goals)
    .where(eq(goals.initiativeId, initiativeId))
    .orderBy(asc(goals.position), asc(goals.title));
  const indicatorRows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.archived, false)))
    .orderBy(asc(indicators.position), asc(indicators.code));
  const contexts = await reportingContexts(db, initiativeId, indicatorRows);
  const summaries = new Map<string, OverviewIndicator>();
  for (const indicator of indicatorRows) {
    summaries.set(indicator.id, await overviewIndicator(db, indicator, now, contexts.get(indicator.id)!));
  }
  const counts = await activityCounts(db, initiativeId);
  const upcoming = await nextMeetings(db, initiativeId, now);
  const completeness = await initiativeCompleteness(db, initiativeId, undefined, now);
  const byGoal = (goalId: string | null) =>
    indicatorRows.filter((i) => i.goalId === goalId).map((i) => summaries.get(i.id) as OverviewIndicator);
  return {
    initiative,
    goals: goalRows.map((g) => ({ ...g, indicators: byGoal(g.id) })),
    indicatorsWithoutGoal: byGoal(null),
    activityCounts: counts,
    nextMeetings: upcoming,
    completeness: { period: completeness.period, dueDate: completeness.dueDate, ...completeness.summary },
  };
}
