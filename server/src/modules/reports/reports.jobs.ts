// Report generation in the background of this process, with progress for the web UI's progress bar.
// Jobs and their files live in memory only and are forgotten after JOB_TTL_MS.
import { randomUUID } from 'node:crypto';
import type { ReportJob } from '@ci/shared';
import { AppError, NotFound, RateLimited } from '../../lib/errors.js';
import { DEFAULT_QUOTAS, RETRY_AFTER_SECONDS, type QuotaOptions } from '../../lib/quotas.js';

export const JOB_TTL_MS = 15 * 60 * 1000;

type JobLimits = Pick<QuotaOptions, 'reportJobsPerUser' | 'reportJobsPerInitiative' | 'reportsKeptPerUser'>;

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

  constructor(private readonly limits: JobLimits = DEFAULT_QUOTAS) {}

  /** Refuses a job over the running limits, and frees the memory of the user's oldest finished reports. */
  private admit(owner: { initiativeId: string; userId: string }): void {
    const entries = [...this.entries.values()];
    const running = entries.filter((e) => e.job.status === 'running');
    const { reportJobsPerUser, reportJobsPerInitiative, reportsKeptPerUser } = this.limits;
    if (running.filter((e) => e.userId === owner.userId).length >= reportJobsPerUser) {
      throw new RateLimited(RETRY_AFTER_SECONDS, `At most ${reportJobsPerUser} reports can be generated at once; wait for one to finish`);
    }
    if (running.filter((e) => e.initiativeId === owner.initiativeId).length >= reportJobsPerInitiative) {
      throw new RateLimited(RETRY_AFTER_SECONDS, 'Many reports of this initiative are being generated; try again shortly');
    }
    // Map order is insertion order: oldest first. Keep room for the job about to start.
    const finished = entries.filter((e) => e.userId === owner.userId && e.job.status !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - reportsKeptPerUser + 1))) {
      clearTimeout(old.timer);
      this.entries.delete(old.job.id);
    }
  }

  /** Starts `work` and returns at once; the job records its progress, its file or its failure. */
  start(
    owner: { initiativeId: string; userId: string },
    kind: ReportJob['kind'],
    fileName: string,
    work: (ctx: JobContext) => Promise<ReportFile>,
    onError: (err: unknown) => void,
  ): ReportJob {
    this.admit(owner);
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
