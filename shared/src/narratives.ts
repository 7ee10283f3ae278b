import { z } from 'zod';
import { dateTime, id, pageQuery, periodKey } from './common.js';

export const narrative = z.object({
  id,
  indicatorId: id,
  period: periodKey.meta({ description: "The period the story is about: in the indicator's frequency or coarser (e.g. a year)" }),
  whatHappened: z.string(),
  why: z.string(),
  nextSteps: z.string(),
  authorId: id.nullable().meta({ description: 'The user who last wrote the narrative; null when that user was removed' }),
  authorName: z.string().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Narrative = z.infer<typeof narrative>;

const text = z.string().max(20_000);

export const narrativeInput = z.object({
  indicatorId: id,
  period: periodKey.meta({
    description: "The period the story is about: in the indicator's frequency or coarser. One narrative per indicator and period",
  }),
  whatHappened: text.default(''),
  why: text.default(''),
  nextSteps: text.default(''),
});
export type NarrativeInput = z.input<typeof narrativeInput>;

export const narrativePatch = z
  .object({
    period: periodKey,
    whatHappened: text,
    why: text,
    nextSteps: text,
  })
  .partial();
export type NarrativePatch = z.input<typeof narrativePatch>;

export const narrativeListQuery = z.object({
  ...pageQuery.shape,
  indicatorId: id.optional(),
  period: periodKey.optional().meta({ description: 'Only narratives about exactly this period' }),
  from: periodKey.optional().meta({ description: 'Only narratives about periods starting on or after the start of this period' }),
  to: periodKey.optional().meta({ description: 'Only narratives about periods starting on or before the end of this period' }),
});
export type NarrativeListQuery = z.input<typeof narrativeListQuery>;
