// A prepared database as one file: PGlite's own data folder tarball (`dumpDataDir`). Unpacking it
// (see extract) and opening the folder as an existing one is about twice as fast as handing it to
// PGlite's `loadDataDir`, which writes every file through its WebAssembly file system (measured by
// seeds/bench-start.ts), and either is far quicker than initdb.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import * as tar from 'tar';

const execFileAsync = promisify(execFile);

/** True when `dataDir` holds no database yet (missing or empty), so a tarball may be unpacked into it. */
export function isEmptyFolder(dataDir: string): boolean {
  try {
    return fs.readdirSync(dataDir).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/**
 * Extracts a tarball into an empty folder: with the system's tar where there is one (in a process
 * of its own, about three times as fast), else with node-tar. PGlite names its entries from the folder root ("/base/1/…"); both strip the leading slash.
 */
async function extract(file: string, folder: string): Promise<void> {
  try {
    await execFileAsync('tar', ['-xzf', file, '-C', folder]);
    return;
  } catch {
    // No tar here, or one that could not read the file: node-tar decides, from an empty folder.
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
  }
  await tar.x({ file, cwd: folder, onwarn: () => {} });
}

/**
 * Unpacks a data folder tarball into the empty `dataDir`. It is unpacked beside it and moved into
 * place at the end, so a start interrupted half-way leaves no half database behind.
 */
export async function unpackDataDir(file: string, dataDir: string): Promise<void> {
  const unpacking = `${dataDir}.unpacking-${process.pid}`;
  fs.rmSync(unpacking, { recursive: true, force: true });
  fs.mkdirSync(unpacking, { recursive: true });
  try {
    await extract(file, unpacking);
    if (!fs.existsSync(path.join(unpacking, 'PG_VERSION'))) throw new Error(`${file} is not a database folder`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(unpacking, dataDir);
  } catch (err) {
    fs.rmSync(unpacking, { recursive: true, force: true });
    throw err;
  }
}

/** Writes a tarball atomically: a reader never sees half a file, two writers never mix theirs. */
export async function writeTarball(tarball: Blob, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writing = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(writing, Buffer.from(await tarball.arrayBuffer()));
  fs.renameSync(writing, file);
}

/** A digest of files' names and contents (under `base`), for cache keys. */
export function hashFiles(base: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(path.relative(base, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Every file below `dir`, recursively. */
export function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
