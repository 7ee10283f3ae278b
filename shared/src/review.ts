// The Review screen's list: submitted values with what the same cell held one period earlier.
import { z } from 'zod';
import { MEASUREMENT_STATUSES } from './enums.js';
import { id, periodKey } from './common.js';
import { measurement } from './measurements.js';

/** The most rows one review list answers; a list is cut only between cells, never inside one. */
export const MAX_REVIEW_ITEMS = 5000;

export const reviewListQuery = z.object({
  period: periodKey.optional().meta({ description: 'Only values of this period' }),
  indicatorId: id.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_REVIEW_ITEMS)
    .default(MAX_REVIEW_ITEMS)
    .meta({ description: `At most this many rows (default and maximum ${MAX_REVIEW_ITEMS}); a total and its categories are never split` }),
});
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

export const previousCellValue = z
  .object({
    period: periodKey,
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    status: z.enum(MEASUREMENT_STATUSES),
  })
  .meta({ description: "The same cell (indicator, actor, category) in the previous period of the indicator's frequency" });
export type PreviousCellValue = z.infer<typeof previousCellValue>;

export const reviewItem = measurement.extend({
  /** The category's name for a disaggregated value; null for the total. */
  categoryName: z.string().nullable(),
  /** The name of the category's dimension (e.g. gender); null for the total. */
  dimensionName: z.string().nullable(),
  previous: previousCellValue.nullable(),
});
export type ReviewItem = z.infer<typeof reviewItem>;

export const reviewList = z.object({
  items: z.array(reviewItem),
  /** Submitted rows that match the filter, including any left out by `limit`. */
  total: z.number().int(),
  limit: z.number().int(),
  /** Every period with a submitted value (whatever the filter), newest first: the choices of the period filter. */
  periods: z.array(periodKey),
});
export type ReviewList = z.infer<typeof reviewList>;
