// Backup and restore: the Swedish demo initiative moves to a fresh installation on the other kind
// of database (PGlite → PostgreSQL, or PostgreSQL → PGlite with TEST_DATABASE_URL) and every API
// read of it answers the same there.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { and, eq } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../src/db/client.js';
import { buildApp, type BuiltApp } from '../src/app.js';
import { auditLog, ideas, users } from '../src/db/schema/index.js';
import { RESTORE_REASON, parseBackup, restoreInitiative } from '../src/modules/backup/backup.restore.js';
import type { BackupDocument } from '../src/modules/backup/backup.format.js';
import { demoInitiativeIds } from '../../seeds/demo-fixture.js';
import { signIn, testApp } from './helpers.js';
import { compareInitiativeReads, type Side } from './backup-compare.js';

type Cell = { indicatorId: string; actorId: string | null };
const SECRET = 'test-secret-that-is-long-enough-000000';
const POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

let source: { app: BuiltApp; database: Database };
let target: { app: BuiltApp; database: Database; drop: () => Promise<void> };
let initiativeId: string;

/** A fresh installation on the other kind of database than the one the suite runs on. */
async function otherInstallation() {
  let database: Database;
  let drop = async () => {};
  if (inject('databaseUrl')) {
    database = await openPglite(undefined);
  } else {
    const name = `ci_backup_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: POSTGRES });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(POSTGRES);
    url.pathname = `/${name}`;
    database = await openPostgres(url.toString());
    drop = async () => {
      const c = new pg.Client({ connectionString: POSTGRES });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const app = await buildApp({ database, jwtSecret: SECRET, loginRateLimit: 10_000 });
  await app.ready();
  return { app, database, drop };
}

async function userId(database: Database, email: string) {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row.id;
}

async function bearer(app: BuiltApp, sub: string) {
  return { authorization: `Bearer ${await signIn(app, sub)}` };
}

/** The document without what a second export legitimately changes: the time and audit sequence numbers. */
function comparable(doc: BackupDocument) {
  return { ...doc, exportedAt: undefined, auditLog: doc.auditLog.map((r) => ({ ...r, id: undefined })) };
}

beforeAll(async () => {
  const t = await testApp();
  source = { app: t.app, database: t.database };
  [initiativeId] = await demoInitiativeIds(t.database.db);
  target = await otherInstallation();
}, 120_000);

afterAll(async () => {
  await target?.app.close();
  await target?.database.close();
  await target?.drop();
});

describe('backup and restore of the demo initiative', () => {
  let doc: BackupDocument;

  it('moves the initiative to the other database, and every API read answers the same there', async () => {
    const adminId = await userId(source.database, 'admin@demo.test');
    let started = performance.now();
    const res = await source.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/backup`, headers: await bearer(source.app, adminId) });
    const backupMs = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+-backup-\d{4}-\d{2}-\d{2}\.json"/);
    doc = parseBackup(res.json());
    expect(doc.measurements.length).toBeGreaterThan(1000);
    expect(doc.auditLog.length).toBeGreaterThan(0);
    // The ideas travel with the activities they became, the votes given at meetings and the agenda items naming them.
    expect(doc.ideas.length).toBeGreaterThanOrEqual(12);
    expect(doc.ideaVotes.some((v) => v.meetingId !== null)).toBe(true);
    expect(doc.activities.filter((a) => a.ideaId !== null).length).toBeGreaterThanOrEqual(2);
    expect(doc.agendaItems.some((a) => a.ideaId !== null)).toBe(true);
    expect(doc.ideaDecisions.length).toBeGreaterThan(0);
    expect(doc.ideaComments.length).toBeGreaterThan(0);

    started = performance.now();
    const result = await restoreInitiative(target.database.db, doc);
    const restoreMs = performance.now() - started;
    expect(result.initiativeId).toBe(initiativeId);
    expect(result.usersCreated.sort()).toEqual(doc.users.map((u) => u.email).sort());
    console.log(
      `backup of "${doc.initiative.name}" (${source.database.driver} → ${target.database.driver}): ` +
        `${(res.rawPayload.length / 1024).toFixed(0)} KiB, ${Object.values(result.rows).reduce((a, n) => a + n, 0)} rows, ` +
        `backup ${backupMs.toFixed(0)} ms, restore ${restoreMs.toFixed(0)} ms`,
    );

    // New accounts cannot sign in until an admin issues a reset.
    const [created] = await target.database.db.select().from(users).where(eq(users.email, 'admin@demo.test'));
    expect(created.mustChangePassword).toBe(true);
    const login = await target.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.test', password: 'collective-impact' } });
    expect(login.statusCode).toBe(401);

    // The restore leaves one audit entry; the rest of the log is the source's, in its order.
    const marker = await target.database.db.delete(auditLog).where(and(eq(auditLog.initiativeId, initiativeId), eq(auditLog.reason, RESTORE_REASON))).returning();
    expect(marker).toHaveLength(1);

    // A backup of the restored initiative is the same document.
    const again = await target.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/backup`, headers: await bearer(target.app, adminId) });
    expect(comparable(parseBackup(again.json()))).toEqual(comparable(doc));

    const sides = async (app: BuiltApp): Promise<Side> => ({ app, headers: await bearer(app, adminId) });
    const returned = (await source.app.inject({ method: 'GET', url: `/api/v1/initiatives/${initiativeId}/measurements?status=returned&limit=1`, headers: await bearer(source.app, adminId) })).json().items[0];
    const cell = `indicatorId=${returned.indicatorId}&actorId=${returned.actorId}&period=${returned.period}`;
    const at = (path: string) => `GET /api/v1/initiatives/:initiativeId${path}`;
    const comparison = await compareInitiativeReads(await sides(source.app), await sides(target.app), initiativeId, {
      [at('/comments')]: cell,
      [at('/measurements/history')]: cell,
      [at('/comments/counts')]: `period=${returned.period}`,
      [at('/reminders')]: `period=${returned.period}`,
      [at('/imports/template.csv')]: `period=${returned.period}`,
      [at('/imports/template.xlsx')]: `period=${returned.period}`,
      [at('/measurements')]: 'limit=1000',
      [at('/audit')]: 'limit=1000',
    }, {
      skip: {
        [at('/backup')]: 'compared above as a whole document (its export time differs)',
        [at('/reports/jobs/:jobId')]: 'report jobs are not part of a backup: their files expire within the hour',
        [at('/reports/jobs/:jobId/file')]: 'report jobs are not part of a backup: their files expire within the hour',
      },
      perList: 8,
      normalise: (key, body) => {
        // Audit entries take new sequence numbers in the target.
        const out = JSON.parse(JSON.stringify(body, (k, v) => (k === 'id' && typeof v === 'number' ? undefined : v)));
        // Completeness cells come in the order actors are stored (the grid places them by id).
        if (key === at('/completeness')) out.cells.sort((a: Cell, b: Cell) => `${a.indicatorId}${a.actorId}`.localeCompare(`${b.indicatorId}${b.actorId}`));
        return out;
      },
    });
    console.log(
      `compared ${[...comparison.compared.values()].reduce((a, n) => a + n, 0)} reads over ${comparison.compared.size} routes; ` +
        `skipped: ${[...comparison.skipped].map(([k, why]) => `${k} (${why})`).join('; ')}`,
    );
    console.log([...comparison.timings].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join('\n'));
    expect(comparison.differences).toEqual([]);
    expect(comparison.compared.size).toBeGreaterThan(35);
  }, 90_000);

  it('refuses to restore over an initiative that exists, and restores beside it as a new one', async () => {
    const again = await restoreInitiative(target.database.db, doc).catch((e: unknown) => e);
    expect(again).toMatchObject({ statusCode: 409, message: expect.stringContaining('already exists') });
    const copy = await restoreInitiative(target.database.db, doc, { asNew: true });
    expect(copy.initiativeId).not.toBe(initiativeId);
    expect(copy.usersCreated).toEqual([]);
    expect(copy.usersMatched).toBe(doc.users.length);
    const adminId = await userId(target.database, 'admin@demo.test');
    const headers = await bearer(target.app, adminId);
    const read = async (id: string, path: string) => (await target.app.inject({ method: 'GET', url: `/api/v1/initiatives/${id}${path}`, headers })).json();
    const [a, b] = [await read(initiativeId, '/overview'), await read(copy.initiativeId, '/overview')];
    // The same figures under new ids: ids replaced consistently leave the structure intact.
    // Sums of floating-point values may differ in the last digit when rows are added in another order.
    const strip = (v: unknown) =>
      JSON.stringify(v, (_k, x) => (typeof x === 'number' ? Number(x.toPrecision(12)) : x)).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
    expect(strip(b)).toEqual(strip(a));
    expect(JSON.stringify(b)).not.toContain(initiativeId);

    // The copy goes again with everything in it: ideas with their votes (some given at its
    // meetings), the activities they became and the agenda items naming them.
    const gone = await target.app.inject({ method: 'DELETE', url: `/api/v1/initiatives/${copy.initiativeId}`, headers });
    expect(gone.statusCode).toBe(204);
    const left = await target.database.db.select({ id: ideas.id }).from(ideas).where(eq(ideas.initiativeId, copy.initiativeId));
    expect(left).toEqual([]);
    expect((await read(initiativeId, '/overview')).openIdeas).toBe(a.openIdeas);
  }, 30_000);
});

