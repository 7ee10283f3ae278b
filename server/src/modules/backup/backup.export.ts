// Writes one initiative as a backup document: every table in BACKED_UP_TABLES, scoped to it.
import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { getTableConfig, type AnyPgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { initiatives, users } from '../../db/schema/index.js';
import { NotFound } from '../../lib/errors.js';
import { BACKED_UP_TABLES, BACKUP_TABLE_KEYS, belongsTo, USER_REFERENCES } from './backup.tables.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  migrationTags,
  toJsonRow,
  type BackupDocument,
  type BackupRow,
  type BackupUser,
} from './backup.format.js';

function primaryKeyColumns(table: PgTable): AnyPgColumn[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns;
  return composite ?? config.columns.filter((c) => c.primary);
}

/** Keys of the columns holding a user id: foreign keys to users, and the few that name one without a key. */
function userColumnKeys(table: PgTable): string[] {
  const viaKey = getTableConfig(table)
    .foreignKeys.map((fk) => fk.reference())
    .filter((ref) => ref.foreignTable === users)
    .map((ref) => ref.columns[0] as AnyPgColumn);
  const wanted = new Set<AnyPgColumn>([...viaKey, ...USER_REFERENCES]);
  return Object.entries(getTableColumns(table))
    .filter(([, c]) => wanted.has(c as AnyPgColumn))
    .map(([key]) => key);
}

export async function exportInitiative(db: DbOrTx, initiativeId: string): Promise<BackupDocument> {
  // One snapshot: a write landing half-way through must not split the document.
  return db.transaction(async (tx) => {
    const [initiative] = await tx.select().from(initiatives).where(eq(initiatives.id, initiativeId));
    if (!initiative) throw new NotFound('Initiative');
    const tables = {} as Record<string, BackupRow[]>;
    const userIds = new Set<string>();
    for (const key of BACKUP_TABLE_KEYS) {
      const table = BACKED_UP_TABLES[key];
      const rows = await tx
        .select()
        .from(table as PgTable)
        .where(belongsTo(table, initiativeId))
        .orderBy(...primaryKeyColumns(table).map((c) => asc(c)));
      tables[key] = rows.map((r) => toJsonRow(r as Record<string, unknown>));
      for (const column of userColumnKeys(table)) {
        for (const row of rows as Record<string, unknown>[]) if (typeof row[column] === 'string') userIds.add(row[column] as string);
      }
    }
    const people: BackupUser[] =
      userIds.size === 0
        ? []
        : await tx
            .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
            .from(users)
            .where(inArray(users.id, [...userIds]))
            .orderBy(asc(users.email));
    const tags = migrationTags();
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      schemaMigration: tags[tags.length - 1],
      initiative: toJsonRow(initiative),
      users: people,
      ...tables,
    } as BackupDocument;
  }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
