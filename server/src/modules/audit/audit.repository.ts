import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListQuery } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';

const DAY_MS = 86_400_000;

const columns = { entry: auditLog, userName: users.name };

function toAuditEntry(r: { entry: typeof auditLog.$inferSelect; userName: string | null }): AuditEntry {
  const e = r.entry;
  return {
    id: e.id,
    userId: e.userId,
    userName: r.userName,
    action: e.action as AuditEntry['action'],
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason,
    at: e.at,
  };
}

/** Days are read in UTC; `to` includes its whole day. */
function filters(initiativeId: string, q: Partial<AuditListQuery>): SQL[] {
  const where: SQL[] = [eq(auditLog.initiativeId, initiativeId)];
  if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.userId) where.push(eq(auditLog.userId, q.userId));
  if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) where.push(lt(auditLog.at, new Date(Date.parse(`${q.to}T00:00:00Z`) + DAY_MS)));
  return where;
}

export async function listAudit(db: DbOrTx, initiativeId: string, q: AuditListQuery) {
  const where = and(...filters(initiativeId, q));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(columns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map(toAuditEntry), total, limit: q.limit, offset: q.offset };
}

/** Every recorded change of one entity, newest first. */
export async function historyOf(db: DbOrTx, initiativeId: string, entityType: string, entityId: string) {
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...filters(initiativeId, { entityType, entityId })))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
  return rows.map(toAuditEntry);
}
