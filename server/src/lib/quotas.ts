// Limits on work a single user can pile up in this process: report jobs held in memory and
// exports generated while the request waits. Over a limit the request gets 429 with Retry-After.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimited } from './errors.js';

export interface QuotaOptions {
  /** Report jobs one user may have running at once. */
  reportJobsPerUser: number;
  /** Report jobs running at once in one initiative, whoever started them. */
  reportJobsPerInitiative: number;
  /** Finished reports kept per user until fetched or expired; starting another drops the oldest. */
  reportsKeptPerUser: number;
  /** Exports (CSV, XLSX, PDF, meeting packs) one user may have in progress at once. */
  exportsPerUser: number;
  /** Exports in progress at once over all users. */
  exportsTotal: number;
}

export const DEFAULT_QUOTAS: QuotaOptions = {
  reportJobsPerUser: 3,
  reportJobsPerInitiative: 6,
  reportsKeptPerUser: 5,
  exportsPerUser: 2,
  exportsTotal: 4,
};

/** Seconds a client is told to wait: a PDF or workbook typically takes a few seconds. */
export const RETRY_AFTER_SECONDS = 5;

/** Counts exports in progress per user and in total; a slot is held until the response is sent or aborted. */
export class ExportSlots {
  private readonly perUser = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: Pick<QuotaOptions, 'exportsPerUser' | 'exportsTotal'>) {}

  /** Takes a slot for `userId` or throws 429; the returned function gives it back (once). */
  acquire(userId: string): () => void {
    const mine = this.perUser.get(userId) ?? 0;
    if (mine >= this.limits.exportsPerUser) {
      throw new RateLimited(RETRY_AFTER_SECONDS, `At most ${this.limits.exportsPerUser} exports can be generated for you at once; wait for one to finish`);
    }
    if (this.total >= this.limits.exportsTotal) {
      throw new RateLimited(RETRY_AFTER_SECONDS, 'The server is generating as many exports as it can; try again shortly');
    }
    this.perUser.set(userId, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left > 0) this.perUser.set(userId, left);
      else this.perUser.delete(userId);
    };
  }

  /**
   * A preHandler (after authorize) holding a slot for the whole response, streamed ones included:
   * it is given back when the response has been sent or the connection closed.
   */
  hook() {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const release = this.acquire(request.access.userId);
      reply.raw.once('close', release);
      reply.raw.once('finish', release);
    };
  }
}
