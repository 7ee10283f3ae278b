import { z } from 'zod';
import { ROLES } from './enums.js';
import { dateTime, id } from './common.js';

/** A user's membership of an initiative; `id` is the membership's id. */
export const member = z.object({
  id,
  userId: id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** The actors the member speaks for (partners write their values). */
  actorIds: z.array(id),
  createdAt: dateTime,
});
export type Member = z.infer<typeof member>;

export const memberInput = z.object({
  email: z.email().max(254),
  /** Used when the e-mail is new and a user is created; default: the part before the @. */
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES),
  actorIds: z.array(id).max(100).default([]),
});
export type MemberInput = z.input<typeof memberInput>;

/** A new member; `temporaryPassword` is present only when a user was created, and shown only here. */
export const memberCreated = member.extend({
  temporaryPassword: z.string().optional(),
});

export const memberPatch = z.object({
  role: z.enum(ROLES).optional(),
  actorIds: z.array(id).max(100).optional(),
});

/** A temporary password an admin issued; shown once, and the member must replace it at sign-in. */
export const passwordReset = z.object({ temporaryPassword: z.string() });
export type PasswordReset = z.infer<typeof passwordReset>;
