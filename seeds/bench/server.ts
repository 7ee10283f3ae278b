// The app under measurement, started as a child process exactly as it is deployed: the production
// build when there is one (server/dist/server.js), else the TypeScript sources through tsx. Its
// memory is read from /proc/<pid>/status, so the figures are those of the server alone.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'server/dist/server.js');
const SOURCES = path.join(ROOT, 'server/src/server.ts');

/**
 * The command that starts the server: BENCH_SERVER=dist|tsx forces one; by default the build
 * when it exists. Run with `node` directly (no npm, no npx) so that the child's pid is the server's.
 */
export function serverCommand(): { args: string[]; label: string; prepareDemo: string[] } {
  const choice = process.env.BENCH_SERVER ?? (fs.existsSync(DIST) ? 'dist' : 'tsx');
  if (choice === 'dist') {
    if (!fs.existsSync(DIST)) throw new Error(`BENCH_SERVER=dist but ${DIST} does not exist: run npm run build -w server first`);
    return { args: [DIST], label: 'node server/dist/server.js', prepareDemo: [path.join(path.dirname(DIST), 'prepare-demo.js')] };
  }
  return {
    args: ['--import', 'tsx', SOURCES],
    label: 'node --import tsx server/src/server.ts',
    prepareDemo: ['--import', 'tsx', path.join(ROOT, 'server', 'src', 'cli', 'prepare-demo.ts')],
  };
}

/** Resident and peak resident memory of a process in bytes, from /proc (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Samples a process's RSS every 25 ms while `work` runs: growth is the highest sample minus the one before. */
export async function withRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; growth: number }> {
  const before = memoryOf(pid).rss;
  let highest = before;
  const timer = setInterval(() => {
    try {
      highest = Math.max(highest, memoryOf(pid).rss);
    } catch {
      // The process ended: keep what was seen.
    }
  }, 25);
  try {
    const result = await work();
    highest = Math.max(highest, memoryOf(pid).rss);
    return { result, before, growth: highest - before };
  } finally {
    clearInterval(timer);
  }
}

export interface RunningServer {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn until /api/v1/health/ready answered 200. */
  readyMs: number;
  stop(): Promise<void>;
}

export async function waitReady(url: string, child: ChildProcess, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/api/v1/health/ready`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the server was not ready within ${limitMs / 1000} s`);
}

/** Starts the server with `env` added to the bench's environment; resolves when it is ready. */
export async function startServer(port: number, env: Record<string, string>, limitMs = 180_000): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, serverCommand().args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SCHEDULER: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    await waitReady(url, child, limitMs);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  const readyMs = performance.now() - started;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, pid: child.pid!, child, readyMs, stop };
}
