// What the server logs about a request, and what it never logs: secrets in URLs (the calendar feed
// token), query values, credentials in headers and bodies, and the bound values of failed queries.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import pino from 'pino';

const REDACTED = '[redacted]';

/** A request id from the caller (a proxy, a client retrying) is kept only when it is a plain token. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Long random path segments are bearer secrets (feed tokens, reset links); ids are UUIDs. */
const SECRET_SEGMENT = /^[A-Za-z0-9_-]{24,}$/;

/** The path with secret segments replaced, and the query's parameter names without their values. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const pathPart = q === -1 ? url : url.slice(0, q);
  const segments = pathPart.split('/');
  const safePath = segments
    .map((segment, i) => {
      // The calendar feed: /api/v1/calendar/:token/… (but not /me/calendar/renew).
      if (i > 0 && segments[i - 1] === 'calendar' && segments[i - 2] !== 'me') return REDACTED;
      return SECRET_SEGMENT.test(segment) && !UUID.test(segment) ? REDACTED : segment;
    })
    .join('/');
  if (q === -1) return safePath;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${REDACTED}`);
  return `${safePath}?${names.join('&')}`;
}

interface QueryError {
  params?: unknown;
  parameters?: unknown;
  query?: unknown;
  cause?: unknown;
}

/** The standard error serializer without the values bound to a failed query. */
function serializeError(err: Error) {
  const out = pino.stdSerializers.err(err);
  if (!out || typeof out !== 'object') return out;
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const params = (e as QueryError).params;
    // drizzle writes the values into its message: "Failed query: …\nparams: a,b".
    if (Array.isArray(params) && params.length > 0) {
      const text = `\nparams: ${params}`;
      for (const key of ['message', 'stack'] as const) {
        if (typeof out[key] === 'string') out[key] = out[key].split(text).join(`\nparams: ${REDACTED}`);
      }
    }
    e = (e as QueryError).cause;
  }
  for (const key of ['params', 'parameters', 'detail']) if (key in out) out[key] = REDACTED;
  return out;
}

const serializers = {
  req(req: FastifyRequest) {
    return { method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip };
  },
  err: serializeError,
};

const redact = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'headers.authorization',
    'headers.cookie',
    'res.headers["set-cookie"]',
    'body.password',
    'body.currentPassword',
    'body.newPassword',
    'password',
    '*.password',
    'token',
    '*.token',
  ],
  censor: REDACTED,
};

/** The app's logger options with the redaction applied, whatever level or stream the caller chose. */
export function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const given = logger === true ? {} : logger;
  return { ...given, redact, serializers: { ...serializers, ...(given.serializers ?? {}) } };
}
