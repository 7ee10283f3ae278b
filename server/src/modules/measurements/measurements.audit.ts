// The audit rows of a large batch, written in one statement.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { recordAudit, type AuditEntry } from '../../lib/audit.js';

/** From this many entries on, the audit rows go in as one JSON parameter instead of bound rows. */
const BULK_AUDIT_FROM = 500;

/** The same rows as recordAudit writes, in one statement: a 5000-cell import stays one round trip. */
export async function recordAuditInBulk(tx: Tx, entries: AuditEntry[]) {
  if (entries.length < BULK_AUDIT_FROM) return recordAudit(tx, entries);
  const payload = JSON.stringify(
    entries.map((e) => ({
      initiative_id: e.initiativeId,
      user_id: e.userId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      reason: e.reason ?? null,
    })),
  );
  await tx.execute(sql`
    insert into audit_log (initiative_id, user_id, action, entity_type, entity_id, before, after, reason)
    select x.initiative_id, x.user_id, x.action, x.entity_type, x.entity_id, x.before, x.after, x.reason
    from jsonb_to_recordset(${payload}::jsonb) as x(initiative_id uuid, user_id uuid, action text, entity_type text,
      entity_id text, before jsonb, after jsonb, reason text)`);
}
