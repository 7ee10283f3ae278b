// Renders the whole app (shell, router, query client, language) at a path, with `fetch` stubbed at
// the network boundary: each test answers the API calls it expects with schema-valid payloads.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Locale } from '@ci/shared';
import { AppProvider } from '../app/provider';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/router';
import { initI18n } from '../i18n';
import { onePage } from './fetch';

export interface ApiRequest {
  method: string;
  url: URL;
  path: string;
  body: unknown;
}

export interface ApiAnswer {
  status?: number;
  body?: unknown;
}

export type ApiHandler = (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer>;

export interface ApiRoute {
  method?: string;
  /** Path under /api/v1, e.g. `/me`, or a pattern. */
  path: string | RegExp;
  answer: ApiHandler | ApiAnswer;
}

/** Replaces `fetch`; unknown calls answer 404 in the API's error shape. Returns the calls made. */
async function sessionAnswer(me: ApiRoute, request: ApiRequest) {
  const answer = typeof me.answer === 'function' ? await me.answer(request) : me.answer;
  return answer.status === 401 ? { body: { user: null, memberships: [] } } : answer;
}

export function stubApi(routes: ApiRoute[]) {
  const calls: ApiRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: ApiRequest = { method, url, path, body };
    calls.push(request);
    const find = (p: string) =>
      routes.find((r) => (r.method ?? 'GET') === method && (typeof r.path === 'string' ? r.path === p : r.path.test(p)));
    const route = find(path);
    // The app asks GET /auth/session who is signed in: a test that stubs GET /me tells that too (the
    // same body, and `user: null` with 200 where /me would say 401).
    const me = !route && method === 'GET' && path === '/auth/session' ? find('/me') : undefined;
    const answer = route
      ? typeof route.answer === 'function'
        ? await route.answer(request)
        : route.answer
      : me
        ? await sessionAnswer(me, request)
        : { status: 404, body: { error: { code: 'not_found', message: `No stub for ${method} ${path}` } } };
    const status = answer.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(onePage(method, answer.body) ?? null), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** Gives the grid's scroll container a size, so its virtualised rows and columns are drawn in jsdom. */
export function giveLayoutSize(width = 1400, height = 900) {
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const rect = { width, height, top: 0, left: 0, bottom: height, right: width, x: 0, y: 0 } as DOMRectReadOnly;
      this.callback([{ target, contentRect: rect, borderBoxSize: [{ inlineSize: width, blockSize: height }] } as unknown as ResizeObserverEntry], this as never);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', ResizeObserverStub);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width,
    height,
    top: 0,
    left: 0,
    bottom: height,
    right: width,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  } as DOMRect);
}

export async function renderApp(path: string, locale: Locale = 'en') {
  await initI18n(locale);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}

/** A paste from a spreadsheet: tab-separated cells, one line per row. */
export function pasteText(text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
  Object.defineProperty(event, 'clipboardData', {
    value: { types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? text : '') },
  });
  document.dispatchEvent(event);
}
