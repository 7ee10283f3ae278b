import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionResponse, type Me } from '@ci/shared';
import { api, ApiError } from '../../../lib/api';
import { authKeys } from '../../../lib/query-keys';
import { readPreference, writePreference } from '../../../lib/storage';

/** Whether the last session check in this browser found someone signed in (a hint, not a credential). */
const SIGNED_IN = 'signedIn';
export const wasSignedIn = () => readPreference(SIGNED_IN) === '1';
export const forgetSignedIn = () => writePreference(SIGNED_IN, null);

/**
 * The signed-in user. Asked of GET /auth/session, which answers 200 with `user: null` when nobody
 * is signed in (GET /me would answer 401, a failed request in the browser's console on every
 * signed-out visit); nobody is then the same 401 error the screens expect.
 */
export async function getMe(signal?: AbortSignal): Promise<Me> {
  const session = await api('/auth/session', { schema: sessionResponse, signal });
  writePreference(SIGNED_IN, session.user ? '1' : null);
  if (!session.user) throw new ApiError({ status: 401, code: 'unauthorized', message: 'Not signed in' });
  return { user: session.user, memberships: session.memberships };
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // A 401 here means "not signed in", not a glitch worth retrying, nor worth asking again when
    // the next screen mounts (the session is asked for before the first render, app/main.tsx).
    retry: false,
    retryOnMount: false,
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());
