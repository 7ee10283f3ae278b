import { z } from 'zod';
import { COMPLETENESS_STATES, FREQUENCIES } from './enums.js';
import { id, isoDate, periodKey } from './common.js';

/**
 * A reporting state. Beyond the shared vocabulary, `notDue` marks an indicator that has no period
 * ending inside the requested one (e.g. a quarterly indicator viewed for February).
 */
export const completenessState = z
  .enum([...COMPLETENESS_STATES, 'notDue'])
  .meta({
    description:
      'reported: a counted value exists (for every sub-period when the requested period is coarser); ' +
      'returned: a value was sent back; late: nothing counted and the reporting deadline has passed; ' +
      'missing: nothing counted yet; notDue: the indicator has no period ending inside the requested one',
  });
export type CompletenessCellState = z.infer<typeof completenessState>;

export const completenessQuery = z.object({
  period: periodKey.optional().meta({ description: 'Any period key; default: the latest finished quarter' }),
});

export const completenessCell = z.object({
  indicatorId: id,
  actorId: id.nullable().meta({ description: 'Null for a population-level indicator' }),
  state: completenessState,
  periods: z.array(periodKey).meta({ description: "The indicator's own periods the state is about" }),
});
export type CompletenessCell = z.infer<typeof completenessCell>;

export const completenessSummary = z.object({
  reported: z.number().int(),
  missing: z.number().int(),
  late: z.number().int(),
  returned: z.number().int(),
  notDue: z.number().int(),
});
export type CompletenessSummary = z.infer<typeof completenessSummary>;

export const completenessResponse = z.object({
  period: periodKey,
  dueDate: isoDate.meta({ description: "The period's due date: its end plus the initiative's reporting days" }),
  actors: z.array(z.object({ id, name: z.string() })).meta({ description: 'Actors active during the period' }),
  indicators: z.array(z.object({ id, code: z.string(), name: z.string(), frequency: z.enum(FREQUENCIES) })),
  cells: z.array(completenessCell),
  summary: completenessSummary,
});
export type CompletenessResponse = z.infer<typeof completenessResponse>;
