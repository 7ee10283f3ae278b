// The production entry point (server/dist, built by server/build.ts) in a child process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const SERVER_DIR = path.resolve(import.meta.dirname, '..');

let built = false;
/** Builds dist from the current sources, once per test run. */
export function buildServer(): void {
  if (built) return;
  execFileSync('npm', ['run', 'build'], { cwd: SERVER_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
  built = true;
}

export interface Running {
  child: ChildProcess;
  port: number;
  listening: boolean;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
/** For afterAll: kills what is still running. */
export function killServers(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Runs `node dist/<script>`; resolves once it listens, or once it exits (whichever comes first). */
export function startBuiltServer(env: NodeJS.ProcessEnv, script = 'server.js'): Promise<Running> {
  const child = spawn(process.execPath, [path.join('dist', script)], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', SCHEDULER: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      // Fastify logs the address it listens on; PORT=0 picks a free one.
      const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) resolve({ child, port: Number(m[1]), output: () => text, exited, listening: true });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => resolve({ child, port: 0, output: () => text, exited, listening: false }));
  });
}
