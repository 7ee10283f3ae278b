// The demo: two invented initiatives (one Swedish, one Danish) and one demo user per role.
// Loaded on first start of the embedded mode only; never in production.
import { sql } from 'drizzle-orm';
import type { Db } from '../server/src/db/client.js';
import { hashPassword } from '../server/src/lib/passwords.js';
import { initiatives, memberships, membershipActors, users } from '../server/src/db/schema/index.js';
import { swedishDemo } from './demo-sv.js';
import { danishDemo } from './demo-da.js';
import { loadInitiative } from './load.js';
import { loadDiscussion } from './discussion.js';
import { loadIdeas } from './ideas.js';
import type { DemoUserRole } from './types.js';

export const DEMO_PASSWORD = 'collective-impact';
export const DEMO_USERS = [
  { email: 'admin@demo.test', name: 'Demo Admin', role: 'admin' },
  { email: 'backbone@demo.test', name: 'Demo Backbone', role: 'backbone' },
  { email: 'steering@demo.test', name: 'Demo Steering', role: 'steering' },
  { email: 'partner@demo.test', name: 'Demo Partner', role: 'partner' },
] as const;

export interface SeedResult {
  created: boolean;
  emails: string[];
}

/** Loads the demo when the database has no initiative yet; returns the demo logins. */
/** `onSeed` is told just before the (slow) loading begins, when the database is empty. */
export async function seedDemoIfEmpty(db: Db, onSeed?: () => void): Promise<SeedResult> {
  const emails = DEMO_USERS.map((u) => u.email);
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(initiatives);
  if (count > 0) return { created: false, emails };
  onSeed?.();
  await seedDemo(db);
  return { created: true, emails };
}

export async function seedDemo(db: Db): Promise<{ initiativeIds: string[] }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const loaded = await db.transaction(async (tx) => {
    const userRows = await tx
      .insert(users)
      .values(DEMO_USERS.map((u) => ({ email: u.email, name: u.name, passwordHash, locale: 'sv' })))
      .onConflictDoNothing()
      .returning();
    const byEmail = new Map(userRows.map((u) => [u.email, u.id]));
    const initiativeIds: string[] = [];
    for (const [index, demo] of [swedishDemo, danishDemo].entries()) {
      const loaded = await loadInitiative(tx, demo, byEmail.get('backbone@demo.test') ?? null);
      initiativeIds.push(loaded.initiativeId);
      const members: Partial<Record<DemoUserRole, string>> = {};
      for (const u of DEMO_USERS) {
        // The partner belongs to the first initiative only, linked to one of its actors.
        if (u.role === 'partner' && index > 0) continue;
        const userId = byEmail.get(u.email);
        if (!userId) continue;
        const [m] = await tx.insert(memberships).values({ initiativeId: loaded.initiativeId, userId, role: u.role }).returning();
        members[u.role] = userId;
        if (u.role === 'partner') {
          await tx.insert(membershipActors).values({ membershipId: m.id, actorId: loaded.partnerActorId });
        }
      }
      // Proposals, votes and comments by the members of this initiative only.
      await loadIdeas(tx, demo, loaded, members);
    }
    return { initiativeIds, users: byEmail };
  });
  for (const [index, demo] of [swedishDemo, danishDemo].entries()) {
    await loadDiscussion(db, loaded.initiativeIds[index], demo, {
      steering: loaded.users.get('steering@demo.test'),
      backbone: loaded.users.get('backbone@demo.test'),
    });
  }
  return { initiativeIds: loaded.initiativeIds };
}
