import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { authKeys } from '../lib/query-keys';

/**
 * One client per app. A 401 from any request means the session ended (expired or signed out in
 * another tab): re-checking /me sends the auth guard back to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 401) && query.queryKey[0] !== authKeys.me()[0]) {
          void client.invalidateQueries({ queryKey: authKeys.me() });
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isApiError(error, 401)) void client.invalidateQueries({ queryKey: authKeys.me() });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Client errors (404, 403, …) will not change by asking again.
        retry: (failureCount, error) => (isApiError(error) && error.status >= 400 && error.status < 500 ? false : failureCount < 2),
      },
    },
  });
  return client;
}
