// The real app over a real, migrated database (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Role } from '@ci/shared';
import { openPglite, openPostgres, type Database, type Db } from '../src/db/client.js';
import { buildApp, type BuiltApp } from '../src/app.js';
import { issueToken } from '../src/plugins/auth.js';
import { hashPassword } from '../src/lib/passwords.js';
import { actors, initiatives, memberships, membershipActors, users } from '../src/db/schema/index.js';

export const TEST_PASSWORD = 'test-password-1';

let shared: Promise<{ database: Database; app: BuiltApp; passwordHash: string }> | undefined;

/** One database and app per test run (the worker is shared by all test files). */
export function testApp() {
  shared ??= (async () => {
    const url = inject('databaseUrl');
    const database = url ? await openPostgres(url) : await openPglite(undefined);
    const app = await buildApp({ database, jwtSecret: 'test-secret-that-is-long-enough-000000', loginRateLimit: 10_000 });
    await app.ready();
    return { database, app, passwordHash: await hashPassword(TEST_PASSWORD) };
  })();
  return shared;
}

/**
 * A database no other app of the test run works on (so no worker takes its jobs unless the test
 * starts one): a fresh in-memory PGlite, or the spare PostgreSQL database of the run.
 */
export async function isolatedDatabase(): Promise<Database> {
  const url = inject('spareDatabaseUrl');
  return url ? openPostgres(url) : openPglite(undefined);
}

/** A signed-in session for the user, as a login would open it; returns the Bearer token. */
export function signIn(app: BuiltApp, userId: string): Promise<string> {
  return issueToken(app, userId);
}

export interface Fixture {
  app: BuiltApp;
  db: Db;
  initiativeId: string;
  /** Two actors; the partner is linked to actorIds[0]. */
  actorIds: [string, string];
  users: Record<Role | 'outsider', { id: string; email: string; token: string }>;
  /** Authorization header for a role. */
  auth(role: Role | 'outsider'): { authorization: string };
  /** `/api/v1/initiatives/:initiativeId` + path. */
  url(path?: string): string;
}

/** A fresh initiative with one user per role, an outsider, and two actors; `on`: another app and its database. */
export async function createFixture(name = 'Test initiative', on?: { app: BuiltApp; db: Db }): Promise<Fixture> {
  const { passwordHash } = await testApp();
  const { app, db } = on ?? { app: (await testApp()).app, db: (await testApp()).database.db };
  const tag = randomUUID().slice(0, 8);
  const [initiative] = await db.insert(initiatives).values({ name: `${name} ${tag}`, locale: 'en' }).returning();
  const actorRows = await db
    .insert(actors)
    .values([
      { initiativeId: initiative.id, name: 'Actor A', sector: 'civil_society' },
      { initiativeId: initiative.id, name: 'Actor B', sector: 'public' },
    ])
    .returning();
  const roles = ['admin', 'backbone', 'steering', 'partner', 'outsider'] as const;
  const out = {} as Fixture['users'];
  for (const role of roles) {
    const email = `${role}-${tag}@test.example`;
    const [u] = await db.insert(users).values({ email, name: `${role} user`, passwordHash, locale: 'en' }).returning();
    if (role !== 'outsider') {
      const [m] = await db.insert(memberships).values({ initiativeId: initiative.id, userId: u.id, role }).returning();
      if (role === 'partner') await db.insert(membershipActors).values({ membershipId: m.id, actorId: actorRows[0].id });
    }
    out[role] = { id: u.id, email, token: await signIn(app, u.id) };
  }
  return {
    app,
    db,
    initiativeId: initiative.id,
    actorIds: [actorRows[0].id, actorRows[1].id],
    users: out,
    auth: (role) => ({ authorization: `Bearer ${out[role].token}` }),
    url: (path = '') => `/api/v1/initiatives/${initiative.id}${path}`,
  };
}

/**
 * Waits until the app knows a data version of the initiative past `from` (on PostgreSQL a write by
 * another connection reaches the app by notification, a moment after its commit).
 */
export async function waitForVersionChange(app: BuiltApp, initiativeId: string, from: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while ((await app.dataVersions.current(initiativeId)) <= from) {
    if (Date.now() > deadline) throw new Error('No new data version within 5 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
