// Every table that belongs to an initiative is either in the backup or skipped for a stated reason,
// so a table added later cannot silently be left out of backups.
import { describe, expect, it } from 'vitest';
import { getTableName } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { allTables, BACKED_UP_TABLES, BACKUP_TABLE_KEYS, ownedByInitiative, SKIPPED_TABLES, TABLES_SINCE } from '../src/modules/backup/backup.tables.js';
import { backupDocumentSchema, migrationTags } from '../src/modules/backup/backup.format.js';

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

  it('restores every table after the tables it refers to', () => {
    const order: string[] = BACKUP_TABLE_KEYS.map((k) => getTableName(BACKED_UP_TABLES[k]));
    const late: string[] = [];
    for (const [position, key] of BACKUP_TABLE_KEYS.entries()) {
      for (const fk of getTableConfig(BACKED_UP_TABLES[key]).foreignKeys) {
        const parent = getTableName(fk.reference().foreignTable);
        const at = order.indexOf(parent);
        if (at >= position) late.push(`${order[position]} → ${parent}`);
      }
    }
    expect(late, 'move these parents before their children in BACKED_UP_TABLES').toEqual([]);
    // The idea tables sit between what they refer to and what refers to them.
    expect(order.indexOf('ideas')).toBeLessThan(order.indexOf('activities'));
    expect(order.indexOf('ideas')).toBeLessThan(order.indexOf('agenda_items'));
    expect(order.indexOf('idea_votes')).toBeGreaterThan(order.indexOf('meetings'));
  });

  it('dates every table added since the first backups by a migration this build has', () => {
    const tags = migrationTags();
    for (const [key, since] of Object.entries(TABLES_SINCE)) {
      expect(BACKUP_TABLE_KEYS).toContain(key);
      expect(tags).toContain(since);
    }
  });

  it('never carries secrets of users or sessions', () => {
    const tables = [...backedUp];
    expect(tables).not.toContain('users');
    expect(tables).not.toContain('sessions');
    expect(() => backupDocumentSchema()).not.toThrow();
  });
});
