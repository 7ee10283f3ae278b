import { queryOptions } from '@tanstack/react-query';
import { goal, listOf } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { goalKeys } from '../lib/query-keys';

export const getGoals = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/goals'), { schema: listOf(goal), signal });

export const goalsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: goalKeys.list(initiativeId),
    queryFn: ({ signal }) => getGoals(initiativeId, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
