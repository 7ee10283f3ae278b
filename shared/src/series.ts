import { z } from 'zod';
import { FREQUENCIES, INDICATOR_STATUSES } from './enums.js';
import { id, periodKey } from './common.js';

export const seriesParams = z.object({ initiativeId: id, indicatorId: id });

export const seriesQuery = z.object({
  from: periodKey.optional().meta({ description: 'First period (any frequency); default: the baseline period or the first data' }),
  to: periodKey.optional().meta({ description: 'Last period (any frequency); default: the later of the target period and the last data' }),
  frequency: z
    .enum(FREQUENCIES)
    .optional()
    .meta({ description: "The frequency of the points: the indicator's own (default) or a coarser one" }),
});
export type SeriesQuery = z.infer<typeof seriesQuery>;

export const periodValue = z.object({ period: periodKey, value: z.number() });
export type PeriodValue = z.infer<typeof periodValue>;

export const seriesActorValue = z.object({
  actorId: id,
  value: z.number(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
export type SeriesActorValue = z.infer<typeof seriesActorValue>;

export const seriesPoint = z.object({
  period: periodKey,
  value: z.number().nullable().meta({ description: "The aggregate by the indicator's rules; null without data" }),
  numerator: z.number().optional().meta({ description: 'Percentages: the aggregated numerator' }),
  denominator: z.number().optional().meta({ description: 'Percentages: the aggregated denominator' }),
  target: z.number().optional().meta({ description: 'The per-period target, or the final target in the target period' }),
  trajectory: z
    .number()
    .optional()
    .meta({ description: 'The straight line from baseline to target, for periods between the two' }),
  byActor: z.array(seriesActorValue).meta({ description: "Each actor's value for the period (empty for population-level indicators)" }),
});
export type SeriesPoint = z.infer<typeof seriesPoint>;

export const seriesTrend = z
  .object({
    slope: z.number().meta({ description: 'Change per period of the series frequency' }),
    points: z.array(periodValue),
  })
  .meta({
    description:
      'Least-squares line through the last (up to) eight periods with data, extended to the target period as a forecast',
  });
export type SeriesTrend = z.infer<typeof seriesTrend>;

export const seriesResponse = z.object({
  indicatorId: id,
  frequency: z.enum(FREQUENCIES),
  baseline: periodValue.nullable().meta({ description: 'Baseline, its period expressed in the series frequency' }),
  target: periodValue.nullable().meta({ description: 'Final target, its period expressed in the series frequency' }),
  status: z.enum(INDICATOR_STATUSES).meta({ description: 'Status of the latest period with data' }),
  latest: periodValue.nullable().meta({ description: 'The latest period with data' }),
  trend: seriesTrend.nullable(),
  points: z.array(seriesPoint),
});
export type SeriesResponse = z.infer<typeof seriesResponse>;
