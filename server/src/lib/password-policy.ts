// The rule for every password someone sets (login accepts whatever is stored): long enough
// (the shared schema) and not one of the passwords attackers try first.
import { PASSWORD_MIN_LENGTH } from '@ci/shared';
import { ValidationError } from './errors.js';

let common: Promise<Set<string>> | undefined;

/**
 * About 49,000 passwords from public breach lists, kept up to date by the zxcvbn-ts project; loaded
 * when a password is first checked, not when the server starts.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));
  return common;
}

export const COMMON_PASSWORD = 'This password is too common: choose one that others are unlikely to use';

export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswords()).has(password.trim().toLowerCase());
}

/** Why the password is refused, or undefined when it is acceptable. */
export async function passwordProblem(password: string): Promise<string | undefined> {
  if (password.length < PASSWORD_MIN_LENGTH) return `The password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (await isCommonPassword(password)) return COMMON_PASSWORD;
  return undefined;
}

/** Throws a 400 with the field's details when the password breaks the rule. */
export async function assertAcceptablePassword(password: string, field: string): Promise<void> {
  const problem = await passwordProblem(password);
  if (problem) throw new ValidationError('The new password is not accepted', [{ field, message: problem }]);
}
