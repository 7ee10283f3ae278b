import { z } from 'zod';
import { FREQUENCIES, INDICATOR_STATUSES, PERIOD_STATES } from './enums.js';
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

export const seriesCategoryValue = z.object({
  categoryId: id,
  value: z.number(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
export type SeriesCategoryValue = z.infer<typeof seriesCategoryValue>;

const byCategory = z.array(seriesCategoryValue).optional().meta({
  description:
    "Disaggregated indicators: each category's figure (every dimension), aggregated over time and across actors by exactly the " +
    "indicator's rules, like the total; categories without values are absent",
});

export const seriesActorValue = z.object({
  actorId: id,
  value: z.number(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  byCategory,
});
export type SeriesActorValue = z.infer<typeof seriesActorValue>;

/** Whether a period's figures are final enough to be a headline, and how far reporting has come. */
export const periodCompleteness = z.object({
  state: z.enum(PERIOD_STATES).meta({ description: '`open` until the period ends, `reporting` until its due date, then `closed`' }),
  complete: z
    .boolean()
    .meta({ description: 'Closed, or every expected reporter has a value that counts; only complete periods drive headline, status and trend' }),
  reported: z
    .number()
    .int()
    .optional()
    .meta({ description: 'While incomplete: expected reporters whose values count (for a coarser period: in every sub-period)' }),
  expected: z.number().int().optional().meta({ description: 'While incomplete: reporters expected for the period' }),
});
export type PeriodCompleteness = z.infer<typeof periodCompleteness>;

export const seriesPoint = z
  .object({
    period: periodKey,
    value: z.number().nullable().meta({ description: "The aggregate by the indicator's rules; null without data" }),
    numerator: z.number().optional().meta({ description: 'Percentages: the aggregated numerator' }),
    denominator: z.number().optional().meta({ description: 'Percentages: the aggregated denominator' }),
    target: z
      .number()
      .optional()
      .meta({ description: 'The per-period target (or the final target), converted to this frequency by the time aggregation' }),
    trajectory: z.number().optional().meta({
      description:
        "The straight line from baseline to target by period index, in the indicator's frequency; a coarser period combines its " +
        'sub-periods by the time aggregation (sum, last, mean), exactly like the values',
    }),
    byActor: z.array(seriesActorValue).meta({ description: "Each actor's value for the period (empty for population-level indicators)" }),
    byCategory,
  })
  .extend(periodCompleteness.shape);
export type SeriesPoint = z.infer<typeof seriesPoint>;

export const seriesTrend = z
  .object({
    slope: z.number().meta({ description: 'Change per period of the series frequency' }),
    points: z.array(periodValue),
  })
  .meta({
    description:
      'Least-squares line through the last (up to) eight complete periods with data, extended to the target period as a forecast',
  });
export type SeriesTrend = z.infer<typeof seriesTrend>;

export const headlineValue = periodValue
  .extend({
    numerator: z.number().optional(),
    denominator: z.number().optional(),
  })
  .meta({
    description:
      "The headline: the latest complete period with data, in the indicator's own frequency (whatever the series frequency), " +
      'up to the end of the range',
  });
export type HeadlineValue = z.infer<typeof headlineValue>;

export const previousValue = z
  .object({ period: periodKey, value: z.number().nullable() })
  .meta({ description: 'The period just before the headline, with its value (null when it has none)' });
export type PreviousValue = z.infer<typeof previousValue>;

export const seriesResponse = z.object({
  indicatorId: id,
  frequency: z.enum(FREQUENCIES),
  baseline: periodValue.nullable().meta({
    description: 'Baseline in the series frequency: for a coarser frequency, the trajectory of the period that holds the baseline period',
  }),
  target: periodValue.nullable().meta({
    description: 'Final target in the series frequency: for a coarser frequency, the trajectory of the period that holds the target period',
  }),
  status: z
    .enum(INDICATOR_STATUSES)
    .meta({ description: "The indicator's status: its headline against the trajectory (the same on every screen and in every export)" }),
  latest: headlineValue.nullable(),
  previous: previousValue.nullable(),
  trend: seriesTrend.nullable(),
  points: z.array(seriesPoint),
});
export type SeriesResponse = z.infer<typeof seriesResponse>;
