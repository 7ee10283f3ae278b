import { queryOptions } from '@tanstack/react-query';
import { completenessResponse } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { overviewKeys } from '../../../lib/query-keys';

/** Without a period the server answers for the latest finished quarter. */
export const getCompleteness = (initiativeId: string, period: string | null, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/completeness'), { query: { period }, schema: completenessResponse, signal });

export const completenessQueryOptions = (initiativeId: string, period: string | null) =>
  queryOptions({
    queryKey: overviewKeys.completeness(initiativeId, period ?? 'latest'),
    queryFn: ({ signal }) => getCompleteness(initiativeId, period, signal),
  });
