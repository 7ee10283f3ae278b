import { queryOptions } from '@tanstack/react-query';
import { indicator } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { indicatorKeys } from '../lib/query-keys';

export const getIndicators = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/indicators'), indicator, { signal });

export const indicatorsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: indicatorKeys.list(initiativeId),
    queryFn: ({ signal }) => getIndicators(initiativeId, signal),
    select: (data) => data.items,
  });

export const getIndicator = (initiativeId: string, indicatorId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/indicators/${indicatorId}`), { schema: indicator, signal });

export const indicatorQueryOptions = (initiativeId: string, indicatorId: string) =>
  queryOptions({
    queryKey: indicatorKeys.detail(initiativeId, indicatorId),
    queryFn: ({ signal }) => getIndicator(initiativeId, indicatorId, signal),
  });
