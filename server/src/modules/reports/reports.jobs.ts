// Report jobs on the queue: a request writes the job's row and queues its id; a worker on any
// instance that runs workers renders the file into the row. A worker that dies mid-job (a crash,
// a stop that outlasts its grace period) leaves its job to expire in the queue, which retries it;
// when the retries are spent, the dead-letter queue marks the row failed.
import type PgBoss from 'pg-boss';
import type { App } from '../../lib/types.js';
import { AppError } from '../../lib/errors.js';
import { claimJob, failJob, finishJob, saveProgress, sweepExpiredJobs } from './report-jobs.repository.js';
import { sweepRateLimitBuckets } from '../../plugins/rate-limit.js';

export const REPORT_QUEUE = 'report-jobs';
const DEAD_LETTER_QUEUE = 'report-jobs-dead';
const SWEEP_QUEUE = 'report-jobs-sweep';

/** A job running longer than this is taken for lost and run again (the budget of a report is seconds). */
const EXPIRE_SECONDS = 10 * 60;
/** Progress is written at most this often: each write is an UPDATE. */
const PROGRESS_EVERY_MS = 250;

export interface JobMessage {
  jobId: string;
}

export type ClaimedJob = NonNullable<Awaited<ReturnType<typeof claimJob>>>;

/** Renders a claimed job; returns the file, or nothing when the job stored its own result. */
export type RenderJob = (job: ClaimedJob, progress: (share: number) => void) => Promise<{ bytes: Buffer; contentType: string } | void>;

/** What a user is told when a job fails: our own 4xx messages, nothing of an internal error. */
export function failureMessage(err: unknown): string {
  return err instanceof AppError && err.statusCode < 500 ? err.message : 'The report could not be generated';
}

/**
 * Creates the report queues unless they exist (each is a table of its own: seconds on an embedded
 * database, so the prepared demo copy has them already).
 */
export async function createReportQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DEAD_LETTER_QUEUE);
  await boss.createQueue(REPORT_QUEUE, { name: REPORT_QUEUE, retryLimit: 2, retryDelay: 1, expireInSeconds: EXPIRE_SECONDS, deadLetter: DEAD_LETTER_QUEUE });
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, retryLimit: 0 });
}

/**
 * The queues exist on every instance (to send to); workers only where REPORT_WORKERS > 0. They are
 * set up when the queue starts (see plugins/queue.ts); a job sent before that waits for it.
 */
export function setUpReportQueue(app: App, render: RenderJob): (jobId: string) => Promise<void> {
  const { workers } = app.queue;
  const workerIds: string[] = [];
  app.queue.onStart(async (boss) => {
    await createReportQueues(boss);
    if (workers === 0) return;
    for (let i = 0; i < workers; i++) {
      workerIds.push(await boss.work<JobMessage>(REPORT_QUEUE, { pollingIntervalSeconds: 1 }, ([job]) => runJob(app, job.data.jobId, render)));
    }
    await boss.work<JobMessage>(DEAD_LETTER_QUEUE, async ([job]) => {
      app.log.error({ jobId: job.data.jobId }, 'report job failed on every attempt');
      await failJob(app.db, job.data.jobId, 'The report could not be generated');
    });
    await boss.work(SWEEP_QUEUE, async () => {
      const [jobs, buckets] = [await sweepExpiredJobs(app.db), await sweepRateLimitBuckets(app.db)];
      app.log.info({ jobs, buckets }, 'expired report jobs and rate-limit counts deleted');
    });
    await boss.schedule(SWEEP_QUEUE, '*/5 * * * *');
  });

  return async (jobId) => {
    await app.queue.start();
    await app.queue.boss.send(REPORT_QUEUE, { jobId } satisfies JobMessage, { id: jobId });
    // A worker of this instance starts at once instead of at its next poll.
    for (const id of workerIds) app.queue.boss.notifyWorker(id);
  };
}

async function runJob(app: App, jobId: string, render: RenderJob): Promise<void> {
  const job = await claimJob(app.db, jobId);
  if (!job) return; // finished, expired or deleted meanwhile
  const progress = throttledProgress(app, jobId);
  try {
    const file = await render(job, progress.report);
    await progress.flush();
    await finishJob(app.db, jobId, file ?? undefined);
  } catch (err) {
    await progress.flush();
    if (err instanceof AppError && err.statusCode < 500) {
      // The request cannot succeed on a retry: the user learns why at once.
      await failJob(app.db, jobId, failureMessage(err));
      return;
    }
    app.log.error({ err, jobId }, 'report job failed');
    // The queue retries it; the dead-letter queue marks it failed when the retries are spent.
    throw err;
  }
}

function throttledProgress(app: App, jobId: string) {
  let pending: Promise<void> = Promise.resolve();
  let last = 0;
  let latest = 0;
  const write = (share: number) => {
    pending = pending.then(() => saveProgress(app.db, jobId, share)).catch((err: unknown) => app.log.warn({ err, jobId }, 'report progress not saved'));
  };
  return {
    report(share: number) {
      // A step with nothing to do (0 of 0) reports no progress rather than NaN.
      if (!Number.isFinite(share)) return;
      latest = Math.max(latest, share);
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      write(latest);
    },
    async flush() {
      await pending;
    },
  };
}
