import { z } from 'zod';
import { EMAIL_PREFERENCES, LOCALES, ROLES } from './enums.js';
import { id } from './common.js';

/** Every password set from now on; older, shorter ones still sign in until they are changed. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the cap only stops hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 1000;

export const loginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/** A password someone sets; the server also refuses common passwords. */
export const newPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const user = z.object({
  id,
  email: z.string(),
  name: z.string(),
  locale: z.enum(LOCALES),
});
export type User = z.infer<typeof user>;

export const loginResponse = z.object({ token: z.string(), user });

export const membershipSummary = z.object({
  initiativeId: id,
  initiativeName: z.string(),
  role: z.enum(ROLES),
  actorIds: z.array(id),
});
export type MembershipSummary = z.infer<typeof membershipSummary>;

export const meResponse = z.object({
  user: user.extend({
    emailPreference: z.enum(EMAIL_PREFERENCES).meta({ description: 'digest: a daily e-mail of unread notifications (when the server sends e-mail); off: none' }),
    mustChangePassword: z.boolean().meta({ description: 'true while the user signs in with a temporary password an admin issued' }),
  }),
  memberships: z.array(membershipSummary),
});
export type Me = z.infer<typeof meResponse>;

/** `GET /auth/session`: what `GET /me` answers, or nobody (the app's start asks without a 401). */
export const sessionResponse = z.object({
  user: meResponse.shape.user.nullable(),
  memberships: z.array(membershipSummary),
});
export type Session = z.infer<typeof sessionResponse>;

export const updateMeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(LOCALES).optional(),
  emailPreference: z.enum(EMAIL_PREFERENCES).optional(),
});
