// The overview cache: ETag and 304, one answer for every role (the overview shows nothing per
// member), a new answer after every kind of write to what it shows, after midnight and once a
// listed meeting has begun, and no answer for a caller who may not have it, however warm the cache.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { addPeriods, overviewResponse, periodEnd, periodOfDate, type OverviewResponse } from '@ci/shared';
import { ideas, meetings } from '../src/db/schema/index.js';
import { overviewValidUntil } from '../src/modules/overview/overview.routes.js';
import { createFixture, signIn, testApp, waitForVersionChange, type Fixture } from './helpers.js';
import { addIndicator, addMeasurements } from './series-fixtures.js';

const DAY = 86_400_000;

interface OverviewFixture extends Fixture {
  indicatorId: string;
}

/** A quarterly summed indicator with values of both actors in 2025-Q1 (10 + 5) and a goal. */
async function overviewFixture(): Promise<OverviewFixture> {
  const f = await createFixture('Overview cache');
  const goal = await f.app.inject({ method: 'POST', url: f.url('/goals'), headers: f.auth('backbone'), payload: { title: 'Work' } });
  expect(goal.statusCode).toBe(201);
  const indicatorId = await addIndicator(f, {
    code: 'C1', name: 'Young people in work', goalId: goal.json().id, frequency: 'quarter', actorAggregation: 'sum', timeAggregation: 'sum',
    reportingFrom: '2025-01-01',
  });
  await addMeasurements(f, indicatorId, [
    { actorId: f.actorIds[0], period: '2025-Q1', value: 10 },
    { actorId: f.actorIds[1], period: '2025-Q1', value: 5 },
  ]);
  return { ...f, indicatorId };
}

function get(f: Fixture, role: Parameters<Fixture['auth']>[0] = 'steering', headers: Record<string, string> = {}) {
  return f.app.inject({ method: 'GET', url: f.url('/overview'), headers: { ...f.auth(role), ...headers } });
}

const indicatorOf = (body: OverviewResponse) => body.goals.flatMap((g) => g.indicators)[0];
const point = (body: OverviewResponse, period: string) => indicatorOf(body).sparkline.find((p) => p.period === period);

/**
 * A write straight to the database (as another instance or a command makes it), then the wait until
 * the app has learnt of it: notifications reach a PostgreSQL listener a moment after the commit.
 */
async function writeDirectly(f: Fixture, write: () => Promise<unknown>) {
  const before = await f.app.dataVersions.current(f.initiativeId);
  await write();
  await waitForVersionChange(f.app, f.initiativeId, before);
}


/**
 * The overview is cached (a repeat with its ETag is 304), the write goes through, and the same
 * conditional request then gets the new overview with a new ETag.
 */
async function afterWrite(f: OverviewFixture, write: () => Promise<void>): Promise<{ before: OverviewResponse; after: OverviewResponse }> {
  const first = await get(f);
  expect(first.statusCode).toBe(200);
  const etag = first.headers.etag as string;
  expect((await get(f, 'steering', { 'if-none-match': etag })).statusCode).toBe(304);
  await write();
  const second = await get(f, 'steering', { 'if-none-match': etag });
  expect(second.statusCode).toBe(200);
  expect(second.headers.etag).not.toBe(etag);
  return { before: first.json(), after: second.json() };
}

function call(f: Fixture, method: 'POST' | 'PATCH' | 'PUT', path: string, payload: object, role: Parameters<Fixture['auth']>[0] = 'backbone') {
  return f.app.inject({ method, url: f.url(path), headers: f.auth(role), payload });
}

beforeAll(async () => {
  await testApp();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('overview cache: ETag, 304 and roles', () => {
  it('answers a matching If-None-Match with 304, and the same bytes to every member whatever their role', async () => {
    const f = await overviewFixture();
    const res = await get(f);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const body = res.json() as OverviewResponse;
    expect(point(body, '2025-Q1')?.value).toBe(15);
    // The cached bytes hold exactly what the response schema describes, nothing more.
    expect(overviewResponse.parse(body)).toEqual(body);

    const again = await get(f, 'steering', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get(f, 'steering', { 'if-none-match': '"other"' })).body).toBe(res.body);
    for (const role of ['admin', 'backbone', 'partner'] as const) {
      const other = await get(f, role);
      expect(other.body, role).toBe(res.body);
      expect(other.headers.etag, role).toBe(etag);
    }
  });

  it('refuses an outsider, a member of another initiative and a signed-out session, however warm the cache', async () => {
    const f = await overviewFixture();
    const warm = await get(f);
    const etag = warm.headers.etag as string;
    const outsider = await get(f, 'outsider', { 'if-none-match': etag });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.headers.etag).toBeUndefined();
    expect(outsider.body).not.toContain('Young people in work');

    const g = await createFixture('Elsewhere');
    const elsewhere = await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: { ...g.auth('admin'), 'if-none-match': etag } });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.headers.etag).toBeUndefined();

    const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: f.users.partner.email, password: 'test-password-1' } });
    const bearer = { authorization: `Bearer ${login.json().token}` };
    expect((await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: bearer })).body).toBe(warm.body);
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer })).statusCode).toBe(204);
    const after = await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: { ...bearer, 'if-none-match': etag } });
    expect(after.statusCode).toBe(401);
  });
});

describe('overview cache: every kind of write it shows gives a new overview', () => {
  it('a value entered through the API', async () => {
    const f = await overviewFixture();
    const { after } = await afterWrite(f, async () => {
      const items = [{ indicatorId: f.indicatorId, actorId: f.actorIds[0], period: '2025-Q2', value: 7 }];
      expect((await call(f, 'PUT', '/measurements', { items }, 'partner')).statusCode).toBe(200);
    });
    expect(point(after, '2025-Q2')?.value).toBe(7);
  });

  it('a value written straight to the database, as another instance or a command would write it', async () => {
    const f = await overviewFixture();
    const { after } = await afterWrite(f, async () => {
      await writeDirectly(f, () => addMeasurements(f, f.indicatorId, [{ actorId: f.actorIds[1], period: '2025-Q2', value: 9 }]));
    });
    expect(point(after, '2025-Q2')?.value).toBe(9);
  });

  it("a change of the indicator and of its target", async () => {
    const f = await overviewFixture();
    const { after } = await afterWrite(f, async () => {
      const res = await call(f, 'PATCH', `/indicators/${f.indicatorId}`, { name: 'Young people in jobs', targetPeriod: '2026-Q4', targetValue: 40 });
      expect(res.statusCode).toBe(200);
    });
    expect(indicatorOf(after)).toMatchObject({ name: 'Young people in jobs', target: { period: '2026-Q4', value: 40 } });
  });

  it('a change of an actor (who is expected to report)', async () => {
    const f = await overviewFixture();
    const current = periodOfDate(new Date(), 'quarter');
    await writeDirectly(f, () => addMeasurements(f, f.indicatorId, [{ actorId: f.actorIds[0], period: current, value: 1 }]));
    const { before, after } = await afterWrite(f, async () => {
      expect((await call(f, 'PATCH', `/actors/${f.actorIds[1]}`, { role: 'backbone' })).statusCode).toBe(200);
    });
    // The backbone's own organisation is not an expected reporter by default.
    expect(point(before, current)).toMatchObject({ complete: false, reported: 1, expected: 2 });
    // Now only the actor that has reported is expected: the open quarter is complete so far.
    expect(point(after, current)).toMatchObject({ complete: true });
  });

  it('a goal, an activity and a meeting', async () => {
    const f = await overviewFixture();
    const goalId = (await get(f)).json().goals[0].id as string;
    let { after } = await afterWrite(f, async () => {
      expect((await call(f, 'PATCH', `/goals/${goalId}`, { title: 'Work for all' })).statusCode).toBe(200);
    });
    expect(after.goals[0].title).toBe('Work for all');

    ({ after } = await afterWrite(f, async () => {
      expect((await call(f, 'POST', '/activities', { title: 'Job fair', status: 'ongoing' })).statusCode).toBe(201);
    }));
    expect(after.activityCounts.ongoing).toBe(1);

    const startsAt = new Date(Date.now() + 3 * DAY);
    ({ after } = await afterWrite(f, async () => {
      const res = await call(f, 'POST', '/meetings', { title: 'Partner meeting', kind: 'partner_meeting', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) });
      expect(res.statusCode).toBe(201);
    }));
    expect(after.nextMeetings.map((m) => m.title)).toEqual(['Partner meeting']);
  });

  it('an idea proposed, taken up, decided and removed, however it is written (the count of open ideas)', async () => {
    const f = await overviewFixture();
    let id = '';
    const { before } = await afterWrite(f, () =>
      writeDirectly(f, async () => {
        [{ id }] = await f.db.insert(ideas).values({ initiativeId: f.initiativeId, title: 'Homework help on Saturdays', actorId: f.actorIds[0] }).returning();
      }),
    );
    expect(before.openIdeas).toBe(0);
    const open = async () => ((await get(f)).json() as OverviewResponse).openIdeas;
    expect(await open()).toBe(1);
    const change = (write: () => Promise<unknown>) => afterWrite(f, () => writeDirectly(f, write));
    // Taken up for discussion it is still open: the same overview, the same ETag.
    await writeDirectly(f, () => f.db.update(ideas).set({ status: 'under_discussion' }).where(eq(ideas.id, id)));
    expect(await open()).toBe(1);
    await change(() => f.db.update(ideas).set({ status: 'declined', decisionReason: 'Not this year', decidedAt: new Date() }).where(eq(ideas.id, id)));
    expect(await open()).toBe(0);
    await change(() => f.db.update(ideas).set({ status: 'proposed', decisionReason: null, decidedAt: null }).where(eq(ideas.id, id)));
    expect(await open()).toBe(1);
    await change(() => f.db.delete(ideas).where(eq(ideas.id, id)));
    expect(await open()).toBe(0);
  });

  it("a change of the initiative's settings", async () => {
    const f = await overviewFixture();
    const { before, after } = await afterWrite(f, async () => {
      expect((await call(f, 'PATCH', '', { vision: 'Everyone finds work', requiresApproval: true }, 'admin')).statusCode).toBe(200);
    });
    expect(point(before, '2025-Q1')?.value).toBe(15);
    expect(after.initiative.vision).toBe('Everyone finds work');
    // Submitted values no longer count once approval is required.
    expect(indicatorOf(after).sparkline).toEqual([]);
  });
});

describe('overview cache: what changes with time alone', () => {
  /** The last minute of a quarter about a year from now, so that sessions opened then are live. */
  function quarterEndAhead(): { quarter: string; lastMinute: Date } {
    const quarter = periodOfDate(new Date(Date.now() + 365 * DAY), 'quarter');
    return { quarter, lastMinute: new Date(`${periodEnd(quarter)}T23:59:00.000Z`) };
  }

  it('a new day: periods close and the reporting quarter moves on without any write', async () => {
    const f = await overviewFixture();
    const { quarter, lastMinute } = quarterEndAhead();
    await writeDirectly(f, () => addMeasurements(f, f.indicatorId, [{ actorId: f.actorIds[0], period: quarter, value: 3 }]));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(lastMinute);
    const headers = { authorization: `Bearer ${await signIn(f.app, f.users.steering.id)}` };
    const at = () => f.app.inject({ method: 'GET', url: f.url('/overview'), headers });

    const evening = await at();
    expect(evening.statusCode).toBe(200);
    expect(point(evening.json(), quarter)).toMatchObject({ value: 3, state: 'open' });
    expect(evening.json().completeness.period).toBe(addPeriods(quarter, -1));
    vi.setSystemTime(new Date(lastMinute.getTime() + 30_000));
    expect((await at()).body).toBe(evening.body);

    vi.setSystemTime(new Date(lastMinute.getTime() + 120_000));
    const morning = await at();
    expect(morning.headers.etag).not.toBe(evening.headers.etag);
    expect(point(morning.json(), quarter)).toMatchObject({ value: 3, state: 'reporting' });
    expect(morning.json().completeness.period).toBe(quarter);
  });

  it('a meeting that has begun is no longer listed, and the next one moves up', async () => {
    const f = await overviewFixture();
    const start = new Date(Math.floor(Date.now() / DAY) * DAY + 12 * 3_600_000 + 365 * DAY);
    const meeting = (title: string, offset: number) => ({
      initiativeId: f.initiativeId, title, kind: 'partner_meeting', status: 'planned', place: 'Library',
      startsAt: new Date(start.getTime() + offset), endsAt: new Date(start.getTime() + offset + 3_600_000),
    });
    await writeDirectly(f, () => f.db.insert(meetings).values([0, 1, 2, 3, 4, 5].map((n) => meeting(n ? `Later ${n}` : 'First', n * 3_600_000))));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(start.getTime() - 60_000));
    const headers = { authorization: `Bearer ${await signIn(f.app, f.users.steering.id)}` };
    const at = () => f.app.inject({ method: 'GET', url: f.url('/overview'), headers });

    const before = (await at()).json() as OverviewResponse;
    expect(before.nextMeetings.map((m) => m.title)).toEqual(['First', 'Later 1', 'Later 2', 'Later 3', 'Later 4']);
    vi.setSystemTime(start);
    expect((await at()).json().nextMeetings[0].title).toBe('First');
    vi.setSystemTime(new Date(start.getTime() + 1));
    const after = (await at()).json() as OverviewResponse;
    expect(after.nextMeetings.map((m) => m.title)).toEqual(['Later 1', 'Later 2', 'Later 3', 'Later 4', 'Later 5']);
  });

  it('keeps an overview until the earlier of the next midnight (UTC) and the start of its first meeting', () => {
    const now = new Date('2026-05-10T15:30:00.000Z');
    expect(overviewValidUntil({ nextMeetings: [] }, now)).toBe(Date.parse('2026-05-11T00:00:00.000Z'));
    const meeting = (startsAt: string) => ({ id: '00000000-0000-4000-8000-000000000000', title: 'M', startsAt: new Date(startsAt), place: '', kind: 'partner_meeting' as const });
    expect(overviewValidUntil({ nextMeetings: [meeting('2026-05-10T18:00:00.000Z'), meeting('2026-05-12T09:00:00.000Z')] }, now)).toBe(
      Date.parse('2026-05-10T18:00:00.001Z'),
    );
    expect(overviewValidUntil({ nextMeetings: [meeting('2026-05-13T09:00:00.000Z')] }, now)).toBe(Date.parse('2026-05-11T00:00:00.000Z'));
  });
});
