// The job queue: pg-boss, keeping its jobs in PostgreSQL (schema `pgboss`) so that any instance
// may take a job another one queued, and a job outlives the process that started or ran it. It
// talks through the app's own connections (embedded PGlite included: one process by construction,
// it runs its own jobs), so a pool size or statement timeout holds for the queue too.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';

export interface QueueOptions {
  database: Database;
  /** Jobs of each kind this instance runs at once; 0: it queues jobs for other instances only. */
  workers: number;
}

export interface JobQueue {
  boss: PgBoss;
  workers: number;
  /** A step to run once the queue has started: queues to create, workers to register. */
  onStart(step: (boss: PgBoss) => Promise<void>): void;
  /** Starts the queue and runs its steps, once; every caller waits for the same start. */
  start(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    queue: JobQueue;
  }
}

/** After this, a graceful stop hands the jobs still running back to the queue to be retried. */
const STOP_WAIT_MS = 8_000;

/**
 * The queue starts in the background once the app is ready (nothing before the first request needs
 * it), or at its first use if that comes earlier; a job sent meanwhile waits for the start.
 */
export default fp(
  async function queue(app: FastifyInstance, opts: QueueOptions) {
    const boss = new PgBoss({
      db: { executeSql: opts.database.executeSql },
      // Schedules (the sweep of expired files) are sent by the instances that run jobs.
      schedule: opts.workers > 0,
      // Jobs whose worker vanished (a crash) are failed, then retried, within a minute of expiring.
      maintenanceIntervalSeconds: 60,
    });
    boss.on('error', (err) => app.log.error({ err }, 'job queue error'));
    const steps: ((boss: PgBoss) => Promise<void>)[] = [];
    let started: Promise<void> | undefined;
    const start = () =>
      (started ??= (async () => {
        await boss.start();
        for (const step of steps) await step(boss);
      })());
    app.decorate('queue', { boss, workers: opts.workers, onStart: (step) => steps.push(step), start });
    // Not awaited: the server listens (and answers) while the queue starts.
    app.addHook('onReady', async () => {
      start().catch((err: unknown) => app.log.error({ err }, 'the job queue did not start'));
    });
    app.addHook('onClose', async () => {
      if (!started) return;
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, timeout: STOP_WAIT_MS, close: false });
    });
  },
  { name: 'queue', dependencies: ['db'] },
);
