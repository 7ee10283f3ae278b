// The story of ideas end to end: a partner proposes for its own organisation, another organisation
// supports it (two of its people, one vote), the steering group accepts one idea (it becomes an
// activity) and declines another (the proposers are told why), and everything is in the audit log.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ideaVotes } from '../src/db/schema/index.js';
import { createFixture } from './helpers.js';
import { createIdeaFixture, sqlState, type IdeaFixture, type IdeaJson, type Who } from './idea-fixtures.js';

let f: IdeaFixture;
let summerJobs: IdeaJson;
let homework: IdeaJson;
let meetingId: string;

const vote = (who: Who, ideaId: string, actorId: string, payload?: unknown) => f.call(who, 'PUT', `/ideas/${ideaId}/votes/${actorId}`, payload);
const unvote = (who: Who, ideaId: string, actorId: string) => f.call(who, 'DELETE', `/ideas/${ideaId}/votes/${actorId}`);
const decide = (who: Who, ideaId: string, payload: unknown) => f.call(who, 'POST', `/ideas/${ideaId}/decision`, payload);
const notificationsOf = async (who: Who) =>
  (await f.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: f.headers(who) })).json().items as {
    kind: string;
    params: Record<string, unknown>;
    link: string;
  }[];
const auditOf = async (entityType: string, entityId: string) => {
  const res = await f.call('admin', 'GET', `/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { action: string; before: unknown; after: unknown; reason: string | null }[]).reverse();
};

beforeAll(async () => {
  f = await createIdeaFixture();
  const meeting = await f.call('backbone', 'POST', '/meetings', {
    title: 'Partner meeting', kind: 'partner_meeting', startsAt: '2025-05-06T14:00:00Z', endsAt: '2025-05-06T16:00:00Z',
  });
  meetingId = meeting.json().id;
});

describe('ideas: proposing and supporting', () => {
  it('lets a partner propose for its own organisation, not for another', async () => {
    const [a, b] = f.actorIds;
    const res = await f.call('partner', 'POST', '/ideas', {
      title: '  Summer jobs fair  ', description: 'Employers meet young people', how: 'Stalls in the square', who: 'Youth centre', actorId: a, goalIds: [f.goalIds[1]],
    });
    expect(res.statusCode).toBe(201);
    summerJobs = res.json();
    expect(summerJobs).toMatchObject({
      title: 'Summer jobs fair', status: 'proposed', actorId: a, actorName: 'Actor A', proposedByUserId: f.users.partner.id, proposedByName: 'partner user',
      goalIds: [f.goalIds[1]], supportCount: 0, supporters: [], decisionReason: null, decidedAt: null, activityId: null, commentCount: 0, when: '',
    });
    const foreign = await f.call('partner', 'POST', '/ideas', { title: 'Not ours to propose', actorId: b });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toMatch(/organisation you are linked to/);
    homework = await f.propose('partner', { title: 'Homework club', actorId: a });
  });

  it('counts the support of an organisation once, however many of its people give it', async () => {
    const b = f.actorIds[1];
    expect((await vote('b1', summerJobs.id, b)).statusCode).toBe(200);
    const second = await vote('b2', summerJobs.id, b);
    expect(second.statusCode).toBe(200);
    expect(second.json().supportCount).toBe(1);
    expect(second.json().supporters).toEqual([
      { actorId: b, actorName: 'Actor B', castByName: 'Actor B user 1', meetingId: null, createdAt: expect.any(String) },
    ]);
    // A partner speaks only for its own organisation.
    expect((await vote('partner', summerJobs.id, b)).statusCode).toBe(403);
    expect((await unvote('partner', summerJobs.id, b)).statusCode).toBe(403);
    expect((await vote('steering', summerJobs.id, b)).statusCode).toBe(403);
  });

  it('keeps one row when two people of one organisation vote at the same moment; the database refuses a second', async () => {
    const b = f.actorIds[1];
    const [one, two] = await Promise.all([vote('b1', homework.id, b), vote('b2', homework.id, b)]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    const rows = await f.db.select().from(ideaVotes).where(eq(ideaVotes.ideaId, homework.id));
    expect(rows).toHaveLength(1);
    expect((await f.call('steering', 'GET', `/ideas/${homework.id}`)).json().supportCount).toBe(1);
    const duplicate = await f.db.insert(ideaVotes).values({ ideaId: homework.id, actorId: b }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(sqlState(duplicate)).toBe('23505');
    // Only the vote that was written is in the audit log.
    expect((await auditOf('idea_vote', homework.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('withdraws support; withdrawing again changes nothing', async () => {
    const b = f.actorIds[1];
    const res = await unvote('b2', homework.id, b);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ supportCount: 0, supporters: [] });
    expect((await unvote('b2', homework.id, b)).json().supportCount).toBe(0);
    expect((await vote('b1', homework.id, b)).json().supportCount).toBe(1);
    expect(await f.db.select().from(ideaVotes).where(and(eq(ideaVotes.ideaId, homework.id), eq(ideaVotes.actorId, b)))).toHaveLength(1);
  });

  it('lets the backbone record the vote an organisation gave at a meeting of the initiative', async () => {
    const a = f.actorIds[0];
    const other = await createFixture('Elsewhere');
    const theirs = await other.app.inject({
      method: 'POST', url: other.url('/meetings'), headers: other.auth('backbone'),
      payload: { title: 'Theirs', kind: 'workshop', startsAt: '2025-05-06T14:00:00Z', endsAt: '2025-05-06T15:00:00Z' },
    });
    const foreign = await vote('backbone', summerJobs.id, a, { meetingId: theirs.json().id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details).toEqual([{ field: 'body.meetingId', message: expect.any(String) }]);
    expect((await vote('backbone', summerJobs.id, other.actorIds[0])).statusCode).toBe(404);
    const res = await vote('backbone', summerJobs.id, a, { meetingId });
    expect(res.statusCode).toBe(200);
    expect(res.json().supporters.map((s: { actorId: string; meetingId: string | null }) => [s.actorId, s.meetingId])).toEqual([
      [f.actorIds[1], null],
      [a, meetingId],
    ]);
  });
});

describe('ideas: decisions', () => {
  it('keeps deciding to admin, backbone and steering; non-members see nothing', async () => {
    expect((await decide('partner', summerJobs.id, { status: 'accepted' })).statusCode).toBe(403);
    expect((await decide('b1', summerJobs.id, { status: 'under_discussion' })).statusCode).toBe(403);
    for (const path of ['/ideas', `/ideas/${summerJobs.id}`, `/ideas/${summerJobs.id}/comments`]) {
      expect((await f.call('outsider', 'GET', path)).statusCode).toBe(404);
    }
    expect((await decide('outsider', summerJobs.id, { status: 'accepted' })).statusCode).toBe(404);
    expect((await vote('outsider', summerJobs.id, f.actorIds[0])).statusCode).toBe(404);
  });

  it('accepting makes the activity: lead, goals, how/when/who and supporters carried over, linked both ways', async () => {
    const res = await decide('steering', summerJobs.id, { status: 'accepted', reason: 'Fits the work goal', activity: { when: 'June 2025', startDate: '2025-06-01', endDate: '2025-06-30' } });
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({ status: 'accepted', decisionReason: 'Fits the work goal', activityId: expect.any(String) });
    expect(detail.decisions).toEqual([
      { id: expect.any(String), fromStatus: 'proposed', toStatus: 'accepted', reason: 'Fits the work goal', userName: 'steering user', createdAt: expect.any(String) },
    ]);
    const activity = (await f.call('partner', 'GET', `/activities/${detail.activityId}`)).json();
    expect(activity).toMatchObject({
      ideaId: summerJobs.id, title: 'Summer jobs fair', description: 'Employers meet young people', leadActorId: f.actorIds[0],
      participantActorIds: [f.actorIds[1]], goalIds: [f.goalIds[1]], how: 'Stalls in the square', when: 'June 2025', who: 'Youth centre',
      status: 'planned', startDate: '2025-06-01', endDate: '2025-06-30',
    });
  });

  it('treats accepted as final: no other decision, vote, change or removal', async () => {
    const b = f.actorIds[1];
    for (const status of ['declined', 'under_discussion', 'accepted']) {
      expect((await decide('backbone', summerJobs.id, { status, reason: 'Changed our minds' })).statusCode).toBe(409);
    }
    expect((await vote('b1', summerJobs.id, b)).statusCode).toBe(409);
    expect((await unvote('b1', summerJobs.id, b)).statusCode).toBe(409);
    expect((await f.call('partner', 'PATCH', `/ideas/${summerJobs.id}`, { title: 'Winter jobs fair' })).statusCode).toBe(409);
    expect((await f.call('admin', 'DELETE', `/ideas/${summerJobs.id}`)).statusCode).toBe(409);
    expect((await f.call('partner', 'GET', `/ideas/${summerJobs.id}`)).json().supportCount).toBe(2);
  });

  it('declines only with a reason, which the proposers and supporters are told and every member sees', async () => {
    const missing = await decide('steering', homework.id, { status: 'declined' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.reason']);
    expect((await decide('steering', homework.id, { status: 'declined', reason: '   ' })).statusCode).toBe(400);
    const res = await decide('steering', homework.id, { status: 'declined', reason: 'The library already runs one' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', decisionReason: 'The library already runs one', activityId: null });

    const told = { kind: 'idea_decided', params: { title: 'Homework club', status: 'declined', reason: 'The library already runs one' }, link: `/i/${f.initiativeId}/ideas/${homework.id}` };
    for (const who of ['partner', 'b1', 'b2'] as const) {
      expect((await notificationsOf(who)).filter((n) => n.kind === 'idea_decided' && n.link === told.link)).toEqual([expect.objectContaining(told)]);
    }
    for (const who of ['steering', 'admin'] as const) {
      expect((await notificationsOf(who)).filter((n) => n.link === told.link)).toEqual([]);
    }
    const seen = (await f.call('b1', 'GET', `/ideas/${homework.id}`)).json();
    expect(seen).toMatchObject({ status: 'declined', decisionReason: 'The library already runs one', proposedByName: 'partner user' });
    expect(seen.decisions.map((d: { toStatus: string; reason: string }) => [d.toStatus, d.reason])).toEqual([['declined', 'The library already runs one']]);
    expect((await vote('b2', homework.id, f.actorIds[1])).statusCode).toBe(409);
    expect((await unvote('b1', homework.id, f.actorIds[1])).statusCode).toBe(409);
  });

  it('reopens a declined idea for discussion, and no further', async () => {
    expect((await decide('backbone', homework.id, { status: 'accepted' })).statusCode).toBe(409);
    const reopened = await decide('backbone', homework.id, { status: 'under_discussion', reason: 'The library stopped it' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'under_discussion', decisionReason: null, decidedAt: null });
    expect(reopened.json().decisions.map((d: { fromStatus: string; toStatus: string }) => `${d.fromStatus}>${d.toStatus}`)).toEqual([
      'proposed>declined',
      'declined>under_discussion',
    ]);
    expect((await decide('backbone', homework.id, { status: 'under_discussion' })).statusCode).toBe(409);
    const told = (await notificationsOf('partner')).filter((n) => n.link.endsWith(homework.id));
    expect(told.map((n) => n.params.status)).toEqual(['under_discussion', 'declined']);
  });

  it('records every vote and every decision in the audit log', async () => {
    const votes = await auditOf('idea_vote', homework.id);
    const b = f.actorIds[1];
    // The first vote is whichever of the two cast at the same moment was written (either may win).
    const first = (votes[0]?.after as { castBy?: string } | null)?.castBy;
    expect([f.b.b1.id, f.b.b2.id]).toContain(first);
    expect(votes.map((e) => [e.action, e.after ?? e.before])).toEqual([
      ['create', { actorId: b, actorName: 'Actor B', castBy: first, meetingId: null }],
      ['delete', { actorId: b, actorName: 'Actor B', castBy: first, meetingId: null }],
      ['create', { actorId: b, actorName: 'Actor B', castBy: f.b.b1.id, meetingId: null }],
    ]);
    const recorded = (await auditOf('idea_vote', summerJobs.id)).at(-1);
    expect(recorded?.after).toEqual({ actorId: f.actorIds[0], actorName: 'Actor A', castBy: f.users.backbone.id, meetingId });
    const decisions = await auditOf('idea', homework.id);
    expect(decisions.map((e) => [e.action, (e.before as { status?: string } | null)?.status ?? null, (e.after as { status: string }).status, e.reason])).toEqual([
      ['create', null, 'proposed', null],
      ['update', 'proposed', 'declined', 'The library already runs one'],
      ['update', 'declined', 'under_discussion', 'The library stopped it'],
    ]);
    expect((decisions[1].after as { decisionReason: string }).decisionReason).toBe('The library already runs one');
    const accepted = await auditOf('idea', summerJobs.id);
    expect(accepted.at(-1)?.after).toMatchObject({ status: 'accepted', decisionReason: 'Fits the work goal', activityId: expect.any(String) });
  });
});
