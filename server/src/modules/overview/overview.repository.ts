import { sql } from 'drizzle-orm';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type MeetingKind,
  type OverviewIndicator,
  type OverviewResponse,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { found } from '../../lib/errors.js';
import { executePrepared } from '../../lib/prepared.js';
import { overviewIndicators } from './overview.indicators.js';
import { initiativeCompleteness } from '../completeness/completeness.repository.js';
import { currentReporting } from '../reporting/reporting.repository.js';

interface HeadRow {
  id: string;
  name: string;
  vision: string;
  reportingDays: number;
  goals: { id: string; title: string; description: string }[];
  activityCounts: { status: string; count: number }[];
  openIdeas: number;
  meetings: { id: string; title: string; startsAt: string; place: string; kind: string }[];
}

/**
 * The initiative, its goals in the agenda's order, its activities counted by status, its open ideas and its next
 * five meetings that are not cancelled, in one round trip. Undefined: no such initiative.
 */
async function overviewHead(db: DbOrTx, initiativeId: string, now: Date): Promise<HeadRow | undefined> {
  const [row] = await executePrepared<HeadRow>(
    db,
    'overview_head',
    sql`select i.id::text as id, i.name, i.vision, i.reporting_deadline_days as "reportingDays",
      (select coalesce(json_agg(json_build_object('id', g.id, 'title', g.title, 'description', g.description) order by g.position, g.title), '[]')
        from goals g where g.initiative_id = i.id) as goals,
      (select coalesce(json_agg(json_build_object('status', a.status, 'count', a.n)), '[]')
        from (select status, count(*) as n from activities where initiative_id = i.id group by status) a) as "activityCounts",
      (select count(*)::int from ideas where initiative_id = i.id and status in ('proposed', 'under_discussion')) as "openIdeas",
      (select coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'startsAt', m.starts_at, 'place', m.place, 'kind', m.kind) order by m.starts_at), '[]')
        from (select id, title, starts_at, place, kind from meetings
              where initiative_id = i.id and starts_at >= ${now.toISOString()}::timestamptz and status <> 'cancelled'
              order by starts_at limit 5) m) as meetings
    from initiatives i where i.id = ${initiativeId}`,
  );
  return row;
}

/** The initiative at a glance: goals with their indicators' status, activities, meetings, reporting. */
export async function initiativeOverview(db: DbOrTx, initiativeId: string, now: Date = new Date()): Promise<OverviewResponse> {
  // Queries run one after the other: the handle may be a transaction on a single connection.
  const head = found(await overviewHead(db, initiativeId, now), 'Initiative');
  // The same indicators and reporting contexts serve the figures and the completeness summary.
  const current = await currentReporting(db, initiativeId, head.reportingDays);
  const indicatorRows = current.indicators;
  const summaries = await overviewIndicators(db, initiativeId, indicatorRows, current.contexts, now);
  const completeness = await initiativeCompleteness(db, initiativeId, undefined, now, current, false);
  const byGoal = (goalId: string | null) =>
    indicatorRows.filter((i) => i.goalId === goalId).map((i) => summaries.get(i.id) as OverviewIndicator);
  const activityCounts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const r of head.activityCounts) activityCounts[r.status as ActivityStatus] = Number(r.count);
  return {
    initiative: { id: head.id, name: head.name, vision: head.vision },
    goals: head.goals.map((g) => ({ ...g, indicators: byGoal(g.id) })),
    indicatorsWithoutGoal: byGoal(null),
    activityCounts,
    openIdeas: Number(head.openIdeas),
    // JSON has the database's own timestamp text: the same instant as a Date, written as the API writes dates.
    nextMeetings: head.meetings.map((m) => ({ ...m, startsAt: new Date(m.startsAt), kind: m.kind as MeetingKind })),
    completeness: { period: completeness.period, dueDate: completeness.dueDate, ...completeness.summary },
  };
}
