import { z } from 'zod';
import { id } from './common.js';

export const needOffer = z.object({
  actorId: id,
  actorName: z.string(),
  competences: z.array(z.string()).meta({ description: "The offering actor's competences that match the need" }),
});

export const needMatch = z.object({
  actorId: id.meta({ description: 'The actor with the need' }),
  actorName: z.string(),
  need: z.string(),
  offers: z.array(needOffer).meta({ description: 'Other actors offering a matching competence, by name' }),
});
export type NeedMatchBody = z.infer<typeof needMatch>;

export const needMatches = z.object({ items: z.array(needMatch) });
export type NeedMatches = z.infer<typeof needMatches>;
