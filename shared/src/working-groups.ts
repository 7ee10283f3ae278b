import { z } from 'zod';
import { dateTime, id } from './common.js';

export const workingGroup = z.object({
  id,
  name: z.string(),
  purpose: z.string(),
  actorIds: z.array(id).meta({ description: 'Member actors of the group' }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type WorkingGroup = z.infer<typeof workingGroup>;

const actorIds = z
  .array(id)
  .max(1000)
  .transform((ids) => [...new Set(ids)])
  .meta({ description: "Member actors; each must be an actor of the same initiative. On update the list replaces the members" });

export const workingGroupInput = z.object({
  name: z.string().trim().min(1).max(200),
  purpose: z.string().max(10_000).default(''),
  actorIds: actorIds.default([]),
});
export type WorkingGroupInput = z.input<typeof workingGroupInput>;

export const workingGroupPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    purpose: z.string().max(10_000),
    actorIds,
  })
  .partial();
export type WorkingGroupPatch = z.input<typeof workingGroupPatch>;
