// Reads a backup document into this installation: one transaction, all or nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { auditLog, initiatives, memberships, users } from '../../db/schema/index.js';
import { hashPassword } from '../../lib/passwords.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, Unprocessable, ValidationError } from '../../lib/errors.js';
import { BACKED_UP_TABLES, BACKUP_TABLE_KEYS, TABLES_SINCE } from './backup.tables.js';
import {
  BACKUP_VERSION,
  backupDocumentSchema,
  backupEnvelope,
  fromJsonRow,
  migrationTags,
  type BackupDocument,
  type BackupRow,
} from './backup.format.js';

export interface RestoreOptions {
  /** Give the initiative and everything in it new ids, so it can sit beside the original. */
  asNew?: boolean;
  /** A signed-in user who becomes admin of the restored initiative (besides the members in the file). */
  adminUserId?: string;
}

export interface RestoreResult {
  initiativeId: string;
  name: string;
  /** Accounts created for members unknown here: they must get a password reset from an admin. */
  usersCreated: string[];
  usersMatched: number;
  rows: Record<string, number>;
}

/** Checks a parsed JSON value: format, version, schema migration, then every row. */
export function parseBackup(input: unknown): BackupDocument {
  const envelope = backupEnvelope.safeParse(input);
  if (!envelope.success) {
    throw new ValidationError('This is not a backup of an initiative', issues(envelope.error));
  }
  const { version, schemaMigration } = envelope.data;
  if (version > BACKUP_VERSION) {
    throw new Unprocessable(`The backup has format version ${version}; this installation reads version ${BACKUP_VERSION}. Upgrade it first.`);
  }
  const tags = migrationTags();
  if (!tags.includes(schemaMigration)) {
    throw new Unprocessable(
      `The backup comes from a newer database schema (${schemaMigration}) than this installation's (${tags[tags.length - 1]}). Upgrade it first.`,
    );
  }
  const parsed = backupDocumentSchema().safeParse(withTablesAddedSince(input as Record<string, unknown>, schemaMigration, tags));
  if (!parsed.success) throw new ValidationError('The backup is damaged or incomplete', issues(parsed.error));
  // A row of another initiative would be written into that one, wherever it lives here.
  const own = parsed.data.initiative.id;
  for (const key of BACKUP_TABLE_KEYS) {
    const index = parsed.data[key].findIndex((row) => 'initiativeId' in row && row.initiativeId !== own);
    if (index >= 0) {
      throw new ValidationError('The backup is damaged: a row belongs to another initiative', [
        { field: `${key}.${index}.initiativeId`, message: 'Expected the id of the backed-up initiative' },
      ]);
    }
  }
  return parsed.data;
}

/** The document with empty lists for the tables its schema did not have yet; a later file must carry them. */
function withTablesAddedSince(doc: Record<string, unknown>, schemaMigration: string, tags: string[]): Record<string, unknown> {
  const written = tags.indexOf(schemaMigration);
  const out = { ...doc };
  for (const [key, since] of Object.entries(TABLES_SINCE)) {
    if (!(key in out) && written < tags.indexOf(since!)) out[key] = [];
  }
  return out;
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  return error.issues.slice(0, 20).map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/** Replaces every string that is a known id, however deep (audit before/after, id arrays, mapping targets). */
function remapper(ids: Map<string, string>) {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    }
    return value;
  };
  return (row: BackupRow) => (ids.size === 0 ? row : (visit(row) as BackupRow));
}

async function insertRows(tx: Parameters<Parameters<Db['transaction']>[0]>[0], table: PgTable, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  // Bound the bind parameters of one statement (PostgreSQL allows 65,535).
  const size = Math.max(1, Math.floor(20_000 / Object.keys(getTableColumns(table)).length));
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size));
}

export async function restoreInitiative(db: Db, doc: BackupDocument, opts: RestoreOptions = {}): Promise<RestoreResult> {
  // Accounts created here get a password nobody knows: an admin issues a reset before they sign in.
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  return db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    if (opts.asNew) {
      ids.set(doc.initiative.id as string, randomUUID());
      for (const key of BACKUP_TABLE_KEYS) {
        if (key === 'auditLog') continue;
        for (const row of doc[key]) if (typeof row.id === 'string') ids.set(row.id, randomUUID());
      }
    }
    const initiativeId = ids.get(doc.initiative.id as string) ?? (doc.initiative.id as string);
    const [taken] = await tx.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiativeId));
    if (taken) {
      throw new Conflict(
        `An initiative with this id already exists here ("${taken.name}"). Delete it first, or restore the backup as a new initiative.`,
        { initiativeId },
      );
    }

    const usersCreated: string[] = [];
    let usersMatched = 0;
    for (const person of doc.users) {
      const email = person.email.trim().toLowerCase();
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing) {
        // Known here: the account stays as it is, password included.
        if (existing.id !== person.id) ids.set(person.id, existing.id);
        usersMatched++;
        continue;
      }
      const [idTaken] = await tx.select({ id: users.id }).from(users).where(eq(users.id, person.id));
      const id = idTaken ? randomUUID() : person.id;
      if (id !== person.id) ids.set(person.id, id);
      await tx.insert(users).values({ id, email, name: person.name, locale: person.locale, passwordHash: unusableHash, mustChangePassword: true });
      usersCreated.push(email);
    }

    const remap = remapper(ids);
    await tx.insert(initiatives).values(fromJsonRow(initiatives, remap(doc.initiative)) as typeof initiatives.$inferInsert);
    const rows: Record<string, number> = {};
    for (const key of BACKUP_TABLE_KEYS) {
      const table = BACKED_UP_TABLES[key];
      const values = doc[key].map((row) => {
        const out = fromJsonRow(table, remap(row));
        // Audit entries take fresh sequence numbers here; inserted in their original order.
        if (table === auditLog) delete out.id;
        return out;
      });
      await insertRows(tx, table, values);
      rows[key] = values.length;
    }

    if (opts.adminUserId) {
      const [mine] = await tx
        .select({ id: memberships.id, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.initiativeId, initiativeId), eq(memberships.userId, opts.adminUserId)));
      if (!mine) await tx.insert(memberships).values({ initiativeId, userId: opts.adminUserId, role: 'admin' });
      else if (mine.role !== 'admin') await tx.update(memberships).set({ role: 'admin' }).where(eq(memberships.id, mine.id));
    }
    await recordAudit(tx, {
      initiativeId,
      userId: opts.adminUserId ?? null,
      action: 'create',
      entityType: 'initiative',
      entityId: initiativeId,
      after: { restoredFrom: doc.initiative.id, exportedAt: doc.exportedAt, usersCreated },
      reason: RESTORE_REASON,
    });
    return { initiativeId, name: doc.initiative.name as string, usersCreated, usersMatched, rows };
  });
}

/** The reason on the audit entry a restore leaves behind. */
export const RESTORE_REASON = 'Restored from a backup';
