import { and, eq } from 'drizzle-orm';
import type { Initiative, PageQuery, Role } from '@ci/shared';
import { keyset, page } from '../../lib/paging.js';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, memberships } from '../../db/schema/index.js';

type Row = typeof initiatives.$inferSelect;

export function toInitiative(row: Row): Initiative {
  return { ...row, locale: row.locale as Initiative['locale'] };
}

export async function listForUser(db: DbOrTx, userId: string, query: PageQuery) {
  const ks = keyset([{ key: initiatives.name }, { key: initiatives.id }], query);
  const rows = await db
    .select({ initiative: initiatives, role: memberships.role, pageKey: ks.pageKey })
    .from(memberships)
    .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
    .where(and(eq(memberships.userId, userId), ks.where))
    .orderBy(...ks.orderBy)
    .limit(ks.limit);
  const { rows: kept, nextCursor } = page(rows, query);
  return { items: kept.map((r) => ({ ...toInitiative(r.initiative), role: r.role as Role })), nextCursor };
}

export async function getInitiative(db: DbOrTx, id: string) {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row ? toInitiative(row) : undefined;
}
