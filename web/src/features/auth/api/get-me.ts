import { queryOptions, useQuery } from '@tanstack/react-query';
import { meResponse } from '@ci/shared';
import { api } from '../../../lib/api';
import { authKeys } from '../../../lib/query-keys';

export const getMe = (signal?: AbortSignal) => api('/me', { schema: meResponse, signal });

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // A 401 here means "not signed in", not a glitch worth retrying.
    retry: false,
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());
