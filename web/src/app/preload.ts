// Loading a screen starts at once, not step by step: on the first page load, the code of every
// screen on the way to the address (the shell, the page) is fetched as soon as the words are in,
// and the page's main data is asked for as soon as the session is known to be signed in. Without
// this, each step waited for the one before it (catalogue, session, shell, page, then its data).
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type Params, type RouteObject } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me';

/** What a route can start before it is drawn, kept in its `handle`. */
export interface RoutePreload {
  /** Fetches the route's code (the same import its lazy element uses, so it is fetched once). */
  preload?: () => Promise<unknown>;
  /** Asks for the route's main data into the query cache; only called for a signed-in session. */
  prefetch?: (queryClient: QueryClient, params: Params) => Promise<unknown>;
}

/**
 * Starts the code and data of the screens at `pathname`. The code waits for `codeAfter` (the
 * language's catalogue): it would otherwise take the connections and the main thread that the
 * first paint needs. The session check and the data requests start at once.
 */
export function preloadRoute(routes: RouteObject[], queryClient: QueryClient, pathname: string, codeAfter: Promise<unknown>): void {
  const matches = matchRoutes(routes, pathname) ?? [];
  const handles = matches.map((m) => ({ handle: (m.route.handle ?? {}) as RoutePreload, params: m.params }));
  if (!handles.some(({ handle }) => handle.preload || handle.prefetch)) return;
  void codeAfter.then(() => {
    for (const { handle } of handles) void handle.preload?.().catch(() => undefined);
  });
  // Nobody signed in: the guard sends them to sign in, and asking for data would only earn 401s.
  const signedIn = queryClient.fetchQuery(meQueryOptions()).then(
    () => true,
    () => false,
  );
  for (const { handle, params } of handles) {
    if (!handle.prefetch) continue;
    void signedIn.then((yes) => (yes ? handle.prefetch?.(queryClient, params) : undefined)).catch(() => undefined);
  }
}
