import { queryOptions, useQuery } from '@tanstack/react-query';
import { overviewResponse } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { overviewKeys } from '../../../lib/query-keys';

export const getOverview = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/overview'), { schema: overviewResponse, signal });

export const overviewQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: overviewKeys.detail(initiativeId),
    queryFn: ({ signal }) => getOverview(initiativeId, signal),
  });

export const useOverview = (initiativeId: string) => useQuery(overviewQueryOptions(initiativeId));

