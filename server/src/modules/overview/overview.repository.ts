import { and, asc, count, eq, gte, ne } from 'drizzle-orm';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type MeetingKind,
  type OverviewIndicator,
  type OverviewResponse,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { activities, goals, initiatives, meetings } from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';
import { overviewIndicators } from './overview.indicators.js';
import { initiativeCompleteness } from '../completeness/completeness.repository.js';
import { currentReporting } from '../reporting/reporting.repository.js';

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
  // The same indicators and reporting contexts serve the figures and the completeness summary.
  const current = await currentReporting(db, initiativeId);
  const indicatorRows = current.indicators;
  const summaries = await overviewIndicators(db, initiativeId, indicatorRows, current.contexts, now);
  const counts = await activityCounts(db, initiativeId);
  const upcoming = await nextMeetings(db, initiativeId, now);
  const completeness = await initiativeCompleteness(db, initiativeId, undefined, now, current);
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
