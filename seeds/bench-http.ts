// Measuring the app over HTTP as a client sees it: a server process of its own (so the load
// generator does not share its event loop), a signed-in bench user, request latencies and
// autocannon throughput. Used by the series benchmark; reusable for any route.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../server/src/db/client.js';
import { memberships, users } from '../server/src/db/schema/index.js';
import { hashPassword } from '../server/src/lib/passwords.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `server/src/server.ts` on a PostgreSQL database and waits until it answers. */
export async function startServer(opts: {
  databaseUrl: string;
  port: number;
  jwtSecret: string;
  env?: Record<string, string>;
  /** Extra options for node, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const url = `http://127.0.0.1:${opts.port}`;
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(root, 'server/src/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      JWT_SECRET: opts.jwtSecret,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      SCHEDULER: 'false',
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health/live`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('The server did not answer within 120 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A user with the given role in the initiative (made once, kept), signed in over HTTP; returns the Bearer header. */
export async function benchUser(database: Database, serverUrl: string, initiativeId: string, role = 'steering'): Promise<Record<string, string>> {
  const email = `bench-${role}@bench.test`;
  const password = 'bench-password-Δ-1234';
  const db = database.db;
  let [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) [user] = await db.insert(users).values({ email, name: `Bench ${role}`, passwordHash: await hashPassword(password), locale: 'en' }).returning({ id: users.id });
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.initiativeId, initiativeId)));
  if (!member) await db.insert(memberships).values({ userId: user.id, initiativeId, role });
  const res = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Bench sign-in failed: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}

/** Milliseconds of each of `runs` sequential GETs (body read in full); `before` runs ahead of each, untimed. */
export async function timeGets(url: string, headers: Record<string, string>, runs: number, before?: () => Promise<void>, status = 200) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    if (before) await before();
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.arrayBuffer();
    times.push(performance.now() - started);
    if (res.status !== status) throw new Error(`GET ${url}: ${res.status}`);
    bytes = body.byteLength;
  }
  return { times, median: median(times), bytes };
}

/** Requests per second that `connections` keep-alive clients get for `seconds` (autocannon). */
export async function throughput(url: string, headers: Record<string, string>, opts: { connections?: number; seconds?: number } = {}) {
  const result = await autocannon({ url, headers, connections: opts.connections ?? 20, duration: opts.seconds ?? 5 });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${failed} of ${result.requests.total} requests failed`);
  return result.requests.average;
}
