// The hourly job: the due-date sweeps (with or without e-mail) and, when e-mail is configured, the
// daily digest. Timers are unref'ed so they never keep the process alive, and stop when the app
// closes. Safe on several instances: sweeps are idempotent and the digest claims each user.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { runSweeps } from '../modules/notifications/notifications.sweeps.js';
import { sendDigests } from '../modules/notifications/notifications.digest.js';

export interface SchedulerOptions {
  /** Hour of the day (server time zone) after which the daily digest goes out. */
  digestHour: number;
  /** Between runs; an hour by default. */
  intervalMs?: number;
  /** Before the first run, so that starting the server stays quick. */
  firstRunDelayMs?: number;
}

export default fp(
  async function scheduler(app: FastifyInstance, opts: SchedulerOptions) {
    let running: Promise<void> | null = null;
    let stopped = false;
    const run = async () => {
      const now = new Date();
      try {
        const made = await runSweeps(app.db, now);
        const digests = app.mailer ? await sendDigests(app.db, app.mailer, now, opts.digestHour, app.log) : 0;
        app.log.info({ ...made, digests }, 'notification sweep done');
      } catch (err) {
        app.log.error({ err }, 'notification sweep failed');
      }
    };
    const tick = () => {
      // A run still going (a slow mail server) is not started twice.
      if (stopped || running) return;
      running = run().finally(() => {
        running = null;
      });
    };
    const first = setTimeout(tick, opts.firstRunDelayMs ?? 30_000);
    const every = setInterval(tick, opts.intervalMs ?? 60 * 60 * 1000);
    first.unref();
    every.unref();
    app.addHook('onClose', async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    });
  },
  { name: 'scheduler', dependencies: ['db', 'mailer'] },
);
