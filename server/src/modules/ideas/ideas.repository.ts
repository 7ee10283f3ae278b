// Reading ideas: each idea with its goals, its supporting organisations, the activity it became and
// the size of its discussion, in one query; every member of the initiative sees all of it.
import { and, asc, desc, eq, getTableColumns, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { OPEN_IDEA_STATUSES, type Idea, type IdeaDetail, type IdeaStatus, type ideaListQuery } from '@ci/shared';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { agendaItems, ideaDecisions, ideas, meetings, users } from '../../db/schema/index.js';

type IdeaListQuery = z.output<typeof ideaListQuery>;
export type IdeaRow = typeof ideas.$inferSelect;

// Correlated subqueries name the outer row by hand: inside them an unqualified "id" would be their own.
const IDEA_ID = sql.raw('"ideas"."id"');

const supportCount = sql<number>`(select count(*)::int from idea_votes v where v.idea_id = ${IDEA_ID})`;

const selection = {
  ...getTableColumns(ideas),
  actorName: sql<string | null>`(select a.name from actors a where a.id = "ideas"."actor_id")`,
  proposedByName: sql<string | null>`(select u.name from users u where u.id = "ideas"."proposed_by_user_id")`,
  goalIds: sql<string[]>`coalesce((select json_agg(g.goal_id order by g.goal_id) from idea_goals g where g.idea_id = ${IDEA_ID}), '[]'::json)`,
  supportCount,
  supporters: sql<SupporterJson[]>`coalesce((
    select json_agg(json_build_object('actorId', v.actor_id, 'actorName', a.name, 'castByName', u.name, 'meetingId', v.meeting_id, 'createdAt', v.created_at)
      order by v.created_at, a.name)
    from idea_votes v join actors a on a.id = v.actor_id left join users u on u.id = v.cast_by_user_id
    where v.idea_id = ${IDEA_ID}), '[]'::json)`,
  activityId: sql<string | null>`(select ac.id from activities ac where ac.idea_id = ${IDEA_ID})`,
  commentCount: sql<number>`(select count(*)::int from idea_comments c where c.idea_id = ${IDEA_ID} and c.deleted_at is null)`,
};

interface SupporterJson {
  actorId: string;
  actorName: string;
  castByName: string | null;
  meetingId: string | null;
  /** The database's timestamp text, as JSON carries it. */
  createdAt: string;
}

type Row = IdeaRow & {
  actorName: string | null;
  proposedByName: string | null;
  goalIds: string[];
  supportCount: number;
  supporters: SupporterJson[];
  activityId: string | null;
  commentCount: number;
};

function toIdea(row: Row): Idea {
  const { initiativeId: _initiativeId, ...rest } = row;
  return {
    ...rest,
    status: row.status as IdeaStatus,
    supportCount: Number(row.supportCount),
    commentCount: Number(row.commentCount),
    supporters: row.supporters.map((s) => ({ ...s, createdAt: new Date(s.createdAt) })),
  };
}

const STATUS_ORDER = sql`case "ideas"."status" when 'proposed' then 0 when 'under_discussion' then 1 when 'accepted' then 2 else 3 end`;

function orderOf(sort: IdeaListQuery['sort']): SQL[] {
  const newest = [desc(ideas.createdAt), desc(ideas.id)];
  if (sort === 'newest') return newest;
  if (sort === 'status') return [asc(STATUS_ORDER), desc(supportCount), ...newest];
  return [desc(supportCount), ...newest];
}

/** The ideas of an initiative: most supported first (ties: newest), newest first, or by status then support. */
export async function listIdeas(db: DbOrTx, initiativeId: string, query: IdeaListQuery): Promise<Idea[]> {
  const conditions: (SQL | undefined)[] = [eq(ideas.initiativeId, initiativeId)];
  if (query.status) conditions.push(eq(ideas.status, query.status));
  if (query.open === 'true') conditions.push(inArray(ideas.status, [...OPEN_IDEA_STATUSES]));
  if (query.open === 'false') conditions.push(notInArray(ideas.status, [...OPEN_IDEA_STATUSES]));
  if (query.goalId) conditions.push(sql`exists (select 1 from idea_goals g where g.idea_id = ${IDEA_ID} and g.goal_id = ${query.goalId})`);
  const rows = await db
    .select(selection)
    .from(ideas)
    .where(and(...conditions))
    .orderBy(...orderOf(query.sort));
  return rows.map(toIdea);
}

export async function getIdea(db: DbOrTx, initiativeId: string, id: string): Promise<Idea | undefined> {
  const [row] = await db
    .select(selection)
    .from(ideas)
    .where(and(eq(ideas.initiativeId, initiativeId), eq(ideas.id, id)));
  return row ? toIdea(row) : undefined;
}

/** The idea with its decision history (oldest first) and the meetings that have it on their agenda. */
export async function getIdeaDetail(db: DbOrTx, initiativeId: string, id: string): Promise<IdeaDetail | undefined> {
  const idea = await getIdea(db, initiativeId, id);
  if (!idea) return undefined;
  const decisions = await db
    .select({
      id: ideaDecisions.id,
      fromStatus: ideaDecisions.fromStatus,
      toStatus: ideaDecisions.toStatus,
      reason: ideaDecisions.reason,
      userName: users.name,
      createdAt: ideaDecisions.createdAt,
    })
    .from(ideaDecisions)
    .leftJoin(users, eq(users.id, ideaDecisions.userId))
    .where(eq(ideaDecisions.ideaId, id))
    .orderBy(asc(ideaDecisions.createdAt), asc(ideaDecisions.id));
  const onAgenda = await db
    .selectDistinct({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .where(and(eq(meetings.initiativeId, initiativeId), eq(agendaItems.ideaId, id)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return {
    ...idea,
    decisions: decisions.map((d) => ({ ...d, fromStatus: d.fromStatus as IdeaStatus, toStatus: d.toStatus as IdeaStatus })),
    meetings: onAgenda,
  };
}

/** The idea's own row, locked for the rest of the transaction (`share`: votes, which may run side by side). */
export async function lockIdea(tx: DbOrTx, initiativeId: string, id: string, strength: 'update' | 'share' = 'update'): Promise<IdeaRow | undefined> {
  const [row] = await tx
    .select()
    .from(ideas)
    .where(and(eq(ideas.initiativeId, initiativeId), eq(ideas.id, id)))
    .for(strength);
  return row;
}

/** What the audit log keeps of an idea. */
export function ideaSnapshot(idea: Idea) {
  return {
    title: idea.title,
    description: idea.description,
    how: idea.how,
    when: idea.when,
    who: idea.who,
    goalIds: idea.goalIds,
    actorId: idea.actorId,
    proposedByUserId: idea.proposedByUserId,
    status: idea.status,
    decisionReason: idea.decisionReason,
    decidedAt: idea.decidedAt,
    activityId: idea.activityId,
  };
}
