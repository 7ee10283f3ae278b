// Turns validation failures (the shared zod schemas in the browser, or the server's 400 details)
// into one message per field, in the user's language. The schemas' own texts are English and
// written for developers, so only their kind is used here, never their wording.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../../lib/api';

export type FieldErrors = Record<string, string>;

/** The field an issue belongs to: its path joined with dots (`agendaItems.0.title`). */
export function issueField(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('formFields.required');
      if (issue.origin === 'array') return t('formFields.chooseOne');
      return t('formFields.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('formFields.tooLong', { max: Number(issue.maximum) });
      return t('formFields.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('formFields.email');
      if (issue.format === 'date' || issue.format === 'datetime') return t('formFields.date');
      return t('formFields.invalid');
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('formFields.number');
      return t('formFields.required');
    default:
      return t('formFields.invalid');
  }
}

/** The first message per field of a failed `safeParse`. */
export function zodFieldErrors(error: z.ZodError, t: TFunction, custom?: (issue: z.core.$ZodIssue) => string | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issueField(issue.path);
    if (out[field]) continue;
    out[field] = custom?.(issue) ?? issueMessage(issue, t);
  }
  return out;
}

/**
 * Field errors of a server answer: 400 details (`body.name` → `name`). The server checks the same
 * schemas as the form, so this only shows up when the two disagree; the message stays generic.
 */
export function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  if (!isApiError(error)) return {};
  const out: FieldErrors = {};
  if (!Array.isArray(error.details)) return out;
  for (const d of error.details as { field?: unknown }[]) {
    if (typeof d?.field !== 'string') continue;
    const field = d.field.replace(/^(body|query|params)\./, '');
    out[field] = t('formFields.invalid');
  }
  return out;
}
