// Lists the API serves page by page (`limit`, `cursor`, `nextCursor`) are read whole here: screens
// such as the grid and the directory need every actor and indicator, not the first page.
import type { z } from 'zod';
import { PAGE_LIMIT_MAX, pageOf } from '@ci/shared';
import { api, type RequestOptions } from './api';

type Query = NonNullable<RequestOptions<undefined>['query']>;

/** Follows `nextCursor` until the last page; the result has the shape of a one-page list. */
export async function fetchAllPages<T extends z.ZodType>(
  path: string,
  item: T,
  options: { query?: Query; signal?: AbortSignal } = {},
): Promise<{ items: z.output<T>[] }> {
  const schema = pageOf(item);
  const items: z.output<T>[] = [];
  let cursor: string | null = null;
  do {
    const page: z.output<typeof schema> = await api(path, {
      query: { ...options.query, limit: PAGE_LIMIT_MAX, cursor },
      schema,
      signal: options.signal,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items };
}
