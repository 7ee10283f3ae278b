import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, RateLimited } from '../lib/errors.js';

interface PgLikeError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The database error behind a (drizzle-wrapped) error, if any. */
function pgError(err: unknown): PgLikeError | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as PgLikeError).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgLikeError;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * Errors the router raises before any route or error handler runs, in the same shape: a path that
 * is not valid percent-encoding (400), and a path parameter longer than the router's limit, which
 * no record's id can be (404).
 */
export function frameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return reply.status(404).send(body('not_found', `No route ${request.method} with a path parameter that long`));
  }
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return reply.status(status).send(body('bad_request', 'The address of the request is not valid'));
}

/** One error shape everywhere: `{ error: { code, message, details? } }`; 5xx messages are hidden. */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err instanceof RateLimited) reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
      return reply.status(err.statusCode).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      return reply.status(400).send(body('validation_error', 'The request is not valid', details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(body('internal_error', 'Something went wrong on our side'));
    }
    const pg = pgError(err);
    if (pg) {
      switch (pg.code) {
        case '23505':
          return reply.status(409).send(body('conflict', 'This already exists', { constraint: pg.constraint }));
        case '23503':
          return reply
            .status(422)
            .send(body('unprocessable', 'A referenced record does not exist or is still in use', { constraint: pg.constraint }));
        case '23514':
        case '23502':
          return reply.status(400).send(body('validation_error', 'The values break a rule', { constraint: pg.constraint }));
        case '22P02':
        case '22007':
        case '22008':
        case '22003':
          return reply.status(400).send(body('validation_error', 'A value has the wrong format'));
      }
      // Class 22 is "data exception": a value the database cannot take (e.g. 22021, a NUL in text).
      // Division by zero (22012) is never the caller's input but our own arithmetic: a bug, so 500.
      if (pg.code?.startsWith('22') && pg.code !== '22012') {
        return reply.status(400).send(body('validation_error', 'A value cannot be stored or compared'));
      }
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code =
        status === 413 ? 'payload_too_large' : status === 429 ? 'rate_limited' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      return reply.status(status).send(body(code, err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side'));
  });
});
