import { bigserial, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IMPORT_MAPPING_KINDS, IMPORT_ROW_ACTIONS, IMPORT_STATUSES } from '@ci/shared';
import { createdAt, id, oneOf } from './_columns.js';
import { initiatives } from './initiatives.js';
import { users } from './users.js';

/** An uploaded file of values: parsed into `import_rows`, previewed, then committed or discarded. */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** `csv` or `xlsx`. */
    format: text('format').notNull(),
    /** `long` (one value per row) or `wide` (actors × indicators); null until detected. */
    shape: text('shape'),
    status: text('status').notNull().default('parsing'),
    /** Share of the file parsed, 0..1. */
    progress: real('progress').notNull().default(0),
    /** The mapping used: column headers, actor and indicator names to ours. */
    mapping: jsonb('mapping').notNull().default({}),
    /** Counts by action, filled when parsing ends. */
    counts: jsonb('counts').notNull().default({}),
    /** Why parsing failed as a whole (unreadable file, no usable header). */
    failure: text('failure'),
    createdAt: createdAt(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [
    index('imports_initiative_idx').on(t.initiativeId, t.createdAt),
    check('imports_status_check', oneOf('status', IMPORT_STATUSES)),
  ],
);

/** One cell of an import as previewed: what committing would do with it, and the version it saw. */
export const importRows = pgTable(
  'import_rows',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    /** The row in the file, the header being row 1. */
    rowNumber: integer('row_number').notNull(),
    /** The field (column) an error is about, or the column a wide-shape cell came from. */
    field: text('field'),
    action: text('action').notNull(),
    message: text('message'),
    indicatorId: uuid('indicator_id'),
    actorId: uuid('actor_id'),
    period: text('period'),
    categoryId: uuid('category_id'),
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    note: text('note'),
    /** The stored value it changes: id, version seen at preview, and the old figures. */
    measurementId: uuid('measurement_id'),
    version: integer('version'),
    before: jsonb('before'),
  },
  (t) => [
    index('import_rows_import_idx').on(t.importId, t.action, t.rowNumber),
    check('import_rows_action_check', oneOf('action', IMPORT_ROW_ACTIONS)),
  ],
);

/** Names in partners' own files mapped to ours, remembered per initiative. */
export const importMappings = pgTable(
  'import_mappings',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The name as written in a file, normalised (lower case, accents removed, spaces collapsed). */
    source: text('source').notNull(),
    /** A field name for `column`, else an actor or indicator id. */
    target: text('target').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.kind, t.source] }),
    check('import_mappings_kind_check', oneOf('kind', IMPORT_MAPPING_KINDS)),
  ],
);
