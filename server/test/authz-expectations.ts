// Who may call each API route, and a valid request for those who may: the authorisation matrix
// (authz-matrix.test.ts) sends every route from the route table with every caller and fails on a
// route without an entry here, or an entry whose route is gone.
import type { Role } from '@ci/shared';
import { csv, multipart } from './import-fixtures.js';
import { freshPeriod, type Caller, type Ids, type World } from './authz-world.js';
import { IDEA_EXPECTATIONS } from './authz-expectations.ideas.js';

/** Roles listed, any member of the initiative, anyone signed in, or anyone at all. */
export type Who = Role[] | 'any-member' | 'signed-in' | 'public';

export interface Case {
  caller: Caller;
  /** The caller's role in the own initiative (null for non-members and anonymous callers). */
  role: Role | null;
  /** `own`: own initiative and resources; `foreign`: a foreign resource under the own initiative
   * (or, for a route without resource ids, the foreign initiative itself); `foreign-ref`: own path,
   * foreign resources named in the body or query. */
  scope: 'own' | 'foreign' | 'foreign-initiative' | 'foreign-ref';
  /** `other`: the target belongs to another actor (or, for comments, jobs and imports, another user). */
  actor: 'own' | 'other';
  /** Whether the caller is expected to get through (fresh resources are made only then). */
  allowed: boolean;
  /** Path resources. */
  ids: Ids;
  /** Resources the body or query names. */
  refs: Ids;
  world: World;
}

export interface Req {
  query?: Record<string, string>;
  body?: unknown;
  multipart?: { payload: Buffer; headers: Record<string, string> };
  /** Path parameters to use instead of the scope's resources (fresh ones for destructive cases). */
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface Expectation {
  who: Who;
  /** The status an allowed caller gets (default: any 2xx). */
  ok?: number;
  req?: (c: Case) => Req | Promise<Req>;
  /** The status for `actor: 'other'` by role; a role not listed gets what it gets for its own target. */
  other?: Partial<Record<Role, number>>;
  /** Status when the whole request targets the foreign initiative, for routes without a token. */
  foreign?: number;
  /** The body or query names resources: the foreign scope sends foreign ones under the own initiative,
   * and an allowed caller gets this status (the reference is unknown here, never found). */
  refs?: number;
  /** Status for a foreign resource id by role, where it is not 404 (for a role not in `who`: where it is not 403). */
  foreignResource?: Partial<Record<Role, number>>;
}

const EDITORS: Role[] = ['admin', 'backbone'];
const READERS: Role[] = ['admin', 'backbone', 'steering'];
const WRITERS: Role[] = ['admin', 'backbone', 'partner'];
const RANGE = { from: '2024-Q1', to: '2024-Q4' };
/** Fresh resources only where the case may really act on the own initiative, or needs another's. */
const fresh = (c: Case) => c.scope === 'own' && (c.allowed || c.actor === 'other');
const actorOf = (c: Case) => (c.actor === 'other' ? c.refs.otherActorId : c.refs.actorId);
const mine = (c: Case): Role => (c.role && c.actor === 'own' ? c.role : c.role === 'admin' ? 'partner' : 'admin');

async function uploadBody() {
  return multipart({ name: 'values.csv', type: 'text/csv', content: csv(['indicator code;actor;period;value', `MX;Actor A;${freshPeriod()};1`]) });
}

async function allIds(c: Case, path: string): Promise<string[]> {
  if (c.scope !== 'own') return [path === '/goals' ? c.refs.goalId : c.refs.activityId];
  const f = c.world.own.fixture;
  const res = await f.app.inject({ method: 'GET', url: `/api/v1/initiatives/${c.ids.initiativeId}${path}`, headers: f.auth('admin') });
  return res.statusCode === 200 ? res.json().items.map((i: { id: string }) => i.id) : [c.ids.goalId];
}

const I = '/api/v1/initiatives/:initiativeId';

let backupOfOwn: unknown;
/** The own initiative's backup file, taken once by its admin, to restore as a new initiative. */
async function ownBackup(c: Case): Promise<unknown> {
  if (!backupOfOwn) {
    const f = c.world.own.fixture;
    const res = await f.app.inject({ method: 'GET', url: f.url('/backup'), headers: f.auth('admin') });
    if (res.statusCode !== 200) throw new Error(`backup: ${res.statusCode} ${res.body.slice(0, 200)}`);
    backupOfOwn = res.json();
  }
  return backupOfOwn;
}

export const EXPECTATIONS: Record<string, Expectation> = {
  // Open to everyone
  'GET /api/v1/health': { who: 'public' },
  'GET /api/v1/health/live': { who: 'public' },
  'GET /api/v1/health/ready': { who: 'public' },
  'POST /api/v1/auth/login': {
    who: 'public',
    req: (c) => ({ body: { email: c.world.own.fixture.users.admin.email, password: 'test-password-1' } }),
  },
  'GET /api/v1/auth/session': { who: 'public' },
  'POST /api/v1/auth/logout': { who: 'public', req: async (c) => ({ headers: await c.world.freshHeaders(c.caller) }) },
  'GET /api/v1/public/initiatives/:initiativeId': { who: 'public', foreign: 404 },
  'GET /api/v1/public/initiatives/:initiativeId/measurements.csv': { who: 'public', foreign: 404 },
  'GET /api/v1/calendar/:token/:initiativeId.ics': {
    who: 'public',
    foreign: 404,
    req: async (c) => {
      const f = c.world.own.fixture;
      const res = await f.app.inject({ method: 'GET', url: '/api/v1/me/calendar', headers: f.auth('admin') });
      return { params: { token: res.json().token } };
    },
  },

  // Any signed-in user, about themselves
  'GET /api/v1/me': { who: 'signed-in' },
  'PATCH /api/v1/me': { who: 'signed-in', req: () => ({ body: { locale: 'en' } }) },
  'GET /api/v1/me/calendar': { who: 'signed-in' },
  'POST /api/v1/me/calendar/renew': { who: 'signed-in' },
  'GET /api/v1/me/notifications': { who: 'signed-in' },
  'POST /api/v1/me/notifications/read': { who: 'signed-in', req: () => ({ body: { all: true } }) },
  // A real change would end the caller's other sessions and change the password the world signs in
  // with; a wrong current password proves the caller got past authentication (400, not 401).
  'POST /api/v1/me/password': {
    who: 'signed-in',
    ok: 400,
    req: () => ({ body: { currentPassword: 'not-the-password', newPassword: 'a-long-and-uncommon-passphrase' } }),
  },
  'GET /api/v1/initiatives': { who: 'signed-in' },
  'POST /api/v1/initiatives/restore': {
    who: 'signed-in',
    ok: 201,
    req: async (c) => ({ query: { asNew: 'true' }, body: await ownBackup(c) }),
  },
  'POST /api/v1/initiatives': { who: 'signed-in', ok: 201, req: () => ({ body: { name: 'Made by the matrix' } }) },

  // The initiative
  [`GET ${I}`]: { who: 'any-member' },
  [`PATCH ${I}`]: { who: EDITORS, req: () => ({ body: { vision: 'Everyone in work' } }) },
  // Always a fresh initiative: a leak here must not take the rest of the matrix with it.
  [`DELETE ${I}`]: { who: ['admin'], req: async (c) => (c.scope === 'own' ? { params: { initiativeId: await c.world.make.initiative() } } : {}) },
  [`GET ${I}/overview`]: { who: 'any-member' },
  [`GET ${I}/completeness`]: { who: 'any-member', req: () => ({ query: { period: '2024-Q1' } }) },
  [`GET ${I}/todo`]: { who: 'any-member' },
  [`GET ${I}/audit`]: { who: READERS },
  [`GET ${I}/calendar.ics`]: { who: 'any-member' },

  // Goals
  [`GET ${I}/goals`]: { who: 'any-member' },
  [`GET ${I}/goals/:id`]: { who: 'any-member' },
  [`POST ${I}/goals`]: { who: EDITORS, ok: 201, req: () => ({ body: { title: 'New goal' } }) },
  [`PATCH ${I}/goals/:id`]: { who: EDITORS, req: () => ({ body: { description: 'Changed' } }) },
  [`PUT ${I}/goals/order`]: { who: EDITORS, refs: 400, req: async (c) => ({ body: { ids: await allIds(c, '/goals') } }) },
  [`DELETE ${I}/goals/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.goal() } } : {}) },

  // Actors: a partner edits the profile of its own organisation only
  [`GET ${I}/actors`]: { who: 'any-member' },
  [`GET ${I}/actors/competences`]: { who: 'any-member' },
  [`GET ${I}/actors/matches`]: { who: 'any-member' },
  [`GET ${I}/actors/:id`]: { who: 'any-member' },
  // Attendance is shared with every member, as each meeting's record is: any actor's, also for a partner.
  [`GET ${I}/actors/:id/attendance`]: { who: 'any-member', other: { partner: 200 } },
  [`POST ${I}/actors`]: { who: EDITORS, ok: 201, req: () => ({ body: { name: `Org ${freshPeriod()}`, sector: 'business' } }) },
  // The partner's right is checked before the actor is looked up: 403 for every actor not its own,
  // existing or not, so a foreign id reveals nothing.
  [`PATCH ${I}/actors/:id`]: {
    who: WRITERS,
    other: { partner: 403 },
    foreignResource: { partner: 403 },
    req: () => ({ body: { description: 'We help' } }),
  },
  [`DELETE ${I}/actors/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.actor() } } : {}) },

  // Working groups
  [`GET ${I}/working-groups`]: { who: 'any-member' },
  [`GET ${I}/working-groups/:id`]: { who: 'any-member' },
  [`POST ${I}/working-groups`]: {
    who: EDITORS,
    ok: 201,
    refs: 422,
    req: (c) => ({ body: { name: `Youth group ${freshPeriod()}`, actorIds: [c.refs.actorId] } }),
  },
  [`PATCH ${I}/working-groups/:id`]: { who: EDITORS, refs: 422, req: (c) => ({ body: { purpose: 'Plans', actorIds: [c.refs.actorId] } }) },
  [`DELETE ${I}/working-groups/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.workingGroup() } } : {}) },

  // Indicators and series
  [`GET ${I}/indicators`]: { who: 'any-member' },
  [`GET ${I}/indicators/:id`]: { who: 'any-member' },
  [`GET ${I}/indicators/:indicatorId/series`]: { who: 'any-member' },
  [`POST ${I}/indicators`]: {
    who: EDITORS,
    ok: 201,
    refs: 422,
    req: (c) => ({ body: { code: `N${freshPeriod()}`, name: 'New indicator', goalId: c.refs.goalId, expectedActorIds: [c.refs.actorId] } }),
  },
  [`PATCH ${I}/indicators/:id`]: { who: EDITORS, req: () => ({ body: { definition: 'Counted at year end' } }) },
  [`DELETE ${I}/indicators/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.indicator() } } : {}) },

  // Values: partners write and delete only their own organisations' values
  [`GET ${I}/measurements`]: { who: 'any-member' },
  // Another organisation's draft does not exist for a partner.
  [`GET ${I}/measurements/:id`]: { who: 'any-member', other: { partner: 404 }, req: (c) => otherDraft(c) },
  [`GET ${I}/measurements/:id/history`]: { who: 'any-member', other: { partner: 404 }, req: (c) => otherDraft(c) },
  [`GET ${I}/measurements/history`]: {
    who: 'any-member',
    refs: 404,
    req: (c) => ({ query: { indicatorId: c.refs.indicatorId, actorId: actorOf(c), period: '2024-Q1' } }),
  },
  [`GET ${I}/measurements/review`]: { who: READERS },
  [`PUT ${I}/measurements`]: {
    who: WRITERS,
    refs: 422,
    // A partner writing for any actor not its own, here or elsewhere, is refused outright.
    other: { partner: 403 },
    foreignResource: { partner: 403 },
    req: (c) => ({ body: { items: [{ indicatorId: c.refs.indicatorId, actorId: actorOf(c), period: freshPeriod(), value: 2 }] } }),
  },
  [`POST ${I}/measurements/review`]: {
    who: READERS,
    refs: 422,
    req: async (c) => ({ body: { ids: [fresh(c) ? (await c.world.make.measurement(c.refs.actorId)).id : c.refs.measurementId], action: 'approve' } }),
  },
  [`DELETE ${I}/measurements/:id`]: {
    who: WRITERS,
    other: { partner: 403 },
    req: async (c) => {
      if (!fresh(c)) return { query: { version: '1' } };
      const m = await c.world.make.measurement(actorOf(c));
      return { params: { id: m.id }, query: { version: String(m.version) } };
    },
  },

  // Comments: any member on a thread it may read; only the author edits, author or backbone delete
  // The thread on another organisation's draft does not exist for a partner.
  [`GET ${I}/comments`]: {
    who: 'any-member',
    refs: 404,
    other: { partner: 404 },
    req: (c) => ({ query: { indicatorId: c.refs.indicatorId, actorId: actorOf(c), period: c.actor === 'other' ? c.refs.otherDraftPeriod : '2024-Q1' } }),
  },
  [`GET ${I}/comments/counts`]: { who: 'any-member', req: () => ({ query: { period: '2024-Q1' } }) },
  [`POST ${I}/comments`]: {
    who: 'any-member',
    refs: 422,
    ok: 201,
    req: (c) => ({ body: { indicatorId: c.refs.indicatorId, actorId: actorOf(c), period: '2024-Q1', text: 'A question' } }),
  },
  [`PATCH ${I}/comments/:id`]: {
    who: 'any-member',
    other: { admin: 403, backbone: 403, steering: 403, partner: 403 },
    req: async (c) => ({ body: { text: 'Edited' }, ...(fresh(c) ? { params: { id: await c.world.make.comment(mine(c)) } } : {}) }),
  },
  [`DELETE ${I}/comments/:id`]: {
    who: 'any-member',
    other: { steering: 403, partner: 403 },
    req: async (c) => (fresh(c) ? { params: { id: await c.world.make.comment(mine(c)) } } : {}),
  },

  // Imports: admin and backbone import anything, a partner its own organisations' values; imports are private to a partner
  [`GET ${I}/imports/template.csv`]: { who: WRITERS, req: () => ({ query: { period: '2024-Q1' } }) },
  [`GET ${I}/imports/template.xlsx`]: { who: WRITERS, req: () => ({ query: { period: '2024-Q1' } }) },
  [`POST ${I}/imports`]: { who: WRITERS, ok: 201, req: async () => ({ multipart: await uploadBody() }) },
  [`GET ${I}/imports/:importId`]: { who: WRITERS, other: { partner: 404 }, req: async (c) => importOf(c) },
  [`GET ${I}/imports/:importId/rows`]: { who: WRITERS, other: { partner: 404 }, req: async (c) => importOf(c) },
  [`PUT ${I}/imports/:importId/mapping`]: { who: WRITERS, other: { partner: 404 }, req: async (c) => ({ ...(await importOf(c)), body: {} }) },
  [`POST ${I}/imports/:importId/commit`]: { who: WRITERS, other: { partner: 404 }, req: async (c) => importOf(c, true) },
  [`DELETE ${I}/imports/:importId`]: { who: WRITERS, other: { partner: 404 }, req: async (c) => importOf(c, true) },

  // Narratives
  [`GET ${I}/narratives`]: { who: 'any-member' },
  [`GET ${I}/narratives/:id`]: { who: 'any-member' },
  [`POST ${I}/narratives`]: {
    who: EDITORS,
    refs: 422,
    ok: 201,
    req: (c) => ({ body: { indicatorId: c.refs.indicatorId, period: freshPeriod(), whatHappened: 'More jobs' } }),
  },
  [`PATCH ${I}/narratives/:id`]: { who: EDITORS, req: () => ({ body: { why: 'Because' } }) },
  [`DELETE ${I}/narratives/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.narrative() } } : {}) },

  // Activities
  [`GET ${I}/activities`]: { who: 'any-member' },
  [`GET ${I}/activities/:id`]: { who: 'any-member' },
  [`POST ${I}/activities`]: {
    who: EDITORS,
    ok: 201,
    refs: 422,
    req: (c) => ({ body: { title: 'Summer jobs fair', leadActorId: c.refs.actorId, goalIds: [c.refs.goalId], indicatorIds: [c.refs.indicatorId] } }),
  },
  [`PUT ${I}/activities/order`]: { who: EDITORS, refs: 422, req: async (c) => ({ body: { ids: await allIds(c, '/activities') } }) },
  [`PATCH ${I}/activities/:id`]: { who: EDITORS, refs: 422, req: (c) => ({ body: { status: 'ongoing', participantActorIds: [c.refs.otherActorId] } }) },
  [`DELETE ${I}/activities/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.activity() } } : {}) },

  // Meeting series and meetings
  [`GET ${I}/meeting-series`]: { who: 'any-member' },
  [`GET ${I}/meeting-series/:id`]: { who: 'any-member' },
  [`GET ${I}/meeting-series/:id/occurrences`]: { who: 'any-member' },
  [`POST ${I}/meeting-series`]: {
    who: EDITORS,
    ok: 201,
    req: () => ({ body: { name: 'Quarterly', kind: 'partner_meeting', rrule: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4', startsAt: '2025-01-15T09:00:00.000Z' } }),
  },
  [`PATCH ${I}/meeting-series/:id`]: { who: EDITORS, req: () => ({ body: { place: 'Town hall' } }) },
  [`DELETE ${I}/meeting-series/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.series() } } : {}) },
  [`POST ${I}/meeting-series/:id/meetings`]: {
    who: EDITORS,
    ok: 201,
    req: async (c) => ({ body: {}, ...(fresh(c) ? { params: { id: await c.world.make.series() } } : {}) }),
  },
  // Filters naming another initiative's indicator or actor match no meeting here: an empty list.
  [`GET ${I}/meetings`]: { who: 'any-member', refs: 200, req: (c) => ({ query: { indicatorId: c.refs.indicatorId, actorId: actorOf(c) } }) },
  [`GET ${I}/meetings/:id`]: { who: 'any-member' },
  [`POST ${I}/meetings`]: {
    who: EDITORS,
    ok: 201,
    req: () => ({ body: { title: 'Kick-off', kind: 'workshop', startsAt: '2025-03-01T09:00:00.000Z', endsAt: '2025-03-01T10:00:00.000Z' } }),
  },
  [`PATCH ${I}/meetings/:id`]: { who: EDITORS, req: () => ({ body: { minutes: 'We met.' } }) },
  [`DELETE ${I}/meetings/:id`]: { who: EDITORS, req: async (c) => (fresh(c) ? { params: { id: await c.world.make.meeting() } } : {}) },
  [`PUT ${I}/meetings/:id/attendance`]: { who: EDITORS, refs: 422, req: (c) => ({ body: { items: [{ actorId: c.refs.actorId, people: 2 }] } }) },
  [`POST ${I}/meetings/:id/decisions`]: { who: EDITORS, ok: 201, req: () => ({ body: { text: 'We agree' } }) },
  [`PATCH ${I}/meetings/:id/decisions/:decisionId`]: { who: EDITORS, req: () => ({ body: { text: 'We agree again' } }) },
  [`DELETE ${I}/meetings/:id/decisions/:decisionId`]: {
    who: EDITORS,
    req: async (c) => (fresh(c) ? { params: { decisionId: await c.world.make.decision() } } : {}),
  },
  [`GET ${I}/action-items`]: { who: 'any-member' },
  [`POST ${I}/meetings/:id/action-items`]: {
    who: EDITORS,
    ok: 201,
    refs: 422,
    req: (c) => ({ body: { title: 'Call them', ownerActorId: c.refs.actorId } }),
  },
  [`PATCH ${I}/meetings/:id/action-items/:actionItemId`]: { who: WRITERS, other: { partner: 403 }, req: () => ({ body: { done: true } }) },
  [`DELETE ${I}/meetings/:id/action-items/:actionItemId`]: {
    who: EDITORS,
    req: async (c) => (fresh(c) ? { params: { actionItemId: await c.world.make.actionItem(c.ids.actorId) } } : {}),
  },
  [`GET ${I}/meetings/:id/packs`]: { who: 'any-member' },
  [`POST ${I}/meetings/:id/packs`]: { who: EDITORS, ok: 201, refs: 422, req: (c) => ({ body: { goalIds: [c.refs.goalId] } }) },
  [`GET ${I}/meetings/:id/packs/:packId.pdf`]: { who: 'any-member' },

  // Members and reminders
  [`GET ${I}/members`]: { who: EDITORS },
  // Linking a member to another initiative's organisation would hand it that organisation's values.
  [`POST ${I}/members`]: {
    who: ['admin'],
    ok: 201,
    refs: 422,
    req: (c) => ({ body: { email: `new-${freshPeriod()}-${Date.now()}@test.example`, role: 'partner', actorIds: [c.refs.actorId] } }),
  },
  [`PATCH ${I}/members/:id`]: { who: ['admin'], refs: 422, req: (c) => ({ body: { role: 'steering', actorIds: [c.refs.otherActorId] } }) },
  [`POST ${I}/members/:id/password-reset`]: {
    who: ['admin'],
    req: async (c) => (fresh(c) ? { params: { id: await c.world.make.member() } } : {}),
  },
  [`GET ${I}/backup`]: { who: ['admin'] },
  [`DELETE ${I}/members/:id`]: { who: ['admin'], req: async (c) => (fresh(c) ? { params: { id: await c.world.make.member() } } : {}) },
  [`GET ${I}/reminders`]: { who: EDITORS, req: () => ({ query: { period: '2024-Q2' } }) },
  // 2024-Q2: nobody has reported it, and each allowed caller adds an organisation not yet reminded.
  [`POST ${I}/reminders`]: {
    who: EDITORS,
    req: async (c) => {
      if (fresh(c)) await c.world.make.actor();
      return { body: { period: '2024-Q2' } };
    },
  },

  // Reports: every member exports; a report job belongs to the user who started it
  [`GET ${I}/reports/measurements.csv`]: { who: 'any-member', req: () => ({ query: RANGE }) },
  [`GET ${I}/reports/export.xlsx`]: { who: 'any-member', req: () => ({ query: RANGE }) },
  [`GET ${I}/reports/report.pdf`]: { who: 'any-member', req: () => ({ query: RANGE }) },
  // Accepted even with another initiative's goal: an XLSX job ignores goal ids, a PDF job checks
  // them when it runs (and fails); neither reads outside the initiative.
  [`POST ${I}/reports/jobs`]: { who: 'any-member', ok: 202, refs: 202, req: (c) => ({ body: { kind: 'xlsx', ...RANGE, goalIds: [c.refs.goalId] } }) },
  [`GET ${I}/reports/jobs/:jobId`]: { who: 'any-member', other: { admin: 404, backbone: 404, steering: 404, partner: 404 }, req: (c) => jobOf(c) },
  [`GET ${I}/reports/jobs/:jobId/file`]: {
    who: 'any-member',
    other: { admin: 404, backbone: 404, steering: 404, partner: 404 },
    req: (c) => jobOf(c),
  },

  ...IDEA_EXPECTATIONS,
};

/** For `other`: the other actor's draft instead of its counted value. */
function otherDraft(c: Case): Req {
  return c.actor === 'other' && c.scope === 'own' ? { params: { id: c.ids.otherDraftId } } : {};
}

/** The partner's import for its own cases, the backbone's for `other`; fresh when the case consumes it. */
async function importOf(c: Case, consume = false): Promise<Req> {
  if (!fresh(c)) return {};
  if (c.actor === 'other') return { params: { importId: await c.world.make.import('backbone') } };
  return consume ? { params: { importId: await c.world.make.import('partner') } } : {};
}

/** The caller's own finished report job, or for `other` someone else's. */
async function jobOf(c: Case): Promise<Req> {
  if (!fresh(c) || !c.role) return {};
  return { params: { jobId: await c.world.make.job(mine(c)) } };
}
