import { boolean, check, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { EMAIL_PREFERENCES, LOCALES, ROLES } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';
import { actors } from './actors.js';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('sv'),
    /** Secret for the personal calendar feed URL; renewable. */
    calendarToken: text('calendar_token'),
    /** `digest` (default): a daily e-mail of unread notifications when SMTP is configured; `off`: none. */
    emailPreference: text('email_preference').notNull().default('digest'),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    /** Set when an admin issues a temporary password; cleared when the user chooses their own. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    unique('users_calendar_token_unique').on(t.calendarToken),
    check('users_locale_check', oneOf('locale', LOCALES)),
    check('users_email_preference_check', oneOf('email_preference', EMAIL_PREFERENCES)),
  ],
);

/**
 * One signed-in session per login: the token carries the session id, so logout, a password change
 * or an admin reset revokes it at once, whatever the token's own expiry says.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('memberships_initiative_user_unique').on(t.initiativeId, t.userId),
    index('memberships_user_idx').on(t.userId),
    check('memberships_role_check', oneOf('role', ROLES)),
  ],
);

/** The actors a (partner) membership speaks for. */
export const membershipActors = pgTable(
  'membership_actors',
  {
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.actorId] }), index('membership_actors_actor_idx').on(t.actorId)],
);
