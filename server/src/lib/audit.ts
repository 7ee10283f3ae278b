import type { AuditAction } from '@ci/shared';
import type { DbOrTx } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';

export interface AuditEntry {
  initiativeId: string | null;
  userId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Records one write; call it inside the write's transaction so both land or neither does. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      initiativeId: e.initiativeId,
      userId: e.userId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before === undefined ? null : toJson(e.before),
      after: e.after === undefined ? null : toJson(e.after),
      reason: e.reason ?? null,
    })),
  );
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
