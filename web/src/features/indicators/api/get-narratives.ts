import { queryOptions, useQuery } from '@tanstack/react-query';
import { narrative } from '@ci/shared';
import { initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';
import { narrativeKeys } from '../../../lib/query-keys';

export const getNarratives = (initiativeId: string, indicatorId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/narratives'), narrative, { query: { indicatorId }, signal });

export const narrativesQueryOptions = (initiativeId: string, indicatorId: string) =>
  queryOptions({
    queryKey: narrativeKeys.list(initiativeId, indicatorId),
    queryFn: ({ signal }) => getNarratives(initiativeId, indicatorId, signal),
    select: (data) => data.items,
  });

export const useNarratives = (initiativeId: string, indicatorId: string) => useQuery(narrativesQueryOptions(initiativeId, indicatorId));
