import { z } from 'zod';
import { ACTOR_ROLES, SECTORS } from './enums.js';
import { dateTime, id, isoDate, pageQuery } from './common.js';
import { isoDay } from './periods.js';

export const actor = z.object({
  id,
  name: z.string(),
  sector: z.enum(SECTORS),
  role: z.enum(ACTOR_ROLES).meta({ description: "The actor's role in the initiative (not a user's access role)" }),
  description: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  website: z.string(),
  joinedOn: isoDate
    .nullable()
    .meta({ description: 'Day the actor joined the initiative: it is expected to report for the periods it is a member throughout; null: a member all along' }),
  leftOn: isoDate
    .nullable()
    .meta({ description: 'Day the actor left the initiative: from this day on it is no longer active; null while it takes part' }),
  competences: z.array(z.string()).meta({ description: 'What the actor can offer others (the competence directory)' }),
  needs: z.array(z.string()).meta({ description: 'What the actor is looking for from others' }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Actor = z.infer<typeof actor>;

/** Trims, drops blanks and removes duplicates (ignoring case, keeping the first spelling). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

const tags = (description: string) =>
  z.array(z.string().max(100)).max(100).transform(normalizeTags).meta({
    description: `${description}; trimmed, blanks dropped, duplicates (ignoring case) removed`,
  });

const actorFields = {
  name: z.string().trim().min(1).max(200),
  sector: z.enum(SECTORS),
  role: z.enum(ACTOR_ROLES),
  description: z.string().max(10_000),
  contactName: z.string().trim().max(200),
  contactEmail: z.union([z.literal(''), z.email().max(254)]).meta({ description: 'An e-mail address, or empty' }),
  contactPhone: z.string().trim().max(50),
  website: z.string().trim().max(500),
  joinedOn: isoDate.nullable(),
  leftOn: isoDate.nullable(),
  competences: tags('What the actor can offer others'),
  needs: tags('What the actor is looking for'),
};

/** Rules across fields, shared by the schemas and by the server when it merges a patch. */
export function actorRuleIssues(a: { joinedOn?: string | null; leftOn?: string | null }): { path: string; message: string }[] {
  if (a.joinedOn && a.leftOn && a.leftOn < a.joinedOn) {
    return [{ path: 'leftOn', message: 'The leaving date cannot be before the joining date' }];
  }
  return [];
}

function checkActor(a: { joinedOn?: string | null; leftOn?: string | null }, ctx: z.RefinementCtx) {
  for (const issue of actorRuleIssues(a)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
}

export const actorInput = z
  .object({
    name: actorFields.name,
    sector: actorFields.sector,
    role: actorFields.role.default('partner'),
    description: actorFields.description.default(''),
    contactName: actorFields.contactName.default(''),
    contactEmail: actorFields.contactEmail.default(''),
    contactPhone: actorFields.contactPhone.default(''),
    website: actorFields.website.default(''),
    // A new organisation joins the day it is added unless told otherwise, so that it is not
    // expected to have reported for the periods before it (null says: a member all along).
    joinedOn: actorFields.joinedOn.default(() => isoDay(new Date())).meta({ description: 'Default: the day the actor is added; null: a member all along' }),
    leftOn: actorFields.leftOn.default(null),
    competences: actorFields.competences.default([]),
    needs: actorFields.needs.default([]),
  })
  .superRefine(checkActor);
export type ActorInput = z.input<typeof actorInput>;

export const actorPatch = z.object(actorFields).partial().superRefine(checkActor);
export type ActorPatch = z.input<typeof actorPatch>;

/** The fields a partner may change on the actor(s) it is linked to. */
export const ACTOR_PROFILE_FIELDS = [
  'description',
  'contactName',
  'contactEmail',
  'contactPhone',
  'website',
  'competences',
  'needs',
] as const;
export type ActorProfileField = (typeof ACTOR_PROFILE_FIELDS)[number];

export const actorProfilePatch = z
  .object({
    description: actorFields.description,
    contactName: actorFields.contactName,
    contactEmail: actorFields.contactEmail,
    contactPhone: actorFields.contactPhone,
    website: actorFields.website,
    competences: actorFields.competences,
    needs: actorFields.needs,
  })
  .partial();
export type ActorProfilePatch = z.input<typeof actorProfilePatch>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const actorListQuery = z.object({
  ...pageQuery.shape,
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Free text, matched case-insensitively against name, description, competences and needs' }),
  sector: z.enum(SECTORS).optional(),
  role: z.enum(ACTOR_ROLES).optional(),
  competence: z.string().trim().min(1).max(100).optional().meta({ description: 'Actors offering this competence (exact, ignoring case)' }),
  need: z.string().trim().min(1).max(100).optional().meta({ description: 'Actors with this need (exact, ignoring case)' }),
  active: flag
    .optional()
    .meta({ description: 'true: actors taking part today (joined on or before today, not yet left); false: the others' }),
});
export type ActorListQuery = z.input<typeof actorListQuery>;

export const tagCount = z.object({
  name: z.string(),
  count: z.number().int().meta({ description: 'Number of actors with this entry' }),
});

export const competenceSummary = z.object({
  competences: z.array(tagCount),
  needs: z.array(tagCount),
});
export type CompetenceSummary = z.infer<typeof competenceSummary>;
