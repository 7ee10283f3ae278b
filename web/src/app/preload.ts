// Loading a screen starts at once, not step by step. On the first page load, the code of every
// screen on the way to the address (the shell, the page) is fetched beside the words, and the
// page's main data is asked for as soon as the session is known to be signed in, before the
// page's code has arrived (lib/api's early requests). Without this, each step waited for the one
// before it: catalogue, session, shell, page, and only then its data.
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type Params, type RouteObject } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me';
import { requestEarly } from '../lib/api';

/** What a route can start before it is drawn, kept in its `handle`. */
export interface RoutePreload {
  /** Fetches the route's code (the same import its lazy element uses, so it is fetched once). */
  preload?: () => Promise<unknown>;
  /**
   * The API addresses (GET, as the screen's own queries write them) of the route's main data;
   * asked for early only for a signed-in session.
   */
  requests?: (params: Params) => string[];
}

/**
 * Starts the code and data of the screens at `pathname`: the session check and the data requests
 * at once, the code one task later, so that the language's catalogue (asked for just before) is
 * first in the queue for a connection. The screens' code is then in before the session check has
 * answered, and each screen is drawn without suspending: a suspended screen is shown only up to
 * 300 ms later, once per nested screen (React's throttling of Suspense).
 */
export function preloadRoute(routes: RouteObject[], queryClient: QueryClient, pathname: string): void {
  const matches = matchRoutes(routes, pathname) ?? [];
  const handles = matches.map((m) => ({ handle: (m.route.handle ?? {}) as RoutePreload, params: m.params }));
  setTimeout(() => {
    for (const { handle } of handles) void handle.preload?.().catch(() => undefined);
  }, 0);
  const requests = handles.flatMap(({ handle, params }) => handle.requests?.(params) ?? []);
  if (requests.length === 0) return;
  // Nobody signed in: the guard sends them to sign in, and asking for data would only earn 401s.
  void queryClient.fetchQuery(meQueryOptions()).then(
    () => requests.forEach((path) => requestEarly(path)),
    () => undefined,
  );
}
