import { z } from 'zod';
import { MEASUREMENT_STATUSES } from './enums.js';
import { dateTime, id, pagedListOf, paging, periodKey } from './common.js';
import { boundedNumber } from './values.js';

export const measurement = z.object({
  id,
  indicatorId: id,
  /** Null for a population-level value. */
  actorId: id.nullable(),
  period: periodKey,
  /** Null for the total; set for a disaggregated value. */
  categoryId: id.nullable(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  status: z.enum(MEASUREMENT_STATUSES),
  returnReason: z.string().nullable(),
  enteredBy: id.nullable(),
  enteredByName: z.string().nullable(),
  enteredAt: dateTime,
  updatedAt: dateTime,
  version: z.number().int(),
});
export type Measurement = z.infer<typeof measurement>;

export const measurementList = pagedListOf(measurement);

export const measurementListQuery = z.object({
  indicatorId: id.optional(),
  actorId: z
    .union([id, z.literal('none')])
    .optional()
    .meta({ description: "An actor's id, or `none` for population-level values" }),
  period: periodKey.optional(),
  /** Periods that start on or after the start of this key. */
  from: periodKey.optional(),
  /** Periods that start on or before the end of this key. */
  to: periodKey.optional(),
  status: z.enum(MEASUREMENT_STATUSES).optional(),
  ...paging.shape,
});
export type MeasurementListQuery = z.infer<typeof measurementListQuery>;

export const MAX_BATCH_ITEMS = 5000;

export const measurementBatchItem = z
  .object({
    indicatorId: id,
    actorId: id.nullable(),
    period: periodKey,
    categoryId: id
      .nullable()
      .optional()
      .meta({
        description:
          "A category of the indicator's dimensions; null or absent for the total. Category values travel with their cell's total in the " +
          'same batch, and each dimension with values must add up to the total (percentages: numerators and denominators). A category ' +
          'item without value, numerator and denominator removes that category value.',
      }),
    value: boundedNumber.nullable().optional(),
    numerator: boundedNumber.nullable().optional(),
    denominator: boundedNumber.nullable().optional(),
    note: z.string().max(2000).optional(),
    /** Default `submitted`; approval is a separate step. */
    status: z.enum(['draft', 'submitted']).optional(),
    /** The version the client last saw; omit for a cell it believes is new. */
    version: z.number().int().min(1).optional(),
    /** Required when the change touches an approved value. */
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  // Per item, so that one malformed item does not hide the others' errors.
  .superRefine((item, ctx) => {
    const hasValue = item.value !== undefined && item.value !== null;
    const hasNumerator = item.numerator !== undefined && item.numerator !== null;
    const hasDenominator = item.denominator !== undefined && item.denominator !== null;
    if (hasValue && (hasNumerator || hasDenominator)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Send either a value or a numerator and denominator, not both' });
    } else if (!hasValue && !hasNumerator && !hasDenominator) {
      // A category item without a figure removes that category's value (its total comes along).
      if (!item.categoryId) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Send a value, or a numerator and denominator' });
    } else if (!hasValue) {
      if (!hasNumerator) ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'A numerator is required with a denominator' });
      if (!hasDenominator) ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'A denominator is required with a numerator' });
    }
    if (hasDenominator && item.denominator! <= 0) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'The denominator must be greater than 0' });
    }
    if (hasNumerator && item.numerator! < 0) {
      ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'The numerator cannot be negative' });
    }
  });
export type MeasurementBatchItem = z.infer<typeof measurementBatchItem>;

/** The key of one cell: a batch may hold each cell once. */
export function cellKey(c: { indicatorId: string; actorId: string | null; period: string; categoryId?: string | null }) {
  return `${c.indicatorId}|${c.actorId ?? ''}|${c.period}|${c.categoryId ?? ''}`;
}

export const measurementBatch = z
  .object({ items: z.array(measurementBatchItem).min(1).max(MAX_BATCH_ITEMS) })
  .superRefine((batch, ctx) => {
    const seen = new Map<string, number>();
    batch.items.forEach((item, i) => {
      const key = cellKey(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: ['items', i, 'period'], message: `The same cell as items.${first}` });
    });
  });
export type MeasurementBatch = z.infer<typeof measurementBatch>;

export const measurementBatchResponse = z.object({ items: z.array(measurement) });

/** `error.details` of a 409 from a batch write or a delete: the current state of each stale cell. */
export const measurementConflicts = z.object({
  conflicts: z.array(
    z.object({
      indicatorId: id,
      actorId: id.nullable(),
      period: periodKey,
      categoryId: id.nullable(),
      current: measurement.nullable(),
    }),
  ),
});
export type MeasurementConflicts = z.infer<typeof measurementConflicts>;

export const measurementDeleteQuery = z.object({
  version: z.coerce.number().int().min(1),
  /** Required when deleting an approved value. */
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const measurementReview = z
  .object({
    ids: z.array(id).min(1).max(MAX_BATCH_ITEMS),
    action: z.enum(['approve', 'return']),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .superRefine((review, ctx) => {
    if (review.action === 'return' && !review.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the values are returned' });
    }
    if (new Set(review.ids).size !== review.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Each id may appear once' });
    }
  });
export type MeasurementReview = z.infer<typeof measurementReview>;
