// Report jobs as rows of `report_jobs`: what the user polls and downloads, from whichever instance.
// The queue (pg-boss) only carries the row's id to a worker.
import { and, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { ReportJob } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { reportJobs } from '../../db/schema/index.js';
import { RateLimited } from '../../lib/errors.js';
import { RETRY_AFTER_SECONDS, type QuotaOptions } from '../../lib/quotas.js';

/** A job and its file are forgotten this long after it was queued, or after it finished. */
export const JOB_TTL_MS = 15 * 60 * 1000;

/** Kinds the user polls; a meeting pack is a job too, but its request waits for it and stores the pack. */
export const POLLED_KINDS = ['pdf', 'xlsx'] as const;
export type JobKind = (typeof POLLED_KINDS)[number] | 'pack';

const UNFINISHED = ['queued', 'running'];
const FINISHED = ['done', 'failed'];

export type JobLimits = Pick<QuotaOptions, 'reportJobsPerUser' | 'reportJobsPerInitiative' | 'reportsKeptPerUser'>;

export interface NewJob {
  initiativeId: string;
  userId: string;
  kind: JobKind;
  fileName: string;
  input: Record<string, unknown>;
}

const live = () => gt(reportJobs.expiresAt, sql`now()`);
const expiry = () => sql`now() + ${JOB_TTL_MS} * interval '1 millisecond'`;

const jobColumns = {
  id: reportJobs.id,
  kind: reportJobs.kind,
  status: reportJobs.status,
  progress: reportJobs.progress,
  fileName: reportJobs.fileName,
  error: reportJobs.error,
  expiresAt: reportJobs.expiresAt,
};

/**
 * Queues a polled job unless the user or the initiative has too many unfinished ones, and drops the
 * user's oldest finished reports beyond the number kept. Counted in the database under advisory
 * locks (user, then initiative: one order, no deadlock), so concurrent requests on any instance
 * are counted one after the other.
 */
export async function admitJob(db: Db, job: NewJob, limits: JobLimits): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`report_jobs:user:${job.userId}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`report_jobs:initiative:${job.initiativeId}`}))`);
    const unfinished = and(ne(reportJobs.kind, 'pack'), inArray(reportJobs.status, UNFINISHED), live());
    const [{ mine, theirs }] = await tx
      .select({
        mine: sql<number>`count(*) filter (where ${reportJobs.userId} = ${job.userId})`.mapWith(Number),
        theirs: sql<number>`count(*) filter (where ${reportJobs.initiativeId} = ${job.initiativeId})`.mapWith(Number),
      })
      .from(reportJobs)
      .where(and(unfinished, sql`(${reportJobs.userId} = ${job.userId} or ${reportJobs.initiativeId} = ${job.initiativeId})`));
    if (mine >= limits.reportJobsPerUser) {
      throw new RateLimited(RETRY_AFTER_SECONDS, `At most ${limits.reportJobsPerUser} reports can be generated at once; wait for one to finish`);
    }
    if (theirs >= limits.reportJobsPerInitiative) {
      throw new RateLimited(RETRY_AFTER_SECONDS, 'Many reports of this initiative are being generated; try again shortly');
    }
    // Keep room for the job about to start.
    const stale = await tx
      .select({ id: reportJobs.id })
      .from(reportJobs)
      .where(and(eq(reportJobs.userId, job.userId), ne(reportJobs.kind, 'pack'), inArray(reportJobs.status, FINISHED)))
      .orderBy(desc(reportJobs.createdAt), desc(reportJobs.id))
      .offset(Math.max(0, limits.reportsKeptPerUser - 1));
    if (stale.length > 0) await tx.delete(reportJobs).where(inArray(reportJobs.id, stale.map((s) => s.id)));
    return insertJob(tx, job);
  });
}

/** Queues a job without limits (meeting packs are limited while their request waits). */
export async function insertJob(db: DbOrTx, job: NewJob): Promise<string> {
  const [row] = await db
    .insert(reportJobs)
    .values({ ...job, status: 'queued', expiresAt: expiry() })
    .returning({ id: reportJobs.id });
  return row.id;
}

/** The caller's polled job: another user's job, or one of another initiative, does not exist for them. */
export async function findJob(db: DbOrTx, owner: { initiativeId: string; userId: string }, id: string): Promise<ReportJob | undefined> {
  const [row] = await db
    .select(jobColumns)
    .from(reportJobs)
    .where(
      and(
        eq(reportJobs.id, id),
        eq(reportJobs.userId, owner.userId),
        eq(reportJobs.initiativeId, owner.initiativeId),
        inArray(reportJobs.kind, [...POLLED_KINDS]),
        live(),
      ),
    );
  return row as ReportJob | undefined;
}

export async function jobFile(db: DbOrTx, id: string) {
  const [row] = await db.select({ file: reportJobs.file, contentType: reportJobs.contentType }).from(reportJobs).where(eq(reportJobs.id, id));
  return row?.file && row.contentType ? { bytes: row.file, contentType: row.contentType } : undefined;
}

/** A job's state, for a request waiting on it (meeting packs). */
export async function jobState(db: DbOrTx, id: string) {
  const [row] = await db.select({ status: reportJobs.status, error: reportJobs.error }).from(reportJobs).where(eq(reportJobs.id, id));
  return row;
}

/**
 * Marks an unfinished job running (again, after a retry: from zero) and returns what it renders;
 * undefined when it is finished, expired or deleted meanwhile.
 */
export async function claimJob(db: DbOrTx, id: string) {
  const [row] = await db
    .update(reportJobs)
    .set({ status: 'running', progress: 0, error: null })
    .where(and(eq(reportJobs.id, id), inArray(reportJobs.status, UNFINISHED), live()))
    .returning({
      id: reportJobs.id,
      initiativeId: reportJobs.initiativeId,
      userId: reportJobs.userId,
      kind: reportJobs.kind,
      fileName: reportJobs.fileName,
      input: reportJobs.input,
    });
  return row as (Omit<typeof row, 'kind'> & { kind: JobKind }) | undefined;
}

/** Progress only ever moves forward. */
export async function saveProgress(db: DbOrTx, id: string, share: number): Promise<void> {
  await db
    .update(reportJobs)
    .set({ progress: sql`greatest(${reportJobs.progress}, ${Math.min(1, Math.max(0, share))})` })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.status, 'running')));
}

/** Done: the file (none for a pack, stored as the pack itself), kept for the TTL from now. */
export async function finishJob(db: DbOrTx, id: string, file?: { bytes: Buffer; contentType: string }): Promise<void> {
  await db
    .update(reportJobs)
    .set({ status: 'done', progress: 1, file: file?.bytes ?? null, contentType: file?.contentType ?? null, finishedAt: sql`now()`, expiresAt: expiry() })
    .where(and(eq(reportJobs.id, id), inArray(reportJobs.status, UNFINISHED)));
}

export async function failJob(db: DbOrTx, id: string, message: string): Promise<void> {
  await db
    .update(reportJobs)
    .set({ status: 'failed', error: message, finishedAt: sql`now()`, expiresAt: expiry() })
    .where(and(eq(reportJobs.id, id), inArray(reportJobs.status, UNFINISHED)));
}

export async function deleteJob(db: DbOrTx, id: string): Promise<void> {
  await db.delete(reportJobs).where(eq(reportJobs.id, id));
}

export async function sweepExpiredJobs(db: DbOrTx): Promise<number> {
  const rows = await db.delete(reportJobs).where(sql`${reportJobs.expiresAt} <= now()`).returning({ id: reportJobs.id });
  return rows.length;
}
