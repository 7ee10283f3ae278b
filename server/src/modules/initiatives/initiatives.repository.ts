import { asc, eq } from 'drizzle-orm';
import type { Initiative, Role } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, memberships } from '../../db/schema/index.js';

type Row = typeof initiatives.$inferSelect;

export function toInitiative(row: Row): Initiative {
  return { ...row, locale: row.locale as Initiative['locale'] };
}

export async function listForUser(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ initiative: initiatives, role: memberships.role })
    .from(memberships)
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(initiatives.name));
  return rows.map((r) => ({ ...toInitiative(r.initiative), role: r.role as Role }));
}

export async function getInitiative(db: DbOrTx, id: string) {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row ? toInitiative(row) : undefined;
}
