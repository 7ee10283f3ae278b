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
}

declare module 'fastify' {
  interface FastifyInstance {
    queue: JobQueue;
  }
}

/** After this, a graceful stop hands the jobs still running back to the queue to be retried. */
const STOP_WAIT_MS = 8_000;

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
    await boss.start();
    app.decorate('queue', { boss, workers: opts.workers });
    app.addHook('onClose', async () => {
      await boss.stop({ graceful: true, timeout: STOP_WAIT_MS, close: false });
    });
  },
  { name: 'queue', dependencies: ['db'] },
);
