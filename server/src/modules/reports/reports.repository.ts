// Reads for the report outputs: the initiative's structure, activities, meetings and narratives.
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { periodEnd, periodStart } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import {
  actors,
  goals,
  ideas,
  indicators,
  initiatives,
  meetingSeries,
  meetings,
  narratives,
  users,
  workingGroups,
  activities,
} from '../../db/schema/index.js';
import { found } from '../../lib/errors.js';

export type IndicatorRow = typeof indicators.$inferSelect;
export type InitiativeRow = typeof initiatives.$inferSelect;
export type ActorRow = typeof actors.$inferSelect;

export interface PeriodRange {
  from?: string;
  to?: string;
}

/** Inclusive date bounds of a period range; null where the range is open. */
export function rangeDates(range: PeriodRange): { fromDate: string | null; toDate: string | null } {
  return { fromDate: range.from ? periodStart(range.from) : null, toDate: range.to ? periodEnd(range.to) : null };
}

export async function findInitiative(db: DbOrTx, initiativeId: string): Promise<InitiativeRow | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, initiativeId));
  return row;
}

export async function loadInitiative(db: DbOrTx, initiativeId: string): Promise<InitiativeRow> {
  return found(await findInitiative(db, initiativeId), 'Initiative');
}

export async function listGoals(db: DbOrTx, initiativeId: string) {
  return db
    .select({ id: goals.id, title: goals.title, description: goals.description, position: goals.position })
    .from(goals)
    .where(eq(goals.initiativeId, initiativeId))
    .orderBy(asc(goals.position), asc(goals.title), asc(goals.id));
}

export async function listReportIndicators(db: DbOrTx, initiativeId: string, opts: { includeArchived: boolean; indicatorId?: string }) {
  const where: SQL[] = [eq(indicators.initiativeId, initiativeId)];
  if (!opts.includeArchived) where.push(eq(indicators.archived, false));
  if (opts.indicatorId) where.push(eq(indicators.id, opts.indicatorId));
  return db
    .select()
    .from(indicators)
    .where(and(...where))
    .orderBy(asc(indicators.position), asc(indicators.code), asc(indicators.id));
}

export async function listActors(db: DbOrTx, initiativeId: string): Promise<ActorRow[]> {
  return db.select().from(actors).where(eq(actors.initiativeId, initiativeId)).orderBy(asc(actors.name), asc(actors.id));
}

export interface LatestNarrative {
  indicatorId: string;
  period: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
  authorName: string | null;
}

/** Per indicator, the narrative of the latest period that starts inside the range. */
export async function latestNarratives(db: DbOrTx, initiativeId: string, range: PeriodRange): Promise<Map<string, LatestNarrative>> {
  const { fromDate, toDate } = rangeDates(range);
  const where: SQL[] = [eq(narratives.initiativeId, initiativeId)];
  if (fromDate) where.push(gte(narratives.periodStart, fromDate));
  if (toDate) where.push(lte(narratives.periodStart, toDate));
  const rows = await db
    .selectDistinctOn([narratives.indicatorId], {
      indicatorId: narratives.indicatorId,
      period: narratives.period,
      whatHappened: narratives.whatHappened,
      why: narratives.why,
      nextSteps: narratives.nextSteps,
      authorName: users.name,
    })
    .from(narratives)
    .leftJoin(users, eq(users.id, narratives.authorId))
    .where(and(...where))
    .orderBy(narratives.indicatorId, desc(narratives.periodStart), desc(narratives.updatedAt));
  return new Map(rows.map((r) => [r.indicatorId, r]));
}

export interface ReportActivity {
  id: string;
  title: string;
  description: string;
  status: string;
  priority: number;
  leadActor: string | null;
  workingGroup: string | null;
  how: string;
  when: string;
  who: string;
  startDate: string | null;
  endDate: string | null;
  goals: string[];
  indicators: string[];
  actors: string[];
}

/** Activities that overlap the range (undated ones always), in priority order. */
export async function listReportActivities(db: DbOrTx, initiativeId: string, range: PeriodRange): Promise<ReportActivity[]> {
  const { fromDate, toDate } = rangeDates(range);
  const where: SQL[] = [eq(activities.initiativeId, initiativeId)];
  if (fromDate) where.push(sql`(${activities.endDate} is null or ${activities.endDate} >= ${fromDate}::date)`);
  if (toDate) where.push(sql`(${activities.startDate} is null or ${activities.startDate} <= ${toDate}::date)`);
  const rows = await db
    .select({
      id: activities.id,
      title: activities.title,
      description: activities.description,
      status: activities.status,
      priority: activities.priority,
      leadActor: actors.name,
      workingGroup: workingGroups.name,
      how: activities.how,
      when: activities.when,
      who: activities.who,
      startDate: activities.startDate,
      endDate: activities.endDate,
      goals: sql<string[]>`array(select g.title from activity_goals ag join goals g on g.id = ag.goal_id
        where ag.activity_id = ${activities.id} order by g.position, g.title)`,
      indicators: sql<string[]>`array(select i.code from activity_indicators ai join indicators i on i.id = ai.indicator_id
        where ai.activity_id = ${activities.id} order by i.position, i.code)`,
      actors: sql<string[]>`array(select a.name from activity_actors aa join actors a on a.id = aa.actor_id
        where aa.activity_id = ${activities.id} order by a.name)`,
    })
    .from(activities)
    .leftJoin(actors, eq(actors.id, activities.leadActorId))
    .leftJoin(workingGroups, eq(workingGroups.id, activities.workingGroupId))
    .where(and(...where))
    .orderBy(asc(activities.priority), asc(activities.title), asc(activities.id));
  return rows;
}

export interface ReportMeeting {
  id: string;
  title: string;
  kind: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  seriesName: string | null;
  timezone: string | null;
  organisations: number;
  people: number;
  agenda: string[];
  decisions: string[];
}

/** Meetings that start inside the range, oldest first; `heldOnly` leaves out planned and cancelled ones. */
export async function listReportMeetings(
  db: DbOrTx,
  initiativeId: string,
  range: PeriodRange,
  opts: { heldOnly: boolean },
): Promise<ReportMeeting[]> {
  const { fromDate, toDate } = rangeDates(range);
  const where: SQL[] = [eq(meetings.initiativeId, initiativeId)];
  // Day bounds in UTC: a period key names calendar days, and a meeting on the last day belongs to it.
  if (fromDate) where.push(gte(meetings.startsAt, new Date(`${fromDate}T00:00:00Z`)));
  if (toDate) where.push(sql`${meetings.startsAt} < (${toDate}::date + 1)::timestamptz`);
  if (opts.heldOnly) where.push(eq(meetings.status, 'held'));
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      kind: meetings.kind,
      status: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
      seriesName: meetingSeries.name,
      timezone: meetingSeries.timezone,
      organisations: sql<number>`(select count(*)::int from meeting_attendance ma where ma.meeting_id = ${meetings.id})`,
      people: sql<number>`(select coalesce(sum(ma.people), 0)::int from meeting_attendance ma where ma.meeting_id = ${meetings.id})`,
      agenda: sql<string[]>`array(select ai.title from agenda_items ai where ai.meeting_id = ${meetings.id} order by ai.position, ai.id)`,
      decisions: sql<string[]>`array(select d.text from decisions d where d.meeting_id = ${meetings.id} order by d.position, d.id)`,
    })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(...where))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return rows.map((r) => ({ ...r, organisations: Number(r.organisations), people: Number(r.people) }));
}

export interface ReportIdea {
  id: string;
  title: string;
  status: string;
  actorName: string | null;
  proposedByName: string | null;
  goals: string[];
  /** Supporting organisations in the order they gave their support. */
  supporters: string[];
  decisionReason: string | null;
  decidedAt: Date | null;
  activityTitle: string | null;
  createdAt: Date;
}

/**
 * Every idea of the initiative, oldest first, whatever the range: an idea belongs to no period, and
 * every member may read every idea.
 */
export async function listReportIdeas(db: DbOrTx, initiativeId: string): Promise<ReportIdea[]> {
  return db
    .select({
      id: ideas.id,
      title: ideas.title,
      status: ideas.status,
      actorName: actors.name,
      proposedByName: users.name,
      goals: sql<string[]>`array(select g.title from idea_goals ig join goals g on g.id = ig.goal_id
        where ig.idea_id = ${ideas.id} order by g.position, g.title)`,
      supporters: sql<string[]>`array(select a.name from idea_votes v join actors a on a.id = v.actor_id
        where v.idea_id = ${ideas.id} order by v.created_at, a.name)`,
      decisionReason: ideas.decisionReason,
      decidedAt: ideas.decidedAt,
      activityTitle: sql<string | null>`(select a.title from activities a where a.idea_id = ${ideas.id})`,
      createdAt: ideas.createdAt,
    })
    .from(ideas)
    .leftJoin(actors, eq(actors.id, ideas.actorId))
    .leftJoin(users, eq(users.id, ideas.proposedByUserId))
    .where(eq(ideas.initiativeId, initiativeId))
    .orderBy(asc(ideas.createdAt), asc(ideas.id));
}

/** The time zone the initiative's meetings are held in: that of its first meeting series, else by locale. */
export async function initiativeTimezone(db: DbOrTx, initiative: Pick<InitiativeRow, 'id' | 'locale'>): Promise<string> {
  const [row] = await db
    .select({ timezone: meetingSeries.timezone })
    .from(meetingSeries)
    .where(eq(meetingSeries.initiativeId, initiative.id))
    .orderBy(asc(meetingSeries.createdAt))
    .limit(1);
  if (row) return row.timezone;
  return initiative.locale === 'da' ? 'Europe/Copenhagen' : 'Europe/Stockholm';
}

export async function goalIdsOfInitiative(db: DbOrTx, initiativeId: string, goalIds: string[]): Promise<Set<string>> {
  if (goalIds.length === 0) return new Set();
  const rows = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.initiativeId, initiativeId), inArray(goals.id, goalIds)));
  return new Set(rows.map((r) => r.id));
}
