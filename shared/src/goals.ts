import { z } from 'zod';
import { dateTime, id } from './common.js';

export const goal = z.object({
  id,
  title: z.string(),
  description: z.string(),
  position: z.number().int().meta({ description: 'Order of the goal in the common agenda; lists are sorted by it' }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Goal = z.infer<typeof goal>;

const position = z
  .number()
  .int()
  .min(0)
  .max(100_000)
  .meta({ description: 'Order in the common agenda; when omitted on create the goal goes last' });

export const goalInput = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).default(''),
  position: position.optional(),
});
export type GoalInput = z.input<typeof goalInput>;

export const goalPatch = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(10_000),
    position,
  })
  .partial();
export type GoalPatch = z.input<typeof goalPatch>;

export const goalOrder = z.object({
  ids: z
    .array(id)
    .min(1)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each goal may appear only once' })
    .meta({ description: "Every goal id of the initiative, exactly once, in the new order" }),
});
export type GoalOrder = z.infer<typeof goalOrder>;
