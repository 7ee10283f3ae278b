import { z } from 'zod';
import { EMAIL_PREFERENCES, LOCALES, ROLES } from './enums.js';
import { id } from './common.js';

export const loginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

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
  }),
  memberships: z.array(membershipSummary),
});
export type Me = z.infer<typeof meResponse>;

export const updateMeBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(LOCALES).optional(),
  emailPreference: z.enum(EMAIL_PREFERENCES).optional(),
});
