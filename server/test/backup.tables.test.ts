// Every table that belongs to an initiative is either in the backup or skipped for a stated reason,
// so a table added later cannot silently be left out of backups.
import { describe, expect, it } from 'vitest';
import { getTableName } from 'drizzle-orm';
import { allTables, BACKED_UP_TABLES, ownedByInitiative, SKIPPED_TABLES } from '../src/modules/backup/backup.tables.js';
import { backupDocumentSchema } from '../src/modules/backup/backup.format.js';

describe('tables in a backup', () => {
  const backedUp = new Set<string>(Object.values(BACKED_UP_TABLES).map((t) => getTableName(t)));

  it('covers every table with an initiative, directly or through its parent', () => {
    const owned = allTables().filter(ownedByInitiative).map((t) => getTableName(t));
    expect(owned.length).toBeGreaterThan(25);
    const forgotten = owned.filter((name) => !backedUp.has(name) && !(name in SKIPPED_TABLES));
    expect(forgotten, 'add these to BACKED_UP_TABLES or SKIPPED_TABLES in backup.tables.ts').toEqual([]);
  });

  it('lists no table twice and skips only tables that exist', () => {
    const names = allTables().map((t) => getTableName(t));
    for (const name of Object.keys(SKIPPED_TABLES)) {
      expect(names).toContain(name);
      expect(backedUp.has(name)).toBe(false);
    }
  });

  it('never carries secrets of users or sessions', () => {
    const tables = [...backedUp];
    expect(tables).not.toContain('users');
    expect(tables).not.toContain('sessions');
    expect(() => backupDocumentSchema()).not.toThrow();
  });
});
