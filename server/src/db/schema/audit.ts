import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS } from '@ci/shared';
import { oneOf } from './_columns.js';

/** Append-only: rows are inserted in the same transaction as the write they record, never updated. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // No foreign keys: the record must outlive what it describes.
    initiativeId: uuid('initiative_id'),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_initiative_at_idx').on(t.initiativeId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    check('audit_log_action_check', oneOf('action', AUDIT_ACTIONS)),
  ],
);
