// The backup file: a versioned JSON document, checked with zod schemas derived from the drizzle
// columns, so a column added to a table is carried (and checked) without touching this file.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { LOCALES } from '@ci/shared';
import { MIGRATIONS_DIR } from '../../db/client.js';
import { initiatives } from '../../db/schema/index.js';
import { BACKED_UP_TABLES, BACKUP_TABLE_KEYS, type BackupTableKey } from './backup.tables.js';

export const BACKUP_FORMAT = 'collective-impact-backup';
/** Raised when the document's layout changes in a way an older reader cannot follow. */
export const BACKUP_VERSION = 1;

/** The migration tags this build knows, oldest first (drizzle-kit's journal). */
export function migrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

export type BackupRow = Record<string, unknown>;

export interface BackupUser {
  id: string;
  email: string;
  name: string;
  locale: string;
}

export type BackupDocument = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  schemaMigration: string;
  initiative: BackupRow;
  users: BackupUser[];
} & Record<BackupTableKey, BackupRow[]>;

function scalar(column: PgColumn): z.ZodType {
  switch (column.columnType) {
    case 'PgUUID':
      return z.uuid();
    case 'PgText':
      return z.string();
    case 'PgInteger':
    case 'PgBigSerial53':
      return z.number().int();
    case 'PgDoublePrecision':
    case 'PgReal':
      return z.number();
    case 'PgBoolean':
      return z.boolean();
    case 'PgTimestamp':
      return z.iso.datetime({ offset: true });
    case 'PgDateString':
      return z.iso.date();
    case 'PgJsonb':
      return z.json();
    case 'PgArray':
      return z.array(scalar((column as unknown as { baseColumn: PgColumn }).baseColumn));
    default:
      // A new column type must be taught here before it can be backed up.
      throw new Error(`No backup schema for column type ${column.columnType}`);
  }
}

/**
 * One row of a table. Columns with a default may be missing (a file written before the column
 * existed); unknown keys are refused, so a file from a later schema cannot pass for this one.
 */
export function rowSchema(table: PgTable) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    let s = scalar(column);
    if (!column.notNull) s = s.nullable();
    if (column.hasDefault || !column.notNull) s = s.optional();
    shape[key] = s;
  }
  return z.strictObject(shape);
}

const user = z.strictObject({
  id: z.uuid(),
  email: z.email().max(254),
  name: z.string().min(1).max(200),
  locale: z.enum(LOCALES),
});

/** The envelope alone: read first, so a file of another format or version gets a plain answer. */
export const backupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  schemaMigration: z.string().min(1),
});

let documentSchema: z.ZodType<BackupDocument> | undefined;

export function backupDocumentSchema(): z.ZodType<BackupDocument> {
  documentSchema ??= backupEnvelope.extend({
    version: z.literal(BACKUP_VERSION),
    initiative: rowSchema(initiatives),
    users: z.array(user),
    ...Object.fromEntries(BACKUP_TABLE_KEYS.map((key) => [key, z.array(rowSchema(BACKED_UP_TABLES[key]))])),
  }) as unknown as z.ZodType<BackupDocument>;
  return documentSchema;
}

/** A stored row as JSON: timestamps as ISO strings, everything else as it is. */
export function toJsonRow(row: Record<string, unknown>): BackupRow {
  const out: BackupRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

/** A JSON row back into what drizzle inserts: ISO strings into Dates for timestamp columns. */
export function fromJsonRow(table: PgTable, row: BackupRow): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = columns[key]?.columnType === 'PgTimestamp' && typeof value === 'string' ? new Date(value) : value;
  }
  return out;
}
