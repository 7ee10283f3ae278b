import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { ACTOR_ROLES, SECTORS } from '@ci/shared';
import { createdAt, id, oneOf, updatedAt } from './_columns.js';
import { initiatives } from './initiatives.js';

export const actors = pgTable(
  'actors',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    role: text('role').notNull().default('partner'),
    description: text('description').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    website: text('website').notNull().default(''),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    /** What the actor can offer others (the competence directory). */
    competences: text('competences').array().notNull().default(sql`'{}'::text[]`),
    /** What the actor is looking for. */
    needs: text('needs').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('actors_initiative_name_unique').on(t.initiativeId, t.name),
    index('actors_initiative_idx').on(t.initiativeId),
    check('actors_sector_check', oneOf('sector', SECTORS)),
    check('actors_role_check', oneOf('role', ACTOR_ROLES)),
    check('actors_dates_check', sql`${t.leftOn} is null or ${t.joinedOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

export const workingGroups = pgTable(
  'working_groups',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('working_groups_initiative_name_unique').on(t.initiativeId, t.name)],
);

export const workingGroupMembers = pgTable(
  'working_group_members',
  {
    workingGroupId: uuid('working_group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.workingGroupId, t.actorId] }), index('working_group_members_actor_idx').on(t.actorId)],
);
