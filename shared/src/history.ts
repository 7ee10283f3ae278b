import { z } from 'zod';
import { AUDIT_ACTIONS, MEASUREMENT_STATUSES } from './enums.js';
import { dateTime, id, periodKey } from './common.js';

/** A value as the audit log kept it before or after one change. */
export const valueSnapshot = z.object({
  indicatorId: id,
  actorId: id.nullable(),
  period: z.string(),
  categoryId: id.nullable(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  status: z.enum(MEASUREMENT_STATUSES),
  returnReason: z.string().nullable(),
  version: z.number().int().nullable(),
});
export type ValueSnapshot = z.infer<typeof valueSnapshot>;

/**
 * One change of a value, as the caller may see it. For a partner looking at another organisation's
 * value only the states that counted are kept: `before` is then the previous state that counted.
 */
export const valueHistoryEntry = z.object({
  id: z.number().int(),
  userId: id.nullable(),
  /** Null for a write made by the system or by a user who no longer exists. */
  userName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.literal('measurement'),
  /** The measurement's id: a deleted and re-entered value has two. */
  entityId: z.string(),
  before: valueSnapshot.nullable(),
  after: valueSnapshot.nullable(),
  /** Why: a return reason, a correction reason, or the name of an imported file. */
  reason: z.string().nullable(),
  at: dateTime,
});
export type ValueHistoryEntry = z.infer<typeof valueHistoryEntry>;

export const valueHistory = z.object({ items: z.array(valueHistoryEntry) });
export type ValueHistory = z.infer<typeof valueHistory>;

/** One cell: an indicator, an actor (`none` for a population-level value), a period, and a category or the total. */
export const cellHistoryQuery = z.object({
  indicatorId: id,
  actorId: z
    .union([id, z.literal('none')])
    .default('none')
    .meta({ description: "An actor's id, or `none` (the default) for a population-level value" }),
  period: periodKey,
  categoryId: id.optional().meta({ description: 'A category of the indicator; without it, the total' }),
});
export type CellHistoryQuery = z.input<typeof cellHistoryQuery>;
