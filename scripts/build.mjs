// Builds what is out of date, then (optionally) the prepared demo database:
//   node scripts/build.mjs                      web and server
//   node scripts/build.mjs --server             the server only (before its commands)
//   node scripts/build.mjs --snapshot           …and the demo copy when missing (npm run build)
//   node scripts/build.mjs --snapshot-if-fresh  …only when DATA_DIR has no database yet (npm start)
// A part is rebuilt when the digest of its input files differs from the one recorded at its last
// build (contents, not times: a checkout or a copy does not fool it), or its output is missing.
// Everything is written to stderr: the commands run after this may write a file to stdout.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const STAMPS = path.join(ROOT, 'node_modules', '.cache', 'collective-impact');
const SKIP = new Set(['node_modules', 'dist', 'test-results', 'coverage']);

const parts = {
  web: {
    inputs: ['web', 'shared', 'package-lock.json', 'tsconfig.base.json'],
    output: 'web/dist/index.html',
    command: ['npm', 'run', 'build', '-w', 'web'],
    // `npm start` shows no list of bundle sizes: warnings and errors only.
    quiet: ['--', '--logLevel', 'warn'],
    title: 'the web app',
  },
  server: {
    inputs: ['server/src', 'server/build.ts', 'server/package.json', 'seeds', 'shared', 'package-lock.json', 'tsconfig.base.json'],
    output: 'server/dist/server.js',
    command: ['npm', 'run', 'build', '-w', 'server'],
    quiet: [],
    title: 'the server',
  },
};

function files(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => (SKIP.has(e.name) ? [] : files(path.join(entry, e.name))));
}

function digest(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files).sort()) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function run(command, args = []) {
  const [cmd, ...rest] = command;
  // --silent: no "> @ci/web build" headers from npm in between.
  const npmArgs = cmd === 'npm' && quiet ? ['--silent'] : [];
  // Always a production build, also when called from a test runner (NODE_ENV=test).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(cmd, [...npmArgs, ...rest, ...args], { cwd: ROOT, stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const flags = new Set(process.argv.slice(2));
// `npm start`: a line for each step instead of the tools' full output.
const quiet = flags.has('--snapshot-if-fresh');
for (const [name, part] of Object.entries(parts)) {
  if (name === 'web' && flags.has('--server')) continue;
  const stamp = path.join(STAMPS, `build-${name}.sha256`);
  const wanted = digest(part.inputs);
  const built = fs.existsSync(path.join(ROOT, part.output)) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted;
  if (built) continue;
  const started = Date.now();
  if (quiet) console.error(`building ${part.title}…`);
  run(part.command, quiet ? part.quiet : []);
  if (quiet && part.quiet.length > 0) console.error(`built ${part.title} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.mkdirSync(STAMPS, { recursive: true });
  fs.writeFileSync(stamp, wanted);
}
if (flags.has('--snapshot')) run(['node', 'server/dist/prepare-demo.js']);
else if (flags.has('--snapshot-if-fresh')) run(['node', 'server/dist/prepare-demo.js', '--if-fresh']);
