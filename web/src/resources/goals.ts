import { queryOptions } from '@tanstack/react-query';
import { goal } from '@ci/shared';
import { initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { goalKeys } from '../lib/query-keys';

export const getGoals = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/goals'), goal, { signal });

export const goalsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: goalKeys.list(initiativeId),
    queryFn: ({ signal }) => getGoals(initiativeId, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
