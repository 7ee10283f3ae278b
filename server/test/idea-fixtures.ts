// An initiative for the idea tests: the helpers' fixture (the partner speaks for Actor A) with two
// goals, and two more partner users who both speak for Actor B: one organisation, two people.
import { goals, memberships, membershipActors, users } from '../src/db/schema/index.js';
import { createFixture, signIn, testApp, type Fixture } from './helpers.js';

type Role = Parameters<Fixture['auth']>[0];
/** A fixture role, or one of the two users of Actor B. */
export type Who = Role | 'b1' | 'b2';
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface IdeaFixture extends Fixture {
  goalIds: [string, string];
  /** The two users of Actor B (actorIds[1]). */
  b: Record<'b1' | 'b2', { id: string; token: string }>;
  headers(who: Who): { authorization: string };
  call(who: Who, method: Method, path: string, payload?: unknown): Promise<Awaited<ReturnType<Fixture['app']['inject']>>>;
  /** Proposes an idea (201 expected) and returns it. */
  propose(who: Who, body: Record<string, unknown>): Promise<IdeaJson>;
}

export interface IdeaJson {
  id: string;
  title: string;
  status: string;
  supportCount: number;
  supporters: { actorId: string; actorName: string; castByName: string | null; meetingId: string | null }[];
  goalIds: string[];
  actorId: string | null;
  activityId: string | null;
  decisionReason: string | null;
  [key: string]: unknown;
}

export async function createIdeaFixture(): Promise<IdeaFixture> {
  const f = await createFixture('Ideas');
  const { passwordHash } = await testApp();
  const goalRows = await f.db
    .insert(goals)
    .values([
      { initiativeId: f.initiativeId, title: 'Education', position: 0 },
      { initiativeId: f.initiativeId, title: 'Work', position: 1 },
    ])
    .returning();
  const b = {} as IdeaFixture['b'];
  for (const key of ['b1', 'b2'] as const) {
    const [u] = await f.db
      .insert(users)
      .values({ email: `${key}-${f.initiativeId.slice(0, 8)}@test.example`, name: `Actor B user ${key.slice(1)}`, passwordHash, locale: 'en' })
      .returning();
    const [m] = await f.db.insert(memberships).values({ initiativeId: f.initiativeId, userId: u.id, role: 'partner' }).returning();
    await f.db.insert(membershipActors).values({ membershipId: m.id, actorId: f.actorIds[1] });
    b[key] = { id: u.id, token: await signIn(f.app, u.id) };
  }
  const headers = (who: Who) => (who === 'b1' || who === 'b2' ? { authorization: `Bearer ${b[who].token}` } : f.auth(who));
  const call: IdeaFixture['call'] = (who, method, path, payload) =>
    f.app.inject({ method, url: f.url(path), headers: headers(who), ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    ...f,
    goalIds: [goalRows[0].id, goalRows[1].id],
    b,
    headers,
    call,
    propose: async (who, body) => {
      const res = await call(who, 'POST', '/ideas', body);
      if (res.statusCode !== 201) throw new Error(`propose as ${who}: ${res.statusCode} ${res.body}`);
      return res.json();
    },
  };
}

/** The SQLSTATE of a database error, also when the driver or drizzle wraps it. */
export function sqlState(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}
