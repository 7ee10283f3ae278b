import { z } from 'zod';
import { ACTIVITY_STATUSES, DIRECTIONS, FREQUENCIES, INDICATOR_STATUSES, MEASURE_TYPES, MEETING_KINDS } from './enums.js';
import { dateTime, id, periodKey } from './common.js';
import { completenessSummary } from './completeness.js';
import { periodValue } from './series.js';

export const overviewIndicator = z.object({
  id,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  measureType: z.enum(MEASURE_TYPES),
  direction: z.enum(DIRECTIONS),
  frequency: z.enum(FREQUENCIES),
  latest: periodValue.nullable(),
  target: periodValue.nullable(),
  status: z.enum(INDICATOR_STATUSES),
  sparkline: z
    .array(z.object({ period: periodKey, value: z.number().nullable() }))
    .meta({ description: 'The last (up to) eight periods up to the latest data; null where a period has no data' }),
});
export type OverviewIndicator = z.infer<typeof overviewIndicator>;

export const overviewGoal = z.object({
  id,
  title: z.string(),
  description: z.string(),
  indicators: z.array(overviewIndicator),
});
export type OverviewGoal = z.infer<typeof overviewGoal>;

export const overviewMeeting = z.object({
  id,
  title: z.string(),
  startsAt: dateTime,
  place: z.string(),
  kind: z.enum(MEETING_KINDS),
});

export const activityCounts = z
  .object(Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof ACTIVITY_STATUSES)[number],
    z.ZodNumber
  >)
  .meta({ description: 'Number of activities in each status (every status present)' });

export const overviewResponse = z.object({
  initiative: z.object({ id, name: z.string(), vision: z.string() }),
  goals: z.array(overviewGoal).meta({ description: 'In the order of the common agenda' }),
  indicatorsWithoutGoal: z.array(overviewIndicator),
  activityCounts,
  nextMeetings: z.array(overviewMeeting).meta({ description: 'Up to five upcoming meetings that are not cancelled' }),
  completeness: completenessSummary.extend({ period: periodKey }).meta({
    description: 'Reporting completeness of the latest finished quarter',
  }),
});
export type OverviewResponse = z.infer<typeof overviewResponse>;
