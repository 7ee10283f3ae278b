// Which thread a request is about, and who may read it: a thread lives where its value is seen.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { frequencyOf, type Role } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { actors, comments, indicators, initiatives, measurements, memberships, membershipActors } from '../../db/schema/index.js';
import { NotFound, Unprocessable } from '../../lib/errors.js';
import { countsAsReported } from '../series/series.repository.js';

export interface ThreadKey {
  indicatorId: string;
  /** Null: the thread on the indicator and period. */
  actorId: string | null;
  period: string;
}

export interface Thread extends ThreadKey {
  indicator: { code: string; name: string };
  actorName: string | null;
}

export interface Reader {
  role: Role;
  actorIds: readonly string[];
}

const SEE_ALL: readonly Role[] = ['admin', 'backbone', 'steering'];

/**
 * The thread's indicator, actor and period, checked against the initiative. Unknown references in
 * a query answer 404; in a body (something to be written) 422, like the other writes.
 */
export async function resolveThread(db: DbOrTx, initiativeId: string, key: ThreadKey, from: 'query' | 'body'): Promise<Thread> {
  const fail = (field: string, message: string, what: string) => {
    if (from === 'query') throw new NotFound(what);
    throw new Unprocessable(message, [{ field: `body.${field}`, message }]);
  };
  const [indicator] = await db
    .select({ code: indicators.code, name: indicators.name, frequency: indicators.frequency, actorAggregation: indicators.actorAggregation })
    .from(indicators)
    .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.id, key.indicatorId)));
  if (!indicator) return fail('indicatorId', 'Not an indicator of this initiative', 'Indicator');
  let actorName: string | null = null;
  if (key.actorId !== null) {
    const [actor] = await db
      .select({ name: actors.name })
      .from(actors)
      .where(and(eq(actors.initiativeId, initiativeId), eq(actors.id, key.actorId)));
    if (!actor) return fail('actorId', 'Not an actor of this initiative', 'Actor');
    if (indicator.actorAggregation === 'none') {
      throw new Unprocessable('This indicator is population-level: discuss it without an actor', [
        { field: `${from}.actorId`, message: 'Must be absent for a population-level indicator' },
      ]);
    }
    actorName = actor.name;
  }
  if (frequencyOf(key.period) !== indicator.frequency) {
    throw new Unprocessable(`The period must be a ${indicator.frequency} period, as the indicator is reported`, [
      { field: `${from}.period`, message: `Must be a ${indicator.frequency} period` },
    ]);
  }
  return { ...key, indicator: { code: indicator.code, name: indicator.name }, actorName };
}

/** Whether the value of (indicator, actor, period) counts, so that every member sees it. */
export async function valueCounts(db: DbOrTx, initiativeId: string, key: ThreadKey): Promise<boolean> {
  if (key.actorId === null) return true;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(measurements)
    .innerJoin(initiatives, eq(initiatives.id, measurements.initiativeId))
    .where(
      and(
        eq(measurements.initiativeId, initiativeId),
        eq(measurements.indicatorId, key.indicatorId),
        eq(measurements.actorId, key.actorId),
        eq(measurements.period, key.period),
        countsAsReported(measurements.status, initiatives.requiresApproval),
      ),
    )
    .limit(1);
  return !!row;
}

/**
 * A partner reads threads on its own organisations' values, on indicators and periods, and on
 * another organisation's value once that value counts; the other roles read every thread.
 */
export function mayRead(reader: Reader, key: ThreadKey, counted: boolean): boolean {
  if (SEE_ALL.includes(reader.role)) return true;
  return key.actorId === null || reader.actorIds.includes(key.actorId) || counted;
}

/** The same rule as a condition on `comments`, for lists over many threads. */
export function readableComments(initiativeId: string, reader: Reader): SQL | undefined {
  if (SEE_ALL.includes(reader.role)) return undefined;
  const requiresApproval = sql`(select ${initiatives.requiresApproval} from ${initiatives} where ${initiatives.id} = ${initiativeId})`;
  const counted = sql`exists (select 1 from ${measurements} where ${measurements.initiativeId} = ${comments.initiativeId}
    and ${measurements.indicatorId} = ${comments.indicatorId} and ${measurements.actorId} = ${comments.actorId}
    and ${measurements.period} = ${comments.period} and ${countsAsReported(measurements.status, requiresApproval)})`;
  const conditions = [sql`${comments.actorId} is null`, counted];
  if (reader.actorIds.length > 0) conditions.push(inArray(comments.actorId, [...reader.actorIds]));
  return or(...conditions);
}

/** Role and linked actors of each of these users in the initiative (non-members are absent). */
export async function readersOf(db: DbOrTx, initiativeId: string, userIds: string[]): Promise<Map<string, Reader>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, actorId: membershipActors.actorId })
    .from(memberships)
    .leftJoin(membershipActors, eq(membershipActors.membershipId, memberships.id))
    .where(and(eq(memberships.initiativeId, initiativeId), inArray(memberships.userId, userIds)));
  const out = new Map<string, { role: Role; actorIds: string[] }>();
  for (const r of rows) {
    const reader = out.get(r.userId) ?? { role: r.role as Role, actorIds: [] };
    if (r.actorId) reader.actorIds.push(r.actorId);
    out.set(r.userId, reader);
  }
  return out;
}
