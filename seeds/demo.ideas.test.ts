// The demo's ideas as a newcomer meets them: about a dozen per initiative in every state, support
// from several organisations, accepted ideas that became activities, declined ones with a reason,
// and open ones on the next partner meeting's agenda.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { IDEA_STATUSES } from '@ci/shared';
import { testApp } from '../server/test/helpers.js';
import type { Db } from '../server/src/db/client.js';
import {
  activities,
  activityGoals,
  actors,
  agendaItems,
  ideaComments,
  ideaDecisions,
  ideaGoals,
  ideas,
  ideaVotes,
  meetings,
  membershipActors,
  memberships,
  users,
} from '../server/src/db/schema/index.js';
import { DEMO_PASSWORD } from './demo.js';
import { demoInitiativeIds } from './demo-fixture.js';

let db: Db;
let app: Awaited<ReturnType<typeof testApp>>['app'];
/** Swedish first, Danish second. */
let ids: [string, string];

beforeAll(async () => {
  const t = await testApp();
  db = t.database.db;
  app = t.app;
  ids = await demoInitiativeIds(db);
});

const ideasOf = (initiativeId: string) => db.select().from(ideas).where(eq(ideas.initiativeId, initiativeId)).orderBy(asc(ideas.createdAt));

async function votesOf(initiativeId: string) {
  return db
    .select({ ideaId: ideaVotes.ideaId, actorId: ideaVotes.actorId, castBy: ideaVotes.castByUserId, meetingId: ideaVotes.meetingId, createdAt: ideaVotes.createdAt })
    .from(ideaVotes)
    .innerJoin(ideas, eq(ideas.id, ideaVotes.ideaId))
    .where(eq(ideas.initiativeId, initiativeId));
}

describe.each([0, 1])('the ideas of demo initiative %i', (i) => {
  it('are about a dozen, in every status, with goals, a proposing organisation and how/when/who, created over the last months', async () => {
    const rows = await ideasOf(ids[i]);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThanOrEqual(15);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(IDEA_STATUSES));
    expect(rows.filter((r) => r.status === 'proposed').length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.actorId).not.toBeNull();
      expect([r.description, r.how, r.when, r.who].every((t) => t.trim().length > 3), r.title).toBe(true);
      expect(r.createdAt.getTime()).toBeLessThan(Date.now());
    }
    const days = rows.map((r) => (Date.now() - r.createdAt.getTime()) / 86_400_000);
    expect(Math.min(...days)).toBeLessThan(20);
    expect(Math.max(...days)).toBeGreaterThan(180);
    const goals = await db.select().from(ideaGoals).where(inArray(ideaGoals.ideaId, rows.map((r) => r.id)));
    expect(new Set(goals.map((g) => g.ideaId)).size).toBe(rows.length);
  });

  it('are supported by several organisations on some, none on others, never by the proposer, only by members at the time', async () => {
    const rows = await ideasOf(ids[i]);
    const votes = await votesOf(ids[i]);
    const count = (ideaId: string) => votes.filter((v) => v.ideaId === ideaId).length;
    expect(rows.filter((r) => count(r.id) > 1).length).toBeGreaterThanOrEqual(6);
    expect(rows.some((r) => r.status === 'proposed' && count(r.id) === 0)).toBe(true);
    expect(Math.max(...rows.map((r) => count(r.id)))).toBeGreaterThanOrEqual(5);
    // One vote per organisation and idea.
    expect(new Set(votes.map((v) => `${v.ideaId}|${v.actorId}`)).size).toBe(votes.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const orgs = new Map((await db.select().from(actors).where(eq(actors.initiativeId, ids[i]))).map((a) => [a.id, a]));
    for (const v of votes) {
      const idea = byId.get(v.ideaId)!;
      expect(v.castBy).not.toBeNull();
      expect(v.actorId).not.toBe(idea.actorId);
      expect(v.createdAt.getTime()).toBeGreaterThan(idea.createdAt.getTime());
      if (idea.decidedAt) expect(v.createdAt.getTime()).toBeLessThan(idea.decidedAt.getTime());
      const org = orgs.get(v.actorId)!;
      const day = v.createdAt.toISOString().slice(0, 10);
      expect(org.joinedOn! <= day && (org.leftOn === null || org.leftOn >= day), `${org.name} on ${day}`).toBe(true);
    }
  });

  it('have some votes recorded by the backbone at a held meeting of the same initiative', async () => {
    const atMeetings = (await votesOf(ids[i])).filter((v) => v.meetingId !== null);
    expect(atMeetings.length).toBeGreaterThanOrEqual(3);
    const [backbone] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'backbone@demo.test'));
    expect(atMeetings.every((v) => v.castBy === backbone.id)).toBe(true);
    const held = await db
      .select()
      .from(meetings)
      .where(and(inArray(meetings.id, [...new Set(atMeetings.map((v) => v.meetingId!))]), eq(meetings.initiativeId, ids[i])));
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((m) => m.status === 'held')).toBe(true);
    expect(new Set(atMeetings.map((v) => v.meetingId)).size).toBe(held.length);
  });

  it('turned accepted ideas into planned or ongoing activities led by the proposer, with the idea\'s goals, after the decision', async () => {
    const accepted = (await ideasOf(ids[i])).filter((r) => r.status === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(2);
    expect(accepted.length).toBeLessThanOrEqual(3);
    for (const idea of accepted) {
      const [activity] = await db.select().from(activities).where(eq(activities.ideaId, idea.id));
      expect(activity, idea.title).toBeDefined();
      expect(activity.initiativeId).toBe(ids[i]);
      expect(activity.leadActorId).toBe(idea.actorId);
      expect(['planned', 'ongoing']).toContain(activity.status);
      expect(activity.startDate! >= idea.decidedAt!.toISOString().slice(0, 10)).toBe(true);
      const goalsOf = async (rows: Promise<{ goalId: string }[]>) => (await rows).map((g) => g.goalId).sort();
      expect(await goalsOf(db.select().from(activityGoals).where(eq(activityGoals.activityId, activity.id)))).toEqual(
        await goalsOf(db.select().from(ideaGoals).where(eq(ideaGoals.ideaId, idea.id))),
      );
    }
    const linked = await db.select().from(activities).where(and(eq(activities.initiativeId, ids[i]), isNotNull(activities.ideaId)));
    expect(linked).toHaveLength(accepted.length);
  });

  it('carry a decision history: accepted ones went proposed → under discussion → accepted; declined ones say why', async () => {
    const rows = await ideasOf(ids[i]);
    const history = async (ideaId: string) =>
      db.select().from(ideaDecisions).where(eq(ideaDecisions.ideaId, ideaId)).orderBy(asc(ideaDecisions.createdAt));
    for (const idea of rows) {
      const steps = await history(idea.id);
      const path = steps.map((s) => `${s.fromStatus}>${s.toStatus}`);
      if (idea.status === 'proposed') expect(path).toEqual([]);
      if (idea.status === 'under_discussion') expect(path).toEqual(['proposed>under_discussion']);
      if (idea.status === 'accepted') {
        expect(path).toEqual(['proposed>under_discussion', 'under_discussion>accepted']);
        expect(idea.decidedAt).toEqual(steps[1].createdAt);
      }
      if (idea.status === 'declined') {
        expect(path[path.length - 1]).toMatch(/>declined$/);
        expect(idea.decisionReason!.length).toBeGreaterThan(40);
        expect(steps[steps.length - 1].reason).toBe(idea.decisionReason);
        expect(idea.decidedAt).toEqual(steps[steps.length - 1].createdAt);
      }
      if (idea.status === 'proposed' || idea.status === 'under_discussion') expect(idea.decidedAt).toBeNull();
    }
  });

  it('have a discussion on some, and open ones on the agenda of the next partner meeting', async () => {
    const rows = await ideasOf(ids[i]);
    const comments = await db.select().from(ideaComments).where(eq(ideaComments.initiativeId, ids[i]));
    expect(new Set(comments.map((c) => c.ideaId)).size).toBeGreaterThanOrEqual(3);
    expect(comments.every((c) => c.authorId !== null && c.text.length > 20)).toBe(true);

    const items = await db
      .select({ ideaId: agendaItems.ideaId, title: agendaItems.title, startsAt: meetings.startsAt, kind: meetings.kind, status: meetings.status })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(eq(meetings.initiativeId, ids[i]), isNotNull(agendaItems.ideaId)));
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.length).toBeLessThanOrEqual(2);
    for (const item of items) {
      const idea = rows.find((r) => r.id === item.ideaId)!;
      expect(['proposed', 'under_discussion']).toContain(idea.status);
      expect(item.title).toContain(idea.title);
      expect(item).toMatchObject({ kind: 'partner_meeting', status: 'planned' });
      expect(item.startsAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("counts the open ideas on the overview", async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'steering@demo.test', password: DEMO_PASSWORD } });
    const res = await app.inject({ method: 'GET', url: `/api/v1/initiatives/${ids[i]}/overview`, headers: { authorization: `Bearer ${login.json().token}` } });
    expect(res.statusCode).toBe(200);
    const open = (await ideasOf(ids[i])).filter((r) => r.status === 'proposed' || r.status === 'under_discussion');
    expect(open.length).toBeGreaterThanOrEqual(6);
    expect(res.json().openIdeas).toBe(open.length);
  });
});

describe('the demo partner and its ideas', () => {
  it("has proposed ideas for its own organisation, one of them declined, and voted for its organisation", async () => {
    const [partner] = await db
      .select({ userId: users.id, actorId: membershipActors.actorId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .innerJoin(membershipActors, eq(membershipActors.membershipId, memberships.id))
      .where(and(eq(users.email, 'partner@demo.test'), eq(memberships.initiativeId, ids[0])));
    const own = await db.select().from(ideas).where(eq(ideas.proposedByUserId, partner.userId));
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.every((r) => r.actorId === partner.actorId && r.initiativeId === ids[0])).toBe(true);
    expect(own.some((r) => r.status === 'declined')).toBe(true);
    const cast = await db.select().from(ideaVotes).where(eq(ideaVotes.castByUserId, partner.userId));
    expect(cast.length).toBeGreaterThan(0);
    expect(cast.every((v) => v.actorId === partner.actorId && v.meetingId === null)).toBe(true);
    // The Danish demo has ideas of the same kind of organisation, proposed without the partner.
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(ideas)
      .innerJoin(actors, eq(actors.id, ideas.actorId))
      .where(and(eq(ideas.initiativeId, ids[1]), eq(actors.name, 'Lektiecafé Nordhøj')));
    expect(n).toBeGreaterThanOrEqual(2);
  });
});
