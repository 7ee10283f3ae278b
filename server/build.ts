// The production build: the server and its commands bundled by esbuild into dist/*.js (ESM, Node
// 20), the shared workspace and the seeds compiled in, npm packages left to node_modules (PGlite
// and pdfkit read files beside their own modules). `node dist/server.js` then starts without
// compiling TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { seedInputsDigest, serverExternals } from '../seeds/seed-inputs.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'server', 'dist');

const started = Date.now();
fs.rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: {
    server: 'server/src/server.ts',
    'create-admin': 'server/src/cli/create-admin.ts',
    backup: 'server/src/cli/backup.ts',
    restore: 'server/src/cli/restore.ts',
    'prepare-demo': 'server/src/cli/prepare-demo.ts',
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external: serverExternals(ROOT),
  // The demo copy's key (seeds/demo-snapshot.ts) needs the digest of the seed code: fixed now, so
  // the bundle knows it without its sources or esbuild.
  define: { __DEMO_SEED_INPUTS__: JSON.stringify(await seedInputsDigest(ROOT)) },
  logLevel: 'warning',
});
console.error(`Built the server into ${path.relative(ROOT, OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
