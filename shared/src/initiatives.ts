import { z } from 'zod';
import { LOCALES, ROLES } from './enums.js';
import { dateTime, id, periodKey } from './common.js';

export const initiative = z.object({
  id,
  name: z.string(),
  area: z.string(),
  vision: z.string(),
  description: z.string(),
  locale: z.enum(LOCALES),
  publicView: z.boolean(),
  publicThreshold: z.number().int(),
  requiresApproval: z.boolean(),
  lockedThrough: periodKey.nullable(),
  reportingDeadlineDays: z.number().int(),
  /** Each period locks by itself once its due date has passed (in addition to `lockedThrough`). */
  autoLock: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Initiative = z.infer<typeof initiative>;

/** An initiative as the caller sees it in a list: with the caller's role. */
export const initiativeListItem = initiative.extend({ role: z.enum(ROLES) });

export const initiativeInput = z.object({
  name: z.string().trim().min(1).max(200),
  area: z.string().max(200).default(''),
  vision: z.string().max(2000).default(''),
  description: z.string().max(10000).default(''),
  locale: z.enum(LOCALES).default('sv'),
  publicView: z.boolean().default(false),
  publicThreshold: z.number().int().min(0).max(100).default(5),
  requiresApproval: z.boolean().default(false),
  lockedThrough: periodKey.nullable().default(null),
  reportingDeadlineDays: z.number().int().min(0).max(365).default(30),
  autoLock: z.boolean().default(false),
});
export type InitiativeInput = z.input<typeof initiativeInput>;

export const initiativePatch = z.object({
  name: z.string().trim().min(1).max(200),
  area: z.string().max(200),
  vision: z.string().max(2000),
  description: z.string().max(10000),
  locale: z.enum(LOCALES),
  publicView: z.boolean(),
  /** Public views withhold values counted from fewer than this many. */
  publicThreshold: z.number().int().min(0).max(100),
  requiresApproval: z.boolean(),
  lockedThrough: periodKey.nullable(),
  reportingDeadlineDays: z.number().int().min(0).max(365),
  autoLock: z.boolean(),
}).partial();
export type InitiativePatch = z.input<typeof initiativePatch>;
