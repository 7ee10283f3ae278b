// Typed errors thrown by handlers and repositories; plugins/errors.ts turns them into HTTP.
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadRequest extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'bad_request', message, details);
  }
}

/** Input that is well-formed but breaks a rule of the domain, with field details. */
export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'validation_error', message, details);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'Sign in to continue') {
    super(401, 'unauthorized', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'Your role does not allow this') {
    super(403, 'forbidden', message);
  }
}

export class NotFound extends AppError {
  constructor(what = 'Resource') {
    super(404, 'not_found', `${what} not found`);
  }
}

export class Conflict extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

export class Unprocessable extends AppError {
  constructor(message: string, details?: unknown) {
    super(422, 'unprocessable', message, details);
  }
}

/** Too many attempts, or a per-user or server-wide limit is reached; the error handler adds `Retry-After`. */
export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number, message = 'Too many attempts: wait a moment and try again') {
    super(429, 'rate_limited', message);
  }
}

/** The server cannot take work now (shutting down, database unreachable); try again or elsewhere. */
export class ServiceUnavailable extends AppError {
  constructor(message: string) {
    super(503, 'service_unavailable', message);
  }
}

/** Throws NotFound when a row is missing. */
export function found<T>(row: T | undefined | null, what: string): T {
  if (row === undefined || row === null) throw new NotFound(what);
  return row;
}
