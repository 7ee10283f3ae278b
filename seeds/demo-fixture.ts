// The demo in the test database: its users' e-mails are fixed, so it can exist only once per
// database. Test files load it unless an earlier file of the same run already did.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../server/src/db/client.js';
import { initiatives, memberships, users } from '../server/src/db/schema/index.js';
import { seedDemo } from './demo.js';
import { swedishDemo } from './demo-sv.js';
import { danishDemo } from './demo-da.js';

/** The ids of the Swedish and the Danish demo initiative, loading the demo first if needed. */
export async function demoInitiativeIds(db: Db): Promise<[string, string]> {
  const [admin] = await db.select().from(users).where(eq(users.email, 'admin@demo.test'));
  if (!admin) await seedDemo(db);
  const rows = await db
    .select({ id: initiatives.id, name: initiatives.name })
    .from(initiatives)
    .innerJoin(memberships, eq(memberships.initiativeId, initiatives.id))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.email, 'admin@demo.test'), inArray(initiatives.name, [swedishDemo.name, danishDemo.name])));
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return [byName.get(swedishDemo.name)!, byName.get(danishDemo.name)!];
}
