// The embedded demo starts from a prepared copy of the migrated and seeded database: a fresh
// PGlite spends seconds in initdb alone, the seed seconds more. The copy is keyed by what decides
// its content: the migrations, the seed's code (seed-inputs.ts) and the day. The seed places its
// history, period states and meetings relative to the moment it runs (calendar.ts), so a copy
// serves only until the next UTC midnight or until the first of its upcoming meetings begins
// (a fresh seed would then show that meeting as held, with minutes), whichever comes first.
import PgBoss from 'pg-boss';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gt, sql } from 'drizzle-orm';
import { MIGRATIONS_DIR, openPglite, type Database, type Db } from '../server/src/db/client.js';
import { meetings } from '../server/src/db/schema/index.js';
import { filesBelow, hashFiles, writeTarball } from '../server/src/db/snapshot.js';
import { ROOT } from '../server/src/lib/root.js';
import { seedDemo, seedDemoIfEmpty, type SeedResult } from './demo.js';
import { daysFromToday } from './calendar.js';
import { createReportQueues } from '../server/src/modules/reports/reports.jobs.js';
import type { OnStartupStep } from '../server/src/lib/startup-progress.js';

/** Baked in by the server build (server/build.ts); computed from the sources when running them. */
declare const __DEMO_SEED_INPUTS__: string | undefined;

const FILE = /^demo-([0-9a-f]{16})-(\d{8}T\d{4}Z)\.tar\.gz$/;

async function seedInputs(): Promise<string> {
  if (typeof __DEMO_SEED_INPUTS__ === 'string') return __DEMO_SEED_INPUTS__;
  const { seedInputsDigest } = await import('./seed-inputs.js');
  return seedInputsDigest(ROOT);
}

/** The key of the demo copy for the current code and migrations (the day is checked separately). */
export async function demoSnapshotKey(migrationsDir = MIGRATIONS_DIR): Promise<string> {
  return createHash('sha256')
    .update(await seedInputs())
    .update(hashFiles(migrationsDir, filesBelow(migrationsDir)))
    .digest('hex')
    .slice(0, 16);
}

function stamp(at: Date): string {
  return at.toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
}

function parseStamp(s: string): number {
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}Z`);
}

/** The copy for `key` still valid at `now`, if there is one. */
export function findDemoSnapshot(snapshotDir: string, key: string, now = Date.now()): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(snapshotDir);
  } catch {
    return undefined;
  }
  for (const name of names) {
    const m = FILE.exec(name);
    if (m && m[1] === key && parseStamp(m[2]) > now) return path.join(snapshotDir, name);
  }
  return undefined;
}

/** Until when a demo seeded at `seededAt` shows what a fresh seed would. */
async function validUntil(db: Db, seededAt: Date): Promise<Date> {
  const midnight = Date.parse(`${daysFromToday(1)}T00:00:00Z`);
  const [{ next }] = await db
    .select({ next: sql<string | null>`min(${meetings.startsAt})::text` })
    .from(meetings)
    .where(gt(meetings.startsAt, seededAt));
  const meeting = next ? Date.parse(next) : Infinity;
  // Rounded down to the minute, like the stamp in the file name.
  return new Date(Math.floor(Math.min(midnight, meeting) / 60_000) * 60_000);
}

/** Writes the copy of a freshly seeded database and removes the copies it replaces. */
async function saveDemoSnapshot(database: Database, snapshotDir: string, key: string, seededAt: Date): Promise<string> {
  const until = await validUntil(database.db, seededAt);
  // The job queue's tables and the app's queues too, which the server would otherwise build on every fresh start.
  await database.executeSql(PgBoss.getConstructionPlans());
  await createReportQueues(new PgBoss({ db: { executeSql: database.executeSql } }));
  const file = path.join(snapshotDir, `demo-${key}-${stamp(until)}.tar.gz`);
  await writeTarball(await database.pglite!.dump(), file);
  for (const name of fs.readdirSync(snapshotDir)) {
    if (FILE.test(name) && path.join(snapshotDir, name) !== file) fs.rmSync(path.join(snapshotDir, name), { force: true });
  }
  return file;
}

/** Makes the demo copy unless a valid one exists (in memory: quicker than on disk). */
export async function prepareDemoSnapshot(
  snapshotDir: string,
  onProgress: OnStartupStep = () => {},
): Promise<{ file: string; created: boolean }> {
  const key = await demoSnapshotKey();
  const existing = findDemoSnapshot(snapshotDir, key);
  if (existing) return { file: existing, created: false };
  const seededAt = new Date();
  const database = await openPglite(undefined, { onProgress });
  try {
    onProgress('seed');
    await seedDemo(database.db);
    onProgress('save');
    return { file: await saveDemoSnapshot(database, snapshotDir, key, seededAt), created: true };
  } finally {
    await database.close();
  }
}

export interface EmbeddedDemo {
  database: Database;
  seeded: SeedResult;
  /** Where the demo came from in this start; `existing` when the data folder held a database already. */
  source: 'snapshot' | 'seed' | 'existing';
  /** The copy written for the next fresh start, when this one had to seed. */
  saved?: string;
}

/**
 * Opens the embedded database in `dataDir` with the demo: a fresh folder starts as the prepared
 * copy, or else is seeded and leaves a copy for next time (a failure to write it only costs speed).
 */
export async function openEmbeddedDemo(
  dataDir: string,
  snapshotDir: string,
  onSaveError: (err: unknown) => void = () => {},
  onProgress: OnStartupStep = () => {},
): Promise<EmbeddedDemo> {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const key = fresh ? await demoSnapshotKey() : undefined;
  const snapshot = key ? findDemoSnapshot(snapshotDir, key) : undefined;
  // The copy's key covers the migrations: one found for this key has every migration applied.
  const database = await openPglite(dataDir, { snapshot, snapshotMigrated: true, onProgress });
  try {
    const seededAt = new Date();
    const seeded = await seedDemoIfEmpty(database.db, () => onProgress('seed'));
    const origin = database.pglite!.origin;
    if (origin === 'snapshot') return { database, seeded: { ...seeded, created: true }, source: 'snapshot' };
    if (!seeded.created) return { database, seeded, source: 'existing' };
    let saved: string | undefined;
    if (origin === 'initdb' && key) {
      try {
        onProgress('save');
        saved = await saveDemoSnapshot(database, snapshotDir, key, seededAt);
      } catch (err) {
        onSaveError(err);
      }
    }
    return { database, seeded, source: 'seed', saved };
  } catch (err) {
    await database.close();
    throw err;
  }
}
