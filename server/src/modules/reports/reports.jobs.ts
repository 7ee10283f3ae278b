// Report generation in the background of this process, with progress for the web UI's progress bar.
// Jobs and their files live in memory only and are forgotten after JOB_TTL_MS.
import { randomUUID } from 'node:crypto';
import type { ReportJob } from '@ci/shared';
import { AppError, NotFound } from '../../lib/errors.js';

export const JOB_TTL_MS = 15 * 60 * 1000;
/** Jobs one user may have running at once. */
export const MAX_RUNNING_PER_USER = 3;

export interface ReportFile {
  bytes: Buffer;
  contentType: string;
}

interface JobEntry {
  job: ReportJob;
  initiativeId: string;
  userId: string;
  file: ReportFile | null;
  timer: NodeJS.Timeout;
}

export interface JobContext {
  /** Reports the share done, 0..1; values only ever move forward. */
  progress(share: number): void;
}

export class ReportJobs {
  private readonly entries = new Map<string, JobEntry>();

  /** Starts `work` and returns at once; the job records its progress, its file or its failure. */
  start(
    owner: { initiativeId: string; userId: string },
    kind: ReportJob['kind'],
    fileName: string,
    work: (ctx: JobContext) => Promise<ReportFile>,
    onError: (err: unknown) => void,
  ): ReportJob {
    const running = [...this.entries.values()].filter((e) => e.userId === owner.userId && e.job.status === 'running').length;
    if (running >= MAX_RUNNING_PER_USER) {
      throw new AppError(429, 'rate_limited', `At most ${MAX_RUNNING_PER_USER} reports can be generated at once; wait for one to finish`);
    }
    const id = randomUUID();
    const job: ReportJob = {
      id,
      kind,
      status: 'running',
      progress: 0,
      fileName,
      error: null,
      expiresAt: new Date(Date.now() + JOB_TTL_MS),
    };
    const timer = setTimeout(() => this.entries.delete(id), JOB_TTL_MS);
    timer.unref();
    const entry: JobEntry = { job, ...owner, file: null, timer };
    this.entries.set(id, entry);
    const ctx: JobContext = {
      progress(share) {
        if (job.status === 'running') job.progress = Math.max(job.progress, Math.min(1, Math.max(0, share)));
      },
    };
    // A job runs after the request that started it has been answered.
    setImmediate(() => {
      work(ctx).then(
        (file) => {
          entry.file = file;
          job.progress = 1;
          job.status = 'done';
        },
        (err: unknown) => {
          job.status = 'failed';
          job.error = err instanceof AppError && err.statusCode < 500 ? err.message : 'The report could not be generated';
          onError(err);
        },
      );
    });
    return { ...job };
  }

  /** The caller's job: another user's job, or one of another initiative, does not exist for them. */
  get(initiativeId: string, userId: string, id: string): { job: ReportJob; file: ReportFile | null } {
    const entry = this.entries.get(id);
    if (!entry || entry.userId !== userId || entry.initiativeId !== initiativeId) throw new NotFound('Report job');
    return { job: { ...entry.job }, file: entry.file };
  }

  clear(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
  }
}
