// The one way the web talks to the API: JSON over fetch with the session cookie, responses parsed
// with the shared zod schemas, and every failure turned into an ApiError the UI can explain.
import type { z } from 'zod';
import { errorBody } from '@ci/shared';

export const API_BASE = '/api/v1';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor({ status, code, message, details }: ApiErrorInit) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field errors of a 400 (`[{ field: 'body.name', message }]`), keyed by the field's last segment. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (!Array.isArray(this.details)) return out;
    for (const d of this.details as { field?: unknown; message?: unknown }[]) {
      if (typeof d?.field !== 'string') continue;
      const name = d.field.split('.').pop() ?? d.field;
      out[name] = typeof d.message === 'string' ? d.message : '';
    }
    return out;
  }
}

export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Response schema; the parsed (decoded) value is returned. */
  schema?: S;
  signal?: AbortSignal;
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Requests started before the screen that needs them was loaded, by address; each is used once. */
const early = new Map<string, { startedAt: number; response: Promise<Response> }>();
/** An early answer older than this is not used: the screen asks again. */
const EARLY_MAX_AGE_MS = 10_000;

/**
 * Starts a GET now, before the code of the screen that will ask for it has loaded (app/preload.ts):
 * the screen's own `api()` call for the same address then takes this response instead of asking
 * again. The response is read and parsed (with the screen's schema) only then, so this module
 * needs to know nothing about it.
 */
export function requestEarly(path: string, query?: Record<string, QueryValue>): void {
  const url = apiUrl(path, query);
  const started = early.get(url);
  if (started && Date.now() - started.startedAt <= EARLY_MAX_AGE_MS) return;
  const response = fetch(url, { credentials: 'include', headers: { accept: 'application/json' } });
  response.catch(() => undefined);
  early.set(url, { startedAt: Date.now(), response });
}

function takeEarly(url: string): Promise<Response> | undefined {
  const found = early.get(url);
  early.delete(url);
  return found && Date.now() - found.startedAt <= EARLY_MAX_AGE_MS ? found.response : undefined;
}

export async function api<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const { method = 'GET', query, body, schema, signal } = options;
  const url = apiUrl(path, query);
  const request = () =>
    fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  let response: Response;
  try {
    const started = method === 'GET' ? takeEarly(url) : undefined;
    // An early request that failed on the way is simply asked again.
    response = started ? await started.catch(request) : await request();
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError({ status: 0, code: 'network_error', message: 'The server could not be reached' });
  }

  const json = response.status === 204 ? null : await readJson(response);
  if (!response.ok) {
    const parsed = errorBody.safeParse(json);
    throw new ApiError(
      parsed.success
        ? { status: response.status, ...parsed.data.error }
        : { status: response.status, code: `http_${response.status}`, message: response.statusText || 'Request failed' },
    );
  }
  if (!schema) return json as Result<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // A response that does not match its schema is a defect on one side; show it as an error
    // rather than drawing wrong numbers.
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError({ status: response.status, code: 'invalid_response', message: 'Unexpected response', details: parsed.error.issues });
  }
  return parsed.data as Result<S>;
}

/** `/initiatives/:initiativeId` + path: every resource nests under its initiative. */
export function initiativePath(initiativeId: string, path = ''): string {
  return `/initiatives/${encodeURIComponent(initiativeId)}${path}`;
}
