// The repository root holds migrations/, web/dist and data/. The server runs from its sources
// (server/src/…) or from the bundle (server/dist/…), at different depths: walk up to the root
// instead of counting `..`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; ) {
    if (fs.existsSync(path.join(dir, 'migrations', 'meta', '_journal.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No migrations/ folder above ${from}`);
    dir = parent;
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
