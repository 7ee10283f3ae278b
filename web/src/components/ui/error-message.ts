import { isApiError } from '../../lib/api';

export type ErrorMessageKey =
  | 'errors.network'
  | 'errors.unauthorized'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.validation'
  | 'errors.rateLimited'
  | 'errors.generic';

/** The plain-language message for an error; never the server's technical text. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiError(error)) return 'errors.generic';
  if (error.status === 0) return 'errors.network';
  switch (error.status) {
    case 400:
      return 'errors.validation';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 429:
      return 'errors.rateLimited';
    default:
      return 'errors.generic';
  }
}
