import { z } from 'zod';
import { AUDIT_ACTIONS } from './enums.js';
import { dateTime, id, isoDate, pagedListOf, paging } from './common.js';

export const auditEntry = z.object({
  id: z.number().int(),
  userId: id.nullable(),
  /** Null for a write made by the system or by a user who no longer exists. */
  userName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  at: dateTime,
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditList = pagedListOf(auditEntry);

export const auditListQuery = z.object({
  entityType: z.string().min(1).max(100).optional(),
  entityId: z.string().min(1).max(200).optional(),
  userId: id.optional(),
  /** First day, inclusive. */
  from: isoDate.optional(),
  /** Last day, inclusive. */
  to: isoDate.optional(),
  ...paging.shape,
});
export type AuditListQuery = z.infer<typeof auditListQuery>;
