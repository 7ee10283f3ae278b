// How long a start takes, against the bare limits measured in the same run:
//   npx tsx seeds/bench-start.ts            (BENCH_START_RUNS=3, BENCH_START_PORT=3550, BENCH_START_NPM=1)
// Every figure is a new process, timed from spawn until it answers: the built server
// (server/dist, see server/build.ts) on a fresh data folder with the prepared demo copy and on an
// existing folder, against a bare PGlite doing initdb in a fresh folder and opening an existing
// one. `npm start` adds the up-to-date check of the build. Build first: npm run build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The budget for the server on a fresh data folder. */
export const FRESH_START_BUDGET_S = 5;

export interface StartFigure {
  figure: string;
  seconds: number[];
  /** Peak resident memory of the process (VmHWM), MB, when the system tells it. */
  peakMb: (number | undefined)[];
}

export interface StartBench {
  figures: StartFigure[];
  median(figure: string): number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function peakMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

function ready(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/api/v1/health/ready' }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      })
      .on('error', () => resolve(false));
  });
}

/** Spawns a command, waits until `isReady` (or its exit), stops it; returns the seconds taken. */
async function timeStart(
  command: string[],
  env: NodeJS.ProcessEnv,
  isReady: 'exit' | number,
): Promise<{ seconds: number; peakMb?: number }> {
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  if (isReady === 'exit') {
    const code = await exited;
    if (code !== 0) throw new Error(`${command.join(' ')} failed:\n${output}`);
    return { seconds: (performance.now() - started) / 1000 };
  }
  while (!(await ready(isReady))) {
    if (done) throw new Error(`${command.join(' ')} exited before it was ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  // npm runs the server as a grandchild: the group's leader is npm, the memory is the server's.
  const peak = peakMb(child.pid);
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return { seconds, peakMb: peak };
}

const BARE_OPEN = `import { PGlite } from '@electric-sql/pglite';
const db = new PGlite(process.env.BENCH_DIR); await db.query('select 1'); await db.close();`;

/**
 * Runs each figure `runs` times, interleaved (a burst of load elsewhere hits all figures alike).
 * Needs the built server (server/dist) and leaves the demo copy in `snapshotDir`.
 */
export async function benchStart(options: { runs?: number; port?: number; npmStart?: boolean; snapshotDir?: string } = {}): Promise<StartBench> {
  const runs = options.runs ?? 3;
  const port = options.port ?? 3550;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
  const snapshotDir = options.snapshotDir ?? path.join(ROOT, 'node_modules', '.cache', 'collective-impact');
  if (!fs.existsSync(path.join(ROOT, 'server', 'dist', 'server.js'))) throw new Error('Build the server first: npm run build');
  const serverEnv = (dataDir: string) => ({ DATA_DIR: dataDir, SNAPSHOT_DIR: snapshotDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', SEED_DEMO: 'true', SCHEDULER: 'true' });
  // The copy the fresh starts load: made now when missing, not timed.
  await timeStart(['node', 'server/dist/prepare-demo.js'], serverEnv(path.join(tmp, 'unused')), 'exit');

  const figures: StartFigure[] = [];
  const record = (figure: string, r: { seconds: number; peakMb?: number }) => {
    let f = figures.find((x) => x.figure === figure);
    if (!f) figures.push((f = { figure, seconds: [], peakMb: [] }));
    f.seconds.push(r.seconds);
    f.peakMb.push(r.peakMb);
  };
  try {
    for (let run = 0; run < runs; run++) {
      const bare = path.join(tmp, `bare-${run}`);
      const bareEnv = { BENCH_DIR: bare };
      const bareCmd = ['node', '--input-type=module', '-e', BARE_OPEN];
      record('bare PGlite, fresh folder (initdb)', await timeStart(bareCmd, bareEnv, 'exit'));
      record('bare PGlite, existing folder', await timeStart(bareCmd, bareEnv, 'exit'));
      const data = path.join(tmp, `server-${run}`);
      record('server, fresh folder (demo copy)', await timeStart(['node', 'server/dist/server.js'], serverEnv(data), port));
      record('server, existing folder', await timeStart(['node', 'server/dist/server.js'], serverEnv(data), port));
      if (options.npmStart ?? true) {
        // npm's own memory is not the server's: no peak for this one.
        const npm = await timeStart(['npm', 'start'], serverEnv(path.join(tmp, `npm-${run}`)), port);
        record('npm start, fresh folder', { seconds: npm.seconds });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return {
    figures,
    median: (figure) => median(figures.find((f) => f.figure === figure)!.seconds),
  };
}

export function printStartBench(bench: StartBench): void {
  const initdb = bench.median('bare PGlite, fresh folder (initdb)');
  const existing = bench.median('bare PGlite, existing folder');
  console.log('figure'.padEnd(38) + 'runs (s)'.padEnd(24) + 'median  ×initdb  ×existing  peak RSS');
  for (const f of bench.figures) {
    const m = median(f.seconds);
    const peaks = f.peakMb.filter((p) => p !== undefined);
    console.log(
      f.figure.padEnd(38) +
        f.seconds.map((s) => s.toFixed(2)).join(' ').padEnd(24) +
        `${m.toFixed(2)}`.padStart(6) +
        `${(m / initdb).toFixed(2)}`.padStart(9) +
        `${(m / existing).toFixed(2)}`.padStart(11) +
        (peaks.length ? `${Math.max(...(peaks as number[]))} MB`.padStart(10) : ''),
    );
  }
  const fresh = bench.median('server, fresh folder (demo copy)');
  const verdict = fresh <= FRESH_START_BUDGET_S ? 'pass' : 'FAIL';
  console.log(`\nserver on a fresh folder: ${fresh.toFixed(2)} s, budget ≤ ${FRESH_START_BUDGET_S} s: ${verdict}; ${(fresh / initdb).toFixed(2)}× a bare initdb, ${(fresh / existing).toFixed(2)}× a bare open of an existing folder`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const bench = await benchStart({
    runs: Number(process.env.BENCH_START_RUNS ?? 3),
    port: Number(process.env.BENCH_START_PORT ?? 3550),
    npmStart: process.env.BENCH_START_NPM !== '0',
  });
  printStartBench(bench);
}
