import { z } from 'zod';
import { isPeriodKey, MAX_YEAR, MIN_YEAR } from './periods.js';

export const id = z.uuid();

export const periodKey = z
  .string()
  .refine(isPeriodKey, { message: 'Expected a period key such as 2025-03, 2025-Q1, 2025-H1 or 2025' })
  .meta({ description: 'Period key: 2025-03 (month), 2025-Q1, 2025-H1 or 2025', example: '2025-Q1' });

/**
 * A timestamp: an ISO 8601 string on the wire, a Date in code. Input outside the years of period keys is
 * refused: two-digit years are read as 19xx or 20xx by `Date.UTC` and date parsers, so the year 1
 * would silently become another year, and no meeting or deadline lies there.
 */
export const dateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s, ctx) => {
    const date = new Date(s);
    const year = date.getUTCFullYear();
    if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) {
      ctx.issues.push({ code: 'custom', input: s, message: `Expected a time between the years ${MIN_YEAR} and ${MAX_YEAR}` });
      return z.NEVER;
    }
    return date;
  },
  encode: (d) => d.toISOString(),
});

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

export const initiativeParams = z.object({ initiativeId: id });
export const resourceParams = z.object({ initiativeId: id, id });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export function pagedListOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export const paging = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Page size of lists that can grow: the default when `limit` is absent, and the largest accepted. */
export const PAGE_LIMIT_DEFAULT = 200;
export const PAGE_LIMIT_MAX = 1000;

/** Query of a list read page by page (keyset paging: pages stay stable while rows are added). */
export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(PAGE_LIMIT_DEFAULT)
    .meta({ description: `Items per page (1–${PAGE_LIMIT_MAX}, default ${PAGE_LIMIT_DEFAULT})` }),
  cursor: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .meta({ description: 'Where to continue: the `nextCursor` of the previous page; absent for the first page' }),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** One page of a list, in the list's order; `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` to read the next page; null when this is the last page' }),
  });
}

/** Standard error responses every route documents. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  422: errorBody,
};

export const emptyResponse = z.null().meta({ description: 'No content' });

/** A conditional GET whose `If-None-Match` names the current `ETag`: no body, the client's copy is current. */
export const notModifiedResponse = z.null().meta({ description: 'Not modified: the copy named by If-None-Match is current' });
