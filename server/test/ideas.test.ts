// Ideas besides the main story: the list's orders and filters, who may change or remove an idea
// and when, the discussion, bad input, and the overview's count of open ideas.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFixture } from './helpers.js';
import { createIdeaFixture, type IdeaFixture, type IdeaJson } from './idea-fixtures.js';

const fields = (res: { json(): { error: { details?: { field: string }[] } } }) => (res.json().error.details ?? []).map((d) => d.field);

async function titles(f: IdeaFixture, query: string): Promise<string[]> {
  const res = await f.call('partner', 'GET', `/ideas${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: IdeaJson) => i.title);
}

describe('the list of ideas', () => {
  it('sorts by support, newest or status, and filters by status, openness and goal', async () => {
    const f = await createIdeaFixture();
    const [a, b] = f.actorIds;
    const [education, work] = f.goalIds;
    const reading = await f.propose('partner', { title: 'Reading buddies', actorId: a, goalIds: [education] });
    const shadowing = await f.propose('partner', { title: 'Job shadowing', actorId: a, goalIds: [work] });
    const football = await f.propose('b1', { title: 'Night football', actorId: b, goalIds: [education, work] });
    const cafe = await f.propose('admin', { title: 'Town-hall cafe', actorId: b });
    const library = await f.propose('backbone', { title: 'Library hours', actorId: a });
    const support = async (ideaId: string, actorId: string) => {
      expect((await f.call('backbone', 'PUT', `/ideas/${ideaId}/votes/${actorId}`)).statusCode).toBe(200);
    };
    await support(reading.id, b);
    await support(shadowing.id, a);
    await support(shadowing.id, b);
    await support(cafe.id, a);
    await support(library.id, b);
    const decide = (id: string, body: object) => f.call('steering', 'POST', `/ideas/${id}/decision`, body);
    expect((await decide(shadowing.id, { status: 'under_discussion' })).statusCode).toBe(200);
    expect((await decide(cafe.id, { status: 'declined', reason: 'No room' })).statusCode).toBe(200);
    expect((await decide(library.id, { status: 'accepted' })).statusCode).toBe(200);

    // Support: most organisations first, ties newest first.
    expect(await titles(f, '')).toEqual(['Job shadowing', 'Library hours', 'Town-hall cafe', 'Reading buddies', 'Night football']);
    expect(await titles(f, '?sort=support')).toEqual(await titles(f, ''));
    expect(await titles(f, '?sort=newest')).toEqual(['Library hours', 'Town-hall cafe', 'Night football', 'Job shadowing', 'Reading buddies']);
    expect(await titles(f, '?sort=status')).toEqual(['Reading buddies', 'Night football', 'Job shadowing', 'Library hours', 'Town-hall cafe']);
    expect(await titles(f, '?open=true')).toEqual(['Job shadowing', 'Reading buddies', 'Night football']);
    expect(await titles(f, '?open=false&sort=newest')).toEqual(['Library hours', 'Town-hall cafe']);
    expect(await titles(f, '?status=declined')).toEqual(['Town-hall cafe']);
    expect(await titles(f, `?goalId=${education}`)).toEqual(['Reading buddies', 'Night football']);
    expect(await titles(f, `?goalId=${work}&sort=newest`)).toEqual(['Night football', 'Job shadowing']);
    expect(await titles(f, `?goalId=${randomUUID()}`)).toEqual([]);

    const listed = (await f.call('b2', 'GET', '/ideas?status=declined')).json().items[0];
    expect(listed).toMatchObject({ id: cafe.id, decisionReason: 'No room', supportCount: 1, supporters: [expect.objectContaining({ actorId: a, actorName: 'Actor A' })] });
    expect(listed).not.toHaveProperty('decisions');
    const accepted = (await f.call('partner', 'GET', '/ideas?status=accepted')).json().items[0];
    expect(accepted.activityId).toEqual(expect.any(String));

    const bad = await f.call('partner', 'GET', '/ideas?sort=popular&status=maybe&open=yes&goalId=x');
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual(['querystring.goalId', 'querystring.open', 'querystring.sort', 'querystring.status']);
    expect((await f.call('outsider', 'GET', '/ideas')).statusCode).toBe(404);
  });
});

describe('changing and removing an idea', () => {
  it('lets the proposing side and the backbone change an idea while it waits for a decision', async () => {
    const f = await createIdeaFixture();
    const [a, b] = f.actorIds;
    const idea = await f.propose('partner', { title: 'Reading buddies', actorId: a, goalIds: [f.goalIds[0]] });
    const path = `/ideas/${idea.id}`;
    const own = await f.call('partner', 'PATCH', path, { description: 'Older pupils read with younger ones', when: 'Spring term' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ title: 'Reading buddies', description: 'Older pupils read with younger ones', when: 'Spring term', goalIds: [f.goalIds[0]] });
    expect((await f.call('b1', 'PATCH', path, { title: 'Ours now' })).statusCode).toBe(403);
    expect((await f.call('steering', 'PATCH', path, { title: 'Ours now' })).statusCode).toBe(403);
    const regoaled = await f.call('backbone', 'PATCH', path, { goalIds: [f.goalIds[1], f.goalIds[1]] });
    expect(regoaled.json().goalIds).toEqual([f.goalIds[1]]);

    // The user who proposed for an organisation keeps the right, as do that organisation's users.
    const forB = await f.propose('admin', { title: 'Town-hall cafe', actorId: b });
    expect((await f.call('b2', 'PATCH', `/ideas/${forB.id}`, { who: 'Volunteers' })).json().who).toBe('Volunteers');

    const unknownGoal = await f.call('partner', 'PATCH', path, { goalIds: [randomUUID()] });
    expect(unknownGoal.statusCode).toBe(422);
    expect(fields(unknownGoal)).toEqual(['body.goalIds']);
    expect(fields(await f.call('partner', 'PATCH', path, { title: '   ' }))).toEqual(['body.title']);
    expect((await f.call('partner', 'PATCH', `/ideas/${randomUUID()}`, { title: 'x' })).statusCode).toBe(404);

    await f.call('steering', 'POST', `${path}/decision`, { status: 'declined', reason: 'Done elsewhere' });
    expect((await f.call('partner', 'PATCH', path, { title: 'Try again' })).statusCode).toBe(409);
    expect((await f.call('partner', 'GET', path)).json().title).toBe('Reading buddies');
    const audit = (await f.call('admin', 'GET', `/audit?entityType=idea&entityId=${idea.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'update', 'create']);
  });

  it('lets the proposer remove its idea only while nobody else has weighed it; the backbone until it is accepted', async () => {
    const f = await createIdeaFixture();
    const [a, b] = f.actorIds;
    const remove = (who: Parameters<IdeaFixture['call']>[0], id: string) => f.call(who, 'DELETE', `/ideas/${id}`);
    const vote = (id: string, actorId: string) => f.call('backbone', 'PUT', `/ideas/${id}/votes/${actorId}`);

    const selfSupported = await f.propose('partner', { title: 'Only we like it', actorId: a });
    await vote(selfSupported.id, a);
    expect((await remove('b1', selfSupported.id)).statusCode).toBe(403);
    expect((await remove('steering', selfSupported.id)).statusCode).toBe(403);
    expect((await remove('partner', selfSupported.id)).statusCode).toBe(204);
    expect((await f.call('partner', 'GET', `/ideas/${selfSupported.id}`)).statusCode).toBe(404);

    const supported = await f.propose('partner', { title: 'Others like it', actorId: a });
    await vote(supported.id, b);
    const refused = await remove('partner', supported.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/Other organisations support/);

    const discussed = await f.propose('partner', { title: 'Being discussed', actorId: a });
    await f.call('steering', 'POST', `/ideas/${discussed.id}/decision`, { status: 'under_discussion' });
    expect((await remove('partner', discussed.id)).statusCode).toBe(409);

    expect((await remove('backbone', supported.id)).statusCode).toBe(204);
    expect((await remove('admin', discussed.id)).statusCode).toBe(204);
    expect((await remove('admin', discussed.id)).statusCode).toBe(404);
    expect(await titles(f, '')).toEqual([]);
    const audit = (await f.call('admin', 'GET', `/audit?entityType=idea&entityId=${supported.id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'delete', after: null, before: expect.objectContaining({ title: 'Others like it', status: 'proposed' }) });
  });
});

describe('the discussion on an idea', () => {
  it('is open to every member, oldest first; the author edits, the author or backbone deletes, and the place stays', async () => {
    const f = await createIdeaFixture();
    const idea = await f.propose('partner', { title: 'Reading buddies', actorId: f.actorIds[0] });
    const thread = `/ideas/${idea.id}/comments`;
    const first = await f.call('b1', 'POST', thread, { text: '  We could host it on Tuesdays.  ' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ ideaId: idea.id, authorId: f.b.b1.id, authorName: 'Actor B user 1', text: 'We could host it on Tuesdays.', editedAt: null, deletedAt: null });
    expect((await f.call('steering', 'POST', thread, { text: 'Good idea' })).statusCode).toBe(201);
    expect((await f.call('partner', 'POST', thread, { text: 'Tuesdays work for us' })).statusCode).toBe(201);
    const c = first.json().id;

    const edited = await f.call('b1', 'PATCH', `${thread}/${c}`, { text: 'We could host it on Wednesdays.' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().editedAt).toEqual(expect.any(String));
    expect((await f.call('backbone', 'PATCH', `${thread}/${c}`, { text: 'Rewritten' })).statusCode).toBe(403);
    expect((await f.call('partner', 'DELETE', `${thread}/${c}`)).statusCode).toBe(403);
    expect((await f.call('backbone', 'DELETE', `${thread}/${c}`)).statusCode).toBe(204);
    expect((await f.call('backbone', 'DELETE', `${thread}/${c}`)).statusCode).toBe(204);
    expect((await f.call('b1', 'PATCH', `${thread}/${c}`, { text: 'Back' })).statusCode).toBe(409);

    const list = await f.call('b2', 'GET', thread);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { text: string | null; deletedAt: string | null }) => [x.text, x.deletedAt !== null])).toEqual([
      [null, true],
      ['Good idea', false],
      ['Tuesdays work for us', false],
    ]);
    expect((await f.call('partner', 'GET', `/ideas/${idea.id}`)).json().commentCount).toBe(2);

    expect(fields(await f.call('partner', 'POST', thread, { text: '   ' }))).toEqual(['body.text']);
    const other = await f.propose('partner', { title: 'Other idea', actorId: f.actorIds[0] });
    expect((await f.call('b1', 'PATCH', `/ideas/${other.id}/comments/${c}`, { text: 'x' })).statusCode).toBe(404);
    expect((await f.call('partner', 'GET', `/ideas/${randomUUID()}/comments`)).statusCode).toBe(404);
    expect((await f.call('partner', 'POST', `/ideas/${randomUUID()}/comments`, { text: 'Hello' })).statusCode).toBe(404);
    expect((await f.call('outsider', 'POST', thread, { text: 'Hello' })).statusCode).toBe(404);
    const audit = (await f.call('admin', 'GET', '/audit?entityType=idea_comment')).json().items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'create', 'create', 'delete', 'update']);
  });
});

describe('bad input', () => {
  it('answers unknown references with 422, malformed fields with 400 and unknown ideas with 404', async () => {
    const f = await createIdeaFixture();
    const other = await createFixture('Elsewhere');
    const unknownGoal = await f.call('partner', 'POST', '/ideas', { title: 'Reading buddies', actorId: f.actorIds[0], goalIds: [f.goalIds[0], randomUUID()] });
    expect(unknownGoal.statusCode).toBe(422);
    expect(fields(unknownGoal)).toEqual(['body.goalIds']);
    const foreignActor = await f.call('admin', 'POST', '/ideas', { title: 'Reading buddies', actorId: other.actorIds[0] });
    expect(foreignActor.statusCode).toBe(422);
    expect(fields(foreignActor)).toEqual(['body.actorId']);
    // A partner's right is checked first: another initiative's organisation is simply not its own.
    expect((await f.call('partner', 'POST', '/ideas', { title: 'Reading buddies', actorId: other.actorIds[0] })).statusCode).toBe(403);
    const empty = await f.call('partner', 'POST', '/ideas', { title: '  ', actorId: f.actorIds[0] });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty)).toEqual(['body.title']);
    expect(fields(await f.call('partner', 'POST', '/ideas', { title: 'No organisation' }))).toEqual(['body.actorId']);

    const idea = await f.propose('partner', { title: 'Reading buddies', actorId: f.actorIds[0] });
    const early = await f.call('steering', 'POST', `/ideas/${idea.id}/decision`, { status: 'under_discussion', activity: { when: 'Soon' } });
    expect(early.statusCode).toBe(400);
    expect(fields(early)).toEqual(['body.activity']);
    const backwards = await f.call('steering', 'POST', `/ideas/${idea.id}/decision`, { status: 'accepted', activity: { startDate: '2025-06-30', endDate: '2025-06-01' } });
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toEqual(['body.activity.endDate']);
    expect(fields(await f.call('steering', 'POST', `/ideas/${idea.id}/decision`, { status: 'approved' }))).toEqual(['body.status']);
    expect((await f.call('partner', 'GET', `/ideas/${idea.id}`)).json().status).toBe('proposed');

    for (const [method, path] of [
      ['GET', `/ideas/${randomUUID()}`],
      ['DELETE', `/ideas/${randomUUID()}`],
      ['PUT', `/ideas/${randomUUID()}/votes/${f.actorIds[0]}`],
      ['POST', `/ideas/${randomUUID()}/decision`],
    ] as const) {
      const res = await f.call('admin', method, path, method === 'POST' ? { status: 'accepted' } : undefined);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    expect((await f.call('admin', 'GET', '/ideas/not-an-id')).statusCode).toBe(400);
  });
});

describe('open ideas on the overview', () => {
  it('counts ideas waiting for a decision, and a new or decided idea shows at once', async () => {
    const f = await createIdeaFixture();
    const openIdeas = async () => (await f.call('partner', 'GET', '/overview')).json().openIdeas;
    expect(await openIdeas()).toBe(0);
    const idea = await f.propose('partner', { title: 'Reading buddies', actorId: f.actorIds[0] });
    expect(await openIdeas()).toBe(1);
    await f.call('steering', 'POST', `/ideas/${idea.id}/decision`, { status: 'declined', reason: 'Not now' });
    expect(await openIdeas()).toBe(0);
  });
});
