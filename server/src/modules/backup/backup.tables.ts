// What a backup of one initiative holds, table by table, in the order a restore inserts them
// (parents before children). test/backup.tables.test.ts walks the drizzle schema and fails when a
// table that belongs to an initiative is neither here nor in SKIPPED_TABLES.
import { eq, getTableName, inArray, is, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, QueryBuilder, type AnyPgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema/index.js';

/** Keys of the backup document, each an array of rows of one table (camelCase column names). */
export const BACKED_UP_TABLES = {
  goals: schema.goals,
  actors: schema.actors,
  workingGroups: schema.workingGroups,
  workingGroupMembers: schema.workingGroupMembers,
  memberships: schema.memberships,
  membershipActors: schema.membershipActors,
  indicators: schema.indicators,
  indicatorTargets: schema.indicatorTargets,
  disaggregationDimensions: schema.disaggregationDimensions,
  disaggregationCategories: schema.disaggregationCategories,
  indicatorReporters: schema.indicatorReporters,
  measurements: schema.measurements,
  narratives: schema.narratives,
  // Ideas before activities and agenda items, which point back at the idea they came from.
  ideas: schema.ideas,
  ideaGoals: schema.ideaGoals,
  ideaDecisions: schema.ideaDecisions,
  ideaComments: schema.ideaComments,
  activities: schema.activities,
  activityGoals: schema.activityGoals,
  activityIndicators: schema.activityIndicators,
  activityActors: schema.activityActors,
  meetingSeries: schema.meetingSeries,
  meetings: schema.meetings,
  agendaItems: schema.agendaItems,
  meetingAttendance: schema.meetingAttendance,
  decisions: schema.decisions,
  actionItems: schema.actionItems,
  // After the meetings: a vote may have been given at one.
  ideaVotes: schema.ideaVotes,
  // The frozen PDFs themselves, not only their names: a pack must never change, so it travels whole.
  meetingPacks: schema.meetingPacks,
  comments: schema.comments,
  importMappings: schema.importMappings,
  // Value history lives here (before/after of every write); restored in its original order.
  auditLog: schema.auditLog,
} as const satisfies Record<string, PgTable>;

export type BackupTableKey = keyof typeof BACKED_UP_TABLES;
export const BACKUP_TABLE_KEYS = Object.keys(BACKED_UP_TABLES) as BackupTableKey[];

/**
 * Tables that came after the first backups, by the migration that created them: a file written
 * before that migration has none of their rows (and no key for them), which is read as empty.
 */
export const TABLES_SINCE: Partial<Record<BackupTableKey, string>> = {
  ideas: '0007_ideas',
  ideaGoals: '0007_ideas',
  ideaDecisions: '0007_ideas',
  ideaComments: '0007_ideas',
  ideaVotes: '0007_ideas',
};

/**
 * Tables that belong to an initiative but are deliberately left out, and why. `initiatives` and
 * `users` are in the document too, as its `initiative` object and `users` list (users reduced to
 * e-mail, name and locale: no password hash, calendar token or e-mail state).
 */
export const SKIPPED_TABLES: Record<string, string> = {
  initiatives: 'the document\'s `initiative` object',
  imports: 'uploads in progress are transient: a file not yet committed is re-uploaded, a committed one is in the values and the audit log',
  import_rows: 'the preview of an import in progress (see imports)',
  notifications: 'per-user inbox messages about past events; the sweeps raise the ones still due again',
  data_versions: 'a cache key, raised again by the first write after a restore',
  report_jobs: 'generated files that expire within the hour; a report is generated again from the values',
};

/** Columns that name a user without a foreign key: their users travel in the document too. */
export const USER_REFERENCES: AnyPgColumn[] = [schema.auditLog.userId, schema.meetingPacks.createdBy];

const initiativeTable = getTableName(schema.initiatives);
/** Builds sub-selects only; they run as part of the outer query. */
const schemaDb = new QueryBuilder();

function initiativeColumn(table: PgTable): AnyPgColumn | undefined {
  return getTableConfig(table).columns.find((c) => c.name === 'initiative_id');
}

/**
 * The rows of `table` that belong to the initiative: its own `initiative_id`, or else through the
 * first required foreign key to a table that belongs to it (e.g. categories → dimensions → indicators).
 */
export function belongsTo(table: PgTable, initiativeId: string): SQL {
  const own = initiativeColumn(table);
  if (own) return eq(own, initiativeId);
  const parent = getTableConfig(table)
    .foreignKeys.map((fk) => fk.reference())
    .find((ref) => ref.columns[0].notNull && getTableName(ref.foreignTable) !== 'users' && ownedByInitiative(ref.foreignTable));
  if (!parent) throw new Error(`${getTableName(table)} does not belong to an initiative`);
  const parentTable = parent.foreignTable as PgTable;
  const subquery = scopedIds(parentTable, parent.foreignColumns[0], initiativeId);
  return inArray(parent.columns[0], subquery);
}

function scopedIds(table: PgTable, column: AnyPgColumn, initiativeId: string) {
  // A sub-select keeps the work in the database, however many rows the parent has.
  return schemaDb.select({ id: column }).from(table).where(belongsTo(table, initiativeId));
}

/** Whether rows of `table` belong to one initiative, directly or through a required parent. */
export function ownedByInitiative(table: PgTable): boolean {
  if (getTableName(table) === initiativeTable) return true;
  if (initiativeColumn(table)) return true;
  return getTableConfig(table)
    .foreignKeys.map((fk) => fk.reference())
    .some((ref) => ref.columns[0].notNull && getTableName(ref.foreignTable) !== 'users' && ownedByInitiative(ref.foreignTable));
}

/** Every table of the schema. */
export function allTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));
}
