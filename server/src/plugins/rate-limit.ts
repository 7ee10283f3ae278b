// Request limits (sign-in, password change, public pages, calendar feeds) counted in the database,
// so that every instance behind a load balancer sees the same counts: a fixed window per key, one
// upsert per request. @fastify/rate-limit does the rest (keys, headers, routes' own limits).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

type Counted = { current: number; ttl: number };
type Callback = (err: Error | null, result?: Counted) => void;

interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
  max?: unknown;
  timeWindow?: unknown;
}

/** Counts a hit on `key` in the window that is open (a new one when the last has ended). */
export async function countHit(db: Db, key: string, windowMs: number): Promise<Counted> {
  const result = await db.execute(sql`
    insert into rate_limit_buckets as b (key, hits, window_ends_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when b.window_ends_at <= now() then 1 else b.hits + 1 end,
      window_ends_at = case when b.window_ends_at <= now() then excluded.window_ends_at else b.window_ends_at end
    returning hits, ceil(extract(epoch from (window_ends_at - now())) * 1000)::float8 as ttl_ms`);
  const row = (result as unknown as { rows: { hits: number; ttl_ms: number }[] }).rows[0];
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.ttl_ms)) };
}

/** Counts of past windows are of no use; they are deleted by the periodic sweep. */
export async function sweepRateLimitBuckets(db: Db): Promise<number> {
  const result = await db.execute(sql`delete from rate_limit_buckets where window_ends_at < now() - interval '1 minute'`);
  return Number((result as { rowCount?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);
}

/**
 * The store @fastify/rate-limit instantiates: each route (or `createRateLimit`) gets a child whose
 * keys carry the route and its limit, so two limits never share a count, and a changed limit
 * starts from zero.
 */
function databaseStore(db: Db) {
  class DatabaseStore {
    /** @fastify/rate-limit passes its options first; a child passes its key prefix too. */
    constructor(
      _options?: unknown,
      private readonly scope = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number, max: number) {
      countHit(db, `${this.scope}${max}/${timeWindow}:${key}`, timeWindow).then(
        (counted) => callback(null, counted),
        (err: Error) => callback(err),
      );
    }

    // Typed as route options by the library; at run time the route's merged limit with `routeInfo`.
    child(routeOptions: unknown) {
      const params = routeOptions as RouteParams;
      const route = params.routeInfo?.url ? `${[params.routeInfo.method].flat().join(',')} ${params.routeInfo.url}:` : '';
      return new DatabaseStore(params, route);
    }
  }
  return DatabaseStore;
}

export default fp(
  async function rateLimit(app: FastifyInstance) {
    await app.register(fastifyRateLimit, { global: false, store: databaseStore(app.db) });
  },
  { name: 'rate-limit', dependencies: ['db'] },
);
