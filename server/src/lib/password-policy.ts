// The rule for every password someone sets (login accepts whatever is stored): long enough
// (the shared schema) and not one of the passwords attackers try first.
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '@ci/shared';
import { ValidationError } from './errors.js';

let common: Set<string> | undefined;

/** About 49,000 passwords from public breach lists, kept up to date by the zxcvbn-ts project. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/** Why the password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (isCommonPassword(password)) return 'This password is too common: choose one that others are unlikely to use';
  return undefined;
}

/** Throws a 400 with the field's details when the password breaks the rule. */
export function assertAcceptablePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new ValidationError('The new password is not accepted', [{ field, message: problem }]);
}
