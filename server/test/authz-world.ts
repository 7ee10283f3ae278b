// The world the authorisation matrix runs in: two initiatives (own and foreign) with one of every
// resource each, the callers (every role, a non-member, no token, a deleted user), and makers of
// fresh resources for the cases that delete or change what later cases need.
import type { Role } from '@ci/shared';
import { eq } from 'drizzle-orm';
import { initiatives, memberships, membershipActors, users } from '../src/db/schema/index.js';
import { createFixture, TEST_PASSWORD, testApp, type Fixture } from './helpers.js';
import { csv, multipart } from './import-fixtures.js';

export const ROLES: Role[] = ['admin', 'backbone', 'steering', 'partner'];
export type Caller = Role | 'non-member' | 'no-token' | 'deleted-user';
export const CALLERS: Caller[] = [...ROLES, 'non-member', 'no-token', 'deleted-user'];

/** The ids that fill path parameters, bodies and queries; `actorId` is the partner's actor. */
export interface Ids {
  initiativeId: string;
  actorId: string;
  otherActorId: string;
  goalId: string;
  indicatorId: string;
  measurementId: string;
  otherMeasurementId: string;
  /** A draft of the other actor, entered by the backbone: invisible to the partner. */
  otherDraftId: string;
  otherDraftPeriod: string;
  activityId: string;
  seriesId: string;
  meetingId: string;
  actionItemId: string;
  otherActionItemId: string;
  decisionId: string;
  narrativeId: string;
  workingGroupId: string;
  memberId: string;
  commentId: string;
  /** Ideas of the partner's actor and of the other actor, proposed by the admin; a partner's comment on the first. */
  ideaId: string;
  otherIdeaId: string;
  ideaCommentId: string;
  importId: string;
  packId: string;
  jobId: string;
}

export interface Side {
  fixture: Fixture;
  ids: Ids;
}

export interface World {
  own: Side;
  foreign: Side;
  /** Authorization headers of a caller (none for no-token). */
  headers(caller: Caller): Record<string, string>;
  /** The calendar feed token of the own admin. */
  calendarToken: string;
  /** A fresh token for the caller from a real login (for logout, which may revoke it). */
  freshHeaders(caller: Caller): Promise<Record<string, string>>;
  make: Makers;
}

type Inject = Fixture['app']['inject'];
let counter = 0;
/** A period no other case writes: quarters of the 1900s, then from 2100 on (the 2000s are the fixtures'). */
export function freshPeriod(): string {
  const n = counter++;
  const year = n < 400 ? 1900 + Math.floor(n / 4) : 2000 + Math.floor(n / 4);
  return `${year}-Q${(n % 4) + 1}`;
}

async function call(f: Fixture, method: string, path: string, payload?: unknown, role: Role = 'admin') {
  const res = await (f.app.inject as Inject)({
    method: method as 'POST',
    url: f.url(path),
    headers: f.auth(role),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${path} as ${role}: ${res.statusCode} ${res.body}`);
  return res.statusCode === 204 ? null : res.json();
}

export function makers(f: Fixture, ids: () => Ids) {
  return {
    goal: async () => (await call(f, 'POST', '/goals', { title: `Goal ${counter++}` })).id as string,
    indicator: async () =>
      (await call(f, 'POST', '/indicators', { code: `M${counter++}`, name: 'Matrix indicator', frequency: 'quarter' })).id as string,
    /** A submitted value of an actor in a period of its own; returns id and version. */
    measurement: async (actorId: string, role: Role = 'admin', status: 'submitted' | 'draft' = 'submitted') => {
      const period = freshPeriod();
      const body = { items: [{ indicatorId: ids().indicatorId, actorId, period, value: 5, status }] };
      const [item] = (await call(f, 'PUT', '/measurements', body, role)).items;
      return { id: item.id as string, version: item.version as number, period };
    },
    activity: async () => (await call(f, 'POST', '/activities', { title: `Activity ${counter++}` })).id as string,
    series: async () =>
      (
        await call(f, 'POST', '/meeting-series', {
          name: `Series ${counter++}`,
          kind: 'partner_meeting',
          rrule: 'FREQ=MONTHLY;COUNT=6',
          startsAt: `${new Date().getUTCFullYear() + 1}-01-10T09:00:00.000Z`,
        })
      ).id as string,
    meeting: async () =>
      (
        await call(f, 'POST', '/meetings', {
          title: `Meeting ${counter++}`,
          kind: 'partner_meeting',
          startsAt: '2024-09-12T09:00:00.000Z',
          endsAt: '2024-09-12T11:00:00.000Z',
        })
      ).id as string,
    actionItem: async (ownerActorId: string) =>
      (await call(f, 'POST', `/meetings/${ids().meetingId}/action-items`, { title: 'Follow up', ownerActorId })).id as string,
    decision: async () => (await call(f, 'POST', `/meetings/${ids().meetingId}/decisions`, { text: 'Agreed' })).id as string,
    narrative: async () =>
      (await call(f, 'POST', '/narratives', { indicatorId: ids().indicatorId, period: freshPeriod(), whatHappened: 'Things' })).id as string,
    workingGroup: async () => (await call(f, 'POST', '/working-groups', { name: `Group ${counter++}` })).id as string,
    /** An organisation that has been a member all along, so it is expected to have reported every past period. */
    actor: async () => (await call(f, 'POST', '/actors', { name: `Actor ${counter++}`, sector: 'public', joinedOn: null })).id as string,
    member: async () => (await call(f, 'POST', '/members', { email: `m${counter++}-${Date.now()}@test.example`, role: 'steering' })).id as string,
    /** A comment written by a member on the partner's own value thread. */
    comment: async (role: Role = 'partner') =>
      (await call(f, 'POST', '/comments', { indicatorId: ids().indicatorId, actorId: ids().actorId, period: '2024-Q1', text: 'Why?' }, role))
        .id as string,
    /** An idea proposed for an actor, waiting for a decision. */
    idea: async (actorId: string, role: Role = 'admin') => (await call(f, 'POST', '/ideas', { title: `Idea ${counter++}`, actorId }, role)).id as string,
    /** A comment written by a member on the own idea. */
    ideaComment: async (role: Role = 'partner') => (await call(f, 'POST', `/ideas/${ids().ideaId}/comments`, { text: 'Why not?' }, role)).id as string,
    import: async (role: Role = 'partner') => {
      const file = csv(['indicator code;actor;period;value', `MX;Actor A;${freshPeriod()};1`]);
      const body = multipart({ name: 'values.csv', type: 'text/csv', content: file });
      const res = await f.app.inject({ method: 'POST', url: f.url('/imports'), headers: { ...f.auth(role), ...body.headers }, payload: body.payload });
      if (res.statusCode !== 201) throw new Error(`import: ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    },
    pack: async () => (await call(f, 'POST', `/meetings/${ids().meetingId}/packs`, {})).id as string,
    /** A finished report job of a user (at most three may run at once per user). */
    job: async (role: Role) => {
      const id = (await call(f, 'POST', '/reports/jobs', { kind: 'xlsx' }, role)).id as string;
      for (let i = 0; i < 400; i++) {
        if (!['queued', 'running'].includes((await call(f, 'GET', `/reports/jobs/${id}`, undefined, role)).status)) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return id;
    },
    /** An initiative of its own where the fixture's users hold their roles, for deleting it. */
    initiative: async () => {
      const [row] = await f.db.insert(initiatives).values({ name: `Doomed ${counter++}`, locale: 'en' }).returning();
      for (const role of ROLES) {
        const [m] = await f.db.insert(memberships).values({ initiativeId: row.id, userId: f.users[role].id, role }).returning();
        if (role === 'partner') await f.db.insert(membershipActors).values({ membershipId: m.id, actorId: f.actorIds[0] }).onConflictDoNothing();
      }
      return row.id;
    },
  };
}
export type Makers = ReturnType<typeof makers>;

async function side(name: string): Promise<Side> {
  const fixture = await createFixture(name);
  const ids = { initiativeId: fixture.initiativeId, actorId: fixture.actorIds[0], otherActorId: fixture.actorIds[1] } as Ids;
  const make = makers(fixture, () => ids);
  // Only the own initiative is public: the foreign one's public page must stay hidden.
  if (name === 'Matrix own') await call(fixture, 'PATCH', '', { publicView: true, publicThreshold: 0 });
  ids.goalId = await make.goal();
  ids.indicatorId = (
    await call(fixture, 'POST', '/indicators', { code: 'MX', name: 'Matrix indicator', frequency: 'quarter', goalId: ids.goalId, reportingFrom: '2020-Q1' })
  ).id;
  await call(fixture, 'PUT', '/measurements', {
    items: [
      { indicatorId: ids.indicatorId, actorId: ids.actorId, period: '2024-Q1', value: 3, status: 'submitted' },
      { indicatorId: ids.indicatorId, actorId: ids.otherActorId, period: '2024-Q1', value: 4, status: 'submitted' },
    ],
  });
  ids.measurementId = (await make.measurement(ids.actorId)).id;
  ids.otherMeasurementId = (await make.measurement(ids.otherActorId)).id;
  const draft = await make.measurement(ids.otherActorId, 'backbone', 'draft');
  ids.otherDraftId = draft.id;
  ids.otherDraftPeriod = draft.period;
  ids.activityId = await make.activity();
  ids.seriesId = await make.series();
  ids.meetingId = await make.meeting();
  ids.actionItemId = await make.actionItem(ids.actorId);
  ids.otherActionItemId = await make.actionItem(ids.otherActorId);
  ids.decisionId = await make.decision();
  ids.narrativeId = await make.narrative();
  ids.workingGroupId = await make.workingGroup();
  ids.memberId = await make.member();
  ids.commentId = await make.comment();
  ids.ideaId = await make.idea(ids.actorId);
  ids.otherIdeaId = await make.idea(ids.otherActorId);
  ids.ideaCommentId = await make.ideaComment();
  ids.importId = await make.import();
  ids.packId = await make.pack();
  ids.jobId = await make.job('admin');
  return { fixture, ids };
}

/** Same pattern as createFixture: a member of the own initiative, signed in, whose account is then deleted. */
async function deletedUserToken(f: Fixture): Promise<string> {
  const { passwordHash } = await testApp();
  const email = `gone-${Date.now()}@test.example`;
  const [u] = await f.db.insert(users).values({ email, name: 'Gone', passwordHash, locale: 'en' }).returning();
  await f.db.insert(memberships).values({ initiativeId: f.initiativeId, userId: u.id, role: 'admin' });
  // A real sign-in, so the token is whatever the app issues to a user.
  const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
  const token = String(login.json().token);
  await f.db.delete(users).where(eq(users.id, u.id));
  return token;
}

export async function buildWorld(): Promise<World> {
  const own = await side('Matrix own');
  const foreign = await side('Matrix foreign');
  const deleted = await deletedUserToken(own.fixture);
  const headers = (caller: Caller): Record<string, string> => {
    if (caller === 'no-token') return {};
    if (caller === 'deleted-user') return { authorization: `Bearer ${deleted}` };
    if (caller === 'non-member') return foreign.fixture.auth('admin');
    return own.fixture.auth(caller);
  };
  const feed = await own.fixture.app.inject({ method: 'GET', url: '/api/v1/me/calendar', headers: headers('admin') });
  const calendarToken = String(feed.json().token);
  return {
    own,
    foreign,
    headers,
    calendarToken,
    freshHeaders: async (caller) => {
      if (caller === 'no-token' || caller === 'deleted-user') return headers(caller);
      const email = caller === 'non-member' ? foreign.fixture.users.admin.email : own.fixture.users[caller].email;
      const res = await own.fixture.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
      return { authorization: `Bearer ${res.json().token}` };
    },
    make: makers(own.fixture, () => own.ids),
  };
}
