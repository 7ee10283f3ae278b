// A data folder tarball unpacks into a database PGlite opens as it was: with the system's tar, and
// with node-tar where there is no tar to run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackDataDir, writeTarball } from '../src/db/snapshot.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-unpack-'));
const tarball = path.join(tmp, 'copy.tar.gz');
const NOTES = [
  { id: 1, body: 'Läxhjälp' },
  { id: 2, body: 'Nordhøj' },
];

beforeAll(async () => {
  const db = new PGlite(path.join(tmp, 'source'));
  await db.exec(`create table notes (id int primary key, body text); insert into notes values ${NOTES.map((n) => `(${n.id}, '${n.body}')`).join(', ')}`);
  await db.exec('checkpoint');
  await writeTarball(await db.dumpDataDir('gzip'), tarball);
  await db.close();
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function rowsIn(dataDir: string) {
  const db = new PGlite(dataDir);
  try {
    return (await db.query<{ id: number; body: string }>('select id, body from notes order by id')).rows;
  } finally {
    await db.close();
  }
}

describe('unpacking a prepared data folder', () => {
  it('with the system tar', async () => {
    const dataDir = path.join(tmp, 'with-tar');
    await unpackDataDir(tarball, dataDir);
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(await rowsIn(dataDir)).toEqual(NOTES);
  }, 60_000);

  it('with node-tar when no tar can be run', async () => {
    const dataDir = path.join(tmp, 'without-tar');
    const saved = process.env.PATH;
    process.env.PATH = path.join(tmp, 'nothing-here');
    try {
      await unpackDataDir(tarball, dataDir);
    } finally {
      process.env.PATH = saved;
    }
    expect(await rowsIn(dataDir)).toEqual(NOTES);
  }, 60_000);

  it('refuses a file that is not a data folder and leaves nothing behind', async () => {
    const bogus = path.join(tmp, 'bogus.tar.gz');
    fs.writeFileSync(bogus, 'not a tarball');
    const dataDir = path.join(tmp, 'bogus');
    await expect(unpackDataDir(bogus, dataDir)).rejects.toThrow();
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('bogus.unpacking'))).toEqual([]);
  }, 60_000);
});
