import { z } from 'zod';
import { ACTIVITY_STATUSES, DIRECTIONS, FREQUENCIES, INDICATOR_STATUSES, MEASURE_TYPES, MEETING_KINDS } from './enums.js';
import { dateTime, id, isoDate, periodKey } from './common.js';
import { completenessSummary } from './completeness.js';
import { headlineValue, periodCompleteness, periodValue, previousValue } from './series.js';

export const overviewIndicator = z.object({
  id,
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  measureType: z.enum(MEASURE_TYPES),
  direction: z.enum(DIRECTIONS),
  frequency: z.enum(FREQUENCIES),
  latest: headlineValue.nullable(),
  previous: previousValue.nullable(),
  preliminary: z
    .object({ period: periodKey, value: z.number(), reported: z.number().int(), expected: z.number().int() })
    .nullable()
    .meta({ description: 'The newest period with data when it is still incomplete (shown as preliminary, never as the headline)' }),
  target: periodValue.nullable(),
  status: z.enum(INDICATOR_STATUSES),
  sparkline: z
    .array(z.object({ period: periodKey, value: z.number().nullable() }).extend(periodCompleteness.shape))
    .meta({ description: 'The last (up to) eight periods up to the newest data (preliminary ones marked incomplete); null where a period has no data' }),
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
  openIdeas: z.number().int().meta({ description: 'Ideas still waiting for a decision (proposed or under discussion)' }),
  nextMeetings: z.array(overviewMeeting).meta({ description: 'Up to five upcoming meetings that are not cancelled' }),
  completeness: completenessSummary.extend({ period: periodKey, dueDate: isoDate }).meta({
    description: 'Reporting completeness of the latest finished quarter',
  }),
});
export type OverviewResponse = z.infer<typeof overviewResponse>;
