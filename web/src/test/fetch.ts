// The network boundary for web tests: `fetch` answers from a table of routes with JSON bodies,
// and records every request so a test can check what was sent.
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type Reply = { status?: number; body?: unknown } | ((request: RecordedRequest) => { status?: number; body?: unknown });

/**
 * A list fixture written as `{ items }` is the whole list in one page, as the server sends it when
 * everything fits: `nextCursor: null` unless the test sets its own.
 */
export function onePage(method: string, body: unknown): unknown {
  if (method !== 'GET' || typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) return body;
  return 'nextCursor' in body ? body : { ...body, nextCursor: null };
}

/** Routes keyed `METHOD /path` (path without /api/v1 and query); `*` matches one path segment. */
export function stubFetch(routes: Record<string, Reply>) {
  const requests: RecordedRequest[] = [];
  const patterns = Object.entries(routes).map(([key, reply]) => {
    const [method, path] = key.split(' ');
    const regex = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    return { method, regex, reply };
  });
  // The app asks GET /auth/session who is signed in; a test that tells what GET /me answers tells
  // that too: the same body, and `user: null` (200) where /me would say 401.
  const sessionFromMe = (method: string, path: string) => {
    const me = method === 'GET' && path === '/auth/session' ? patterns.find((p) => p.method === 'GET' && p.regex.test('/me')) : undefined;
    if (!me) return undefined;
    const reply = (request: RecordedRequest) => {
      const answer = typeof me.reply === 'function' ? me.reply(request) : me.reply;
      return answer.status === 401 ? { body: { user: null, memberships: [] } } : answer;
    };
    return { method, regex: /^\/auth\/session$/, reply };
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const request: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const match = patterns.find((p) => p.method === method && p.regex.test(path)) ?? sessionFromMe(method, path);
    const reply = match ? (typeof match.reply === 'function' ? match.reply(request) : match.reply) : undefined;
    const status = reply ? (reply.status ?? 200) : 404;
    const body = reply ? onePage(method, reply.body) : { error: { code: 'not_found', message: `No route ${method} ${path}` } };
    return new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}
