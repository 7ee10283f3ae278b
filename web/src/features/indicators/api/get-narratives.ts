import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOf, narrative } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { narrativeKeys } from '../../../lib/query-keys';

export const getNarratives = (initiativeId: string, indicatorId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/narratives'), { query: { indicatorId }, schema: listOf(narrative), signal });

export const narrativesQueryOptions = (initiativeId: string, indicatorId: string) =>
  queryOptions({
    queryKey: narrativeKeys.list(initiativeId, indicatorId),
    queryFn: ({ signal }) => getNarratives(initiativeId, indicatorId, signal),
    select: (data) => data.items,
  });

export const useNarratives = (initiativeId: string, indicatorId: string) => useQuery(narrativesQueryOptions(initiativeId, indicatorId));
