// Embedded PGlite has no server process of its own: two programs opening one data folder both
// write to it and silently lose each other's commits. The first opener holds a lock directory
// beside the data; its modification time is refreshed while the holder lives, so a lock left by a
// killed process goes stale and is taken over.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';

/** A lock not refreshed for this long belongs to a process that is gone. */
const STALE_MS = 10_000;
/** How often the holder refreshes the lock. */
const UPDATE_MS = 2_000;

export class DataFolderInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `Another server is already using the data folder ${dataDir}. ` +
        'Stop it first, or give this one its own DATA_DIR (or a DATABASE_URL). ' +
        `A lock left by a server that crashed expires by itself within ${STALE_MS / 1000} s.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

/**
 * Takes the lock on `dataDir` (created when missing) and returns its release function. A live
 * holder refreshes the lock's time, a dead one does not: when the lock is held, watch it for one
 * refresh interval and refuse at once if it moved; otherwise wait for it to go stale.
 */
export async function lockDataFolder(dataDir: string, onLost: (err: Error) => void): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const deadline = Date.now() + STALE_MS + 2 * UPDATE_MS;
  for (;;) {
    try {
      return await lockfile.lock(dataDir, { lockfilePath: lockPath, stale: STALE_MS, update: UPDATE_MS, retries: 0, onCompromised: onLost });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    }
    const before = mtime(lockPath);
    await sleep(UPDATE_MS + 500);
    const after = mtime(lockPath);
    if ((after !== undefined && after !== before) || Date.now() > deadline) throw new DataFolderInUseError(dataDir);
  }
}

function mtime(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
