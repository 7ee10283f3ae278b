// What the demo's content depends on besides the date: the code that writes it. esbuild resolves
// the imports of seeds/demo.ts exactly as the server bundle does, so its list of input files is the
// seed code, the server and shared modules it uses, and nothing else; the lockfile stands for the
// packages (drizzle, rrule, PGlite's data folder format).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { hashFiles } from '../server/src/db/snapshot.js';

/** Packages the server bundle leaves to node_modules: the server's own dependencies. */
export function serverExternals(root: string): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'server', 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
  return names.flatMap((name) => [name, `${name}/*`]);
}

/** Digest of the source files the demo seed and its prepared copy are built from (and of the lockfile). */
export async function seedInputsDigest(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    // The seed, and how the copy is made from it (it adds the job queue's tables and queues).
    entryPoints: ['seeds/demo.ts', 'seeds/demo-snapshot.ts'],
    bundle: true,
    write: false,
    outdir: 'seed-inputs',
    metafile: true,
    platform: 'node',
    format: 'esm',
    external: serverExternals(root),
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => path.join(root, file));
  return createHash('sha256')
    .update(hashFiles(root, inputs))
    .update(fs.readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
}
