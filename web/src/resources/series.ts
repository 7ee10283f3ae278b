// Resources read by several features: each file is one endpoint's fetcher and query options.
import { queryOptions } from '@tanstack/react-query';
import { seriesResponse, type Frequency } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { indicatorKeys } from '../lib/query-keys';

export interface SeriesParams {
  from?: string;
  to?: string;
  frequency?: Frequency;
}

export const getSeries = (initiativeId: string, indicatorId: string, params: SeriesParams, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/indicators/${indicatorId}/series`), {
    query: { from: params.from, to: params.to, frequency: params.frequency },
    schema: seriesResponse,
    signal,
  });

export const seriesQueryOptions = (initiativeId: string, indicatorId: string, params: SeriesParams = {}) =>
  queryOptions({
    queryKey: indicatorKeys.series(initiativeId, indicatorId, { ...params }),
    queryFn: ({ signal }) => getSeries(initiativeId, indicatorId, params, signal),
  });
