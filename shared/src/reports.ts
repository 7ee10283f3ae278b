// Report outputs (CSV, XLSX, PDF), report jobs, meeting packs, calendar feeds and the public view.
import { z } from 'zod';
import { DIRECTIONS, FREQUENCIES, INDICATOR_STATUSES, LOCALES, MEASURE_TYPES } from './enums.js';
import { dateTime, id, periodKey } from './common.js';
import { isPeriodKey, periodEnd, periodStart } from './periods.js';

/** A range of periods; either end may be open. */
const rangeShape = {
  from: periodKey.optional().meta({ description: 'First period (any frequency); default: from the first data or baseline' }),
  to: periodKey.optional().meta({ description: 'Last period (any frequency); default: to the last data or target' }),
};

function rangeInOrder(r: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  // The refinement also runs when a key is malformed; that key has its own issue already.
  if (r.from && r.to && isPeriodKey(r.from) && isPeriodKey(r.to) && periodStart(r.from) > periodEnd(r.to)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The range ends before it starts' });
  }
}

/** The language of a report's words, period labels and enum values. */
const lang = z
  .enum(LOCALES)
  .optional()
  .meta({ description: "Language of the file's words, period labels and enum values; default: the initiative's language" });

export const reportRangeQuery = z.object({ ...rangeShape, lang }).superRefine(rangeInOrder);
export type ReportRangeQuery = z.infer<typeof reportRangeQuery>;

export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

const separator = z.enum(CSV_SEPARATORS).default('comma').meta({
  description:
    '`comma`: comma-separated with decimal points; `semicolon`: semicolon-separated with decimal commas, as Swedish and Danish Excel expect',
});

export const CSV_LABELS = ['machine', 'language'] as const;
export type CsvLabels = (typeof CSV_LABELS)[number];

const labels = z.enum(CSV_LABELS).default('machine').meta({
  description:
    '`machine`: stable snake_case column names, period keys and enum codes (for scripts); `language`: headers, period labels and ' +
    'enum values in the chosen `lang`, as the app shows them',
});

export const measurementsCsvQuery = z
  .object({ ...rangeShape, separator, labels, lang, indicatorId: id.optional().meta({ description: 'Only this indicator' }) })
  .superRefine(rangeInOrder);
export type MeasurementsCsvQuery = z.infer<typeof measurementsCsvQuery>;

/** The columns of the long-format measurement CSV, in order. */
export const MEASUREMENT_CSV_COLUMNS = [
  'indicator_code',
  'indicator_name',
  'unit',
  'period',
  'period_start',
  'actor',
  'sector',
  'category',
  'value',
  'numerator',
  'denominator',
  'status',
  'note',
  'entered_at',
] as const;

/** A comma-separated list of ids in a query string (`goalIds=a,b`), or the parameter repeated. */
const idList = z
  .union([z.string().max(4000), z.array(z.string().max(40)).max(100)])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0))
  .pipe(z.array(id).max(100));

export const reportPdfQuery = z
  .object({ ...rangeShape, lang, goalIds: idList.optional().meta({ description: 'Only these goals (comma-separated ids); default: all' }) })
  .superRefine(rangeInOrder);
export type ReportPdfQuery = z.infer<typeof reportPdfQuery>;

export const REPORT_JOB_KINDS = ['pdf', 'xlsx'] as const;
export const REPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const reportJobInput = z
  .object({
    kind: z.enum(REPORT_JOB_KINDS),
    ...rangeShape,
    lang,
    goalIds: z.array(id).max(100).optional().meta({ description: 'PDF only: only these goals' }),
  })
  .superRefine(rangeInOrder);
export type ReportJobInput = z.infer<typeof reportJobInput>;

export const reportJobParams = z.object({ initiativeId: id, jobId: id });

export const reportJobCreated = z.object({ id });

export const reportJob = z.object({
  id,
  kind: z.enum(REPORT_JOB_KINDS),
  status: z.enum(REPORT_JOB_STATUSES),
  progress: z.number().min(0).max(1).meta({ description: 'Share done, 0..1; advances per indicator' }),
  fileName: z.string(),
  error: z.string().nullable(),
  expiresAt: dateTime.meta({ description: 'The job and its file are forgotten after this' }),
});
export type ReportJob = z.infer<typeof reportJob>;

export const meetingPackInput = z
  .object({ ...rangeShape, goalIds: z.array(id).max(100).optional().meta({ description: 'Only these goals; default: all' }) })
  .superRefine(rangeInOrder);
export type MeetingPackInput = z.infer<typeof meetingPackInput>;

/** `id` is the meeting's id, as in every other route under /meetings/:id. */
export const meetingPackParams = z.object({ initiativeId: id, id });
export const meetingPackFileParams = z.object({ initiativeId: id, id, packId: id });

export const meetingPack = z.object({
  id,
  meetingId: id,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  fromPeriod: periodKey.nullable(),
  toPeriod: periodKey.nullable(),
  createdBy: id.nullable(),
  createdAt: dateTime,
});
export type MeetingPack = z.infer<typeof meetingPack>;

export const calendarFeeds = z.object({
  token: z.string().meta({ description: 'The secret in the feed URLs; anyone holding a URL can read the calendar' }),
  urls: z.array(z.object({ initiativeId: id, initiativeName: z.string(), url: z.string() })),
});
export type CalendarFeeds = z.infer<typeof calendarFeeds>;

export const calendarFeedParams = z.object({ token: z.string().min(1).max(200), initiativeId: id });

export const publicPoint = z.object({
  period: periodKey,
  value: z.number().nullable().meta({ description: 'The aggregate; null without data or when suppressed' }),
  suppressed: z.boolean().meta({ description: 'True when the value was withheld because it rests on too few counts' }),
  complete: z.boolean().meta({
    description: 'False while the period is open or not every expected reporter has reported: its value (if any) is preliminary',
  }),
  target: z.number().optional(),
  trajectory: z.number().optional(),
});
export type PublicPoint = z.infer<typeof publicPoint>;

export const publicIndicator = z.object({
  id,
  goalId: id.nullable(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  measureType: z.enum(MEASURE_TYPES),
  direction: z.enum(DIRECTIONS),
  frequency: z.enum(FREQUENCIES),
  baseline: z.object({ period: periodKey, value: z.number() }).nullable(),
  target: z.object({ period: periodKey, value: z.number() }).nullable(),
  status: z.enum(INDICATOR_STATUSES).meta({ description: "The indicator's status, as on every other screen: its headline against the trajectory" }),
  latest: publicPoint
    .pick({ period: true, value: true, suppressed: true })
    .nullable()
    .meta({ description: "The headline: the latest complete period with data, in the indicator's own frequency (withheld like any other figure)" }),
  points: z.array(publicPoint),
});
export type PublicIndicator = z.infer<typeof publicIndicator>;

export const publicInitiative = z.object({
  id,
  name: z.string(),
  area: z.string(),
  vision: z.string(),
  description: z.string(),
  locale: z.string(),
  publicThreshold: z.number().int().meta({
    description:
      'Small-number threshold: a count (a `number` indicator with 0 decimals) between 1 and threshold − 1 is withheld, and so is a percentage whose aggregated denominator is below the threshold',
  }),
  goals: z.array(z.object({ id, title: z.string(), description: z.string(), position: z.number().int() })),
  indicators: z.array(publicIndicator),
});
export type PublicInitiative = z.infer<typeof publicInitiative>;

export const publicParams = z.object({ initiativeId: id });
export const publicCsvQuery = z.object({ separator, labels, lang });
