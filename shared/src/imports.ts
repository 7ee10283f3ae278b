// Imports of values from CSV and XLSX files: the upload, its preview, the mapping of a file's own
// names to ours, the rows of the preview and the commit.
import { z } from 'zod';
import { IMPORT_ROW_ACTIONS, IMPORT_STATUSES, LOCALES } from './enums.js';
import { dateTime, id, pagedListOf, paging, periodKey } from './common.js';

/** What a column of a file can hold; a wide file's other columns hold values of actors or indicators. */
export const IMPORT_FIELDS = [
  'indicator',
  'indicator_name',
  'actor',
  'period',
  'value',
  'numerator',
  'denominator',
  'category',
  /** In a wide file whose rows are indicators: whether a row holds numerators or denominators. */
  'part',
  'note',
  'reason',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Largest accepted upload. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** How many error rows an import answer lists; the rest are paged through the rows route. */
export const IMPORT_ERRORS_LISTED = 100;

/**
 * A file's own names mapped to ours: column headers to fields (null: ignore the column), actor and
 * indicator names to ids. Keys are the names as written in the file; they are remembered per
 * initiative (normalised: case, accents and spacing do not matter) and applied to later files.
 */
export const importMapping = z.object({
  columns: z.record(z.string().min(1).max(300), z.enum(IMPORT_FIELDS).nullable()).default({}),
  actors: z.record(z.string().min(1).max(300), id).default({}),
  indicators: z.record(z.string().min(1).max(300), id).default({}),
});
export type ImportMapping = z.infer<typeof importMapping>;

export const importError = z.object({
  /** The row in the file, the header being row 1. */
  row: z.number().int(),
  /** The column (header as written, or our field name) the error is about. */
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importError>;

export const importPreview = z.object({
  create: z.number().int(),
  change: z.number().int(),
  unchanged: z.number().int(),
  /** All error rows. */
  errorCount: z.number().int(),
  /** The first error rows, in file order. */
  errors: z.array(importError),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importColumn = z.object({
  header: z.string(),
  /** The field it was read as; `cells` for a wide file's value column; null when ignored or not understood. */
  field: z.union([z.enum(IMPORT_FIELDS), z.literal('cells')]).nullable(),
  /** For a value column of a wide file: the actor or indicator (and part or category) it was matched to. */
  target: z.string().nullable(),
});

export const IMPORT_UNMATCHED_KINDS = ['column', 'actor', 'indicator'] as const;

export const importUnmatched = z.object({
  kind: z.enum(IMPORT_UNMATCHED_KINDS),
  /** As written in the file. */
  source: z.string(),
  /** Rows (or cells) that use it. */
  count: z.number().int(),
  /** Likely matches, best first: a field name for a column, else an actor or indicator id. */
  suggestions: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type ImportUnmatched = z.infer<typeof importUnmatched>;

export const importResource = z.object({
  id,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** `long`: one value per row; `wide`: actors × indicators (either way round); null until detected. */
  shape: z.enum(['long', 'wide']).nullable(),
  status: z.enum(IMPORT_STATUSES),
  /** Share of the file parsed, 0..1. */
  progress: z.number(),
  preview: importPreview,
  columns: z.array(importColumn),
  unmatched: z.array(importUnmatched),
  mapping: importMapping,
  /** Why the file could not be read at all. */
  failure: z.string().nullable(),
  createdAt: dateTime,
  committedAt: dateTime.nullable(),
});
export type ImportResource = z.infer<typeof importResource>;

export const importParams = z.object({ initiativeId: id, importId: id });

export const importLangQuery = z.object({
  lang: z.enum(LOCALES).optional().meta({ description: "Language of the preview's messages; default: the initiative's" }),
});

export const importRowsQuery = z.object({
  action: z.enum(IMPORT_ROW_ACTIONS).optional(),
  ...paging.shape,
});

const figures = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string().nullable(),
});

export const importRow = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  action: z.enum(IMPORT_ROW_ACTIONS),
  message: z.string().nullable(),
  indicatorId: id.nullable(),
  indicatorCode: z.string().nullable(),
  indicatorName: z.string().nullable(),
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  period: z.string().nullable(),
  categoryId: id.nullable(),
  categoryName: z.string().nullable(),
  /** The stored value it changes (changes and unchanged rows). */
  old: figures.nullable(),
  new: figures,
});
export type ImportRow = z.infer<typeof importRow>;

export const importRowList = pagedListOf(importRow);

export const importCommitResult = z.object({
  id,
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportCommitResult = z.infer<typeof importCommitResult>;

export const importTemplateQuery = z.object({
  period: periodKey.meta({ description: 'The period to fill in; the template holds the indicators of its frequency' }),
  lang: z.enum(LOCALES).optional().meta({ description: "Language of the headers; default: the initiative's" }),
});
export type ImportTemplateQuery = z.infer<typeof importTemplateQuery>;
