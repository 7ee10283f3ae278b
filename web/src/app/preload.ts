// Loading a screen starts at once, not step by step. On the first page load, the session check,
// the page's main data (lib/api's early requests) and the code of every screen on the way to the
// address (the shell, the page) are asked for while the language's catalogue loads, and the first
// screen is drawn when words and code are in. Without this, each step waited for the one before
// it: catalogue, session, shell, page, and only then its data.
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type Params, type RouteObject } from 'react-router';
import { meQueryOptions, wasSignedIn } from '../features/auth/api/get-me';
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
 * Starts the session check and the data and code of the screens at `pathname`, and resolves when
 * that code is in (app/main.tsx draws the first screen then, so no screen suspends: React shows a
 * suspended screen up to 300 ms late, once per nested screen). The order matters on a connection
 * shared by a few requests at a time: the session check, then the page's data, then its code.
 * The data is asked for at once when this browser was signed in at its last check, else once the
 * check says so: for nobody signed in, the guard sends them to sign in, and asking would only earn
 * 401s, and their screens' code is not needed either. `signedIn: false` is for pages anyone sees.
 */
export function preloadRoute(routes: RouteObject[], queryClient: QueryClient, pathname: string, { signedIn = true } = {}): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  const handles = matches.map((m) => ({ handle: (m.route.handle ?? {}) as RoutePreload, params: m.params }));
  const loadCode = () => Promise.all(handles.map(({ handle }) => handle.preload?.().catch(() => undefined))).then(() => undefined);
  if (!signedIn) return loadCode();
  const requests = handles.flatMap(({ handle, params }) => handle.requests?.(params) ?? []);
  const askedAlready = wasSignedIn();
  if (askedAlready) requests.forEach((path) => requestEarly(path));
  return queryClient.fetchQuery(meQueryOptions()).then(
    () => {
      if (!askedAlready) requests.forEach((path) => requestEarly(path));
      return loadCode();
    },
    () => undefined,
  );
}
