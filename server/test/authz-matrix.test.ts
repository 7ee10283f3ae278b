// The authorisation matrix: every route of the route table × every caller × own and foreign
// initiative (and, for actor-scoped routes, own and another actor), sent through the real app and
// checked against authz-expectations.ts. An allowed caller must get through (2xx or the documented
// status), everyone else must be stopped with the right status and the error shape.
// AUTHZ_FULL=1 adds the foreign initiative for routes with resource ids, the other-actor targets
// for every role, and runs every destructive case twice on fresh resources.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ci/shared';
import { routeTable, type RouteEntry } from './route-table.js';
import { EXPECTATIONS, type Case, type Expectation, type Req } from './authz-expectations.js';
import { buildWorld, CALLERS, ROLES, type Caller, type Ids, type World } from './authz-world.js';
import { testApp } from './helpers.js';

const FULL = process.env.AUTHZ_FULL === '1';

/** The resource a path parameter names, by the collection segment in front of it. */
const SEGMENT: Record<string, keyof Ids> = {
  goals: 'goalId',
  indicators: 'indicatorId',
  measurements: 'measurementId',
  activities: 'activityId',
  actors: 'actorId',
  'meeting-series': 'seriesId',
  meetings: 'meetingId',
  'action-items': 'actionItemId',
  decisions: 'decisionId',
  narratives: 'narrativeId',
  'working-groups': 'workingGroupId',
  members: 'memberId',
  comments: 'commentId',
  ideas: 'ideaId',
  // An organisation's vote on an idea: the path names the actor.
  votes: 'actorId',
  imports: 'importId',
  packs: 'packId',
  jobs: 'jobId',
};
/** Where a case targets another actor, these resources are that actor's. */
const OTHER: Partial<Record<keyof Ids, keyof Ids>> = {
  actorId: 'otherActorId',
  measurementId: 'otherMeasurementId',
  actionItemId: 'otherActionItemId',
};

function fillPath(route: RouteEntry, c: Case, req: Req, world: World): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_m, name: string, offset: number) => {
    if (req.params?.[name]) return req.params[name];
    if (name === 'initiativeId') return c.ids.initiativeId;
    if (name === 'token') return world.calendarToken;
    const segment = route.url.slice(0, offset - 1).split('/').pop() ?? '';
    const key = SEGMENT[segment];
    if (!key) throw new Error(`${route.key}: no resource for :${name}; add its collection to SEGMENT`);
    return c.ids[(c.actor === 'other' && OTHER[key]) || key];
  });
}

const hasResource = (route: RouteEntry) => route.params.some((p) => p !== 'initiativeId' && p !== 'token');
const isInitiativeRoute = (route: RouteEntry) => route.params.includes('initiativeId');
/** Cases that delete or revoke run after the rest, so earlier cases still find what they need. */
const isDestructive = (route: RouteEntry) => route.method === 'DELETE' || route.url.endsWith('/logout') || route.url.endsWith('/renew');

function scopesOf(route: RouteEntry, e: Expectation): Case['scope'][] {
  if (!isInitiativeRoute(route)) return ['own'];
  if (e.who === 'signed-in') return ['own'];
  if (!hasResource(route) && !e.refs) return ['own', 'foreign-initiative'];
  if (!hasResource(route)) return ['own', 'foreign', 'foreign-initiative'];
  const scopes: Case['scope'][] = FULL ? ['own', 'foreign', 'foreign-initiative'] : ['own', 'foreign'];
  return e.refs ? [...scopes, 'foreign-ref'] : scopes;
}

function expected(route: RouteEntry, e: Expectation, c: Case): number | '2xx' {
  const ok = e.ok ?? '2xx';
  if (e.who === 'public') return c.scope === 'own' ? ok : (e.foreign ?? 404);
  if (c.caller === 'no-token' || c.caller === 'deleted-user') return 401;
  if (e.who === 'signed-in') return ok;
  // Non-members learn nothing about an initiative, not even that it exists.
  if (c.caller === 'non-member' || c.scope === 'foreign-initiative') return 404;
  const roles: Role[] = e.who === 'any-member' ? ROLES : e.who;
  // Where the right depends on the resource (an idea's organisation), a resource that is not here is not found, whatever the role.
  if (c.role && !roles.includes(c.role) && c.scope === 'foreign' && e.foreignResource?.[c.role] !== undefined) return e.foreignResource[c.role]!;
  if (!c.role || !roles.includes(c.role)) return 403;
  if (c.scope === 'foreign') return e.foreignResource?.[c.role] ?? (hasResource(route) ? 404 : (e.refs ?? 404));
  if (c.scope === 'foreign-ref') return e.foreignResource?.[c.role] ?? e.refs ?? 404;
  if (c.actor === 'other') return e.other?.[c.role] ?? ok;
  return ok;
}

interface Planned {
  route: RouteEntry;
  e: Expectation;
  caller: Caller;
  scope: Case['scope'];
  actor: Case['actor'];
}

function plan(routes: RouteEntry[]): Planned[] {
  const out: Planned[] = [];
  for (const route of routes) {
    const e = EXPECTATIONS[route.key];
    if (!e) continue;
    const repeat = FULL && isDestructive(route) ? 2 : 1;
    for (let i = 0; i < repeat; i++) {
      for (const scope of scopesOf(route, e)) {
        for (const caller of CALLERS) {
          // The non-member is a member of the foreign initiative: there it is not a non-member.
          if (caller === 'non-member' && scope === 'foreign-initiative') continue;
          out.push({ route, e, caller, scope, actor: 'own' });
        }
      }
      for (const role of FULL ? ROLES : (['partner'] as Role[])) {
        if (e.other && (FULL || e.other[role] !== undefined)) out.push({ route, e, caller: role, scope: 'own', actor: 'other' });
      }
    }
  }
  return out.sort((a, b) => Number(isDestructive(a.route)) - Number(isDestructive(b.route)));
}

/** Path resources and the resources the body names, for a scope. */
function idsFor(world: World, scope: Case['scope']): { ids: Ids; refs: Ids } {
  const own = world.own.ids;
  const foreign = { ...world.foreign.ids, initiativeId: own.initiativeId };
  if (scope === 'own') return { ids: own, refs: own };
  if (scope === 'foreign-initiative') return { ids: world.foreign.ids, refs: world.foreign.ids };
  if (scope === 'foreign-ref') return { ids: own, refs: foreign };
  return { ids: foreign, refs: foreign };
}

describe('authorisation matrix', () => {
  let world: World;
  let routes: RouteEntry[];

  beforeAll(async () => {
    const { app } = await testApp();
    routes = routeTable(app);
    world = await buildWorld();
  });

  it('has an expectation for every route and a route for every expectation', () => {
    const keys = new Set(routes.map((r) => r.key));
    const missing = routes.filter((r) => !EXPECTATIONS[r.key]).map((r) => `no expectation for ${r.key}`);
    const stale = Object.keys(EXPECTATIONS)
      .filter((k) => !keys.has(k))
      .map((k) => `expectation for a route that does not exist: ${k}`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it("answers 401 to a deleted user's token, also where the user was a member", async () => {
    const app = world.own.fixture.app;
    for (const url of ['/api/v1/me/calendar', '/api/v1/me', '/api/v1/initiatives', world.own.fixture.url()]) {
      const res = await app.inject({ method: 'GET', url, headers: world.headers('deleted-user') });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('lets every allowed caller through and stops every other one', { timeout: FULL ? 1_800_000 : 600_000 }, async () => {
    const app = world.own.fixture.app;
    const failures: string[] = [];
    const cases = plan(routes);
    const started = Date.now();
    for (const p of cases) {
      const role = ROLES.includes(p.caller as Role) ? (p.caller as Role) : null;
      const c: Case = { caller: p.caller, role, scope: p.scope, actor: p.actor, allowed: false, ...idsFor(world, p.scope), world };
      const want = expected(p.route, p.e, c);
      c.allowed = want === '2xx' || want === p.e.ok;
      const label = `${p.route.key} as ${p.caller} (${p.scope}${p.actor === 'other' ? ', other actor' : ''})`;
      let req: Req;
      try {
        req = (await p.e.req?.(c)) ?? {};
      } catch (error) {
        failures.push(`${label}: preparing the request failed: ${(error as Error).message}`);
        continue;
      }
      const res = await app.inject({
        method: p.route.method,
        url: fillPath(p.route, c, req, world),
        query: req.query,
        headers: { ...world.headers(p.caller), ...req.headers, ...req.multipart?.headers },
        ...(req.multipart ? { payload: req.multipart.payload } : req.body === undefined ? {} : { payload: req.body as object }),
      });
      const status = res.statusCode;
      if (status === 202 && p.route.key.endsWith('/reports/jobs')) {
        // Report jobs are limited per user and initiative: let this one finish before the next case.
        const jobUrl = `${fillPath(p.route, c, req, world)}/${res.json().id}`;
        for (let i = 0; i < 400; i++) {
          const job = await app.inject({ method: 'GET', url: jobUrl, headers: world.headers(p.caller) });
          if (!['queued', 'running'].includes(job.json().status)) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
      const good = want === '2xx' ? status >= 200 && status < 300 : status === want;
      if (!good) failures.push(`${label}: expected ${want}, got ${status} ${res.body.slice(0, 160)}`);
      else if (status >= 400 && typeof res.json().error?.code !== 'string') failures.push(`${label}: ${status} without the error shape`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`authorisation matrix: ${cases.length} requests checked in ${seconds} s${FULL ? ' (full)' : ''}, ${failures.length} failed`);
    expect(failures).toEqual([]);
  });
});
