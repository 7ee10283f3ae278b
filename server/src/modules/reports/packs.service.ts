// A meeting pack is rendered by a worker of the report queue, like any report; the request that
// asked for it waits for the job and answers with the stored pack.
import { setTimeout as sleep } from 'node:timers/promises';
import type { MeetingPack } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { recordAudit } from '../../lib/audit.js';
import { ServiceUnavailable, Unprocessable } from '../../lib/errors.js';
import type { PeriodRange } from './reports.repository.js';
import { buildReportPdf } from './reports.service.js';
import { deleteJob, jobState } from './report-jobs.repository.js';
import { insertPack, packById } from './packs.repository.js';

export interface StoredPackInput {
  meetingId: string;
  fileName: string;
  range: PeriodRange;
  goalIds: string[];
}

/** How long a request waits for its pack before telling the user it will appear later. */
const WAIT_MS = 120_000;
const POLL_MS = 100;

/** Stores the pack under the job's id, once: a retried job finds it there. */
export async function renderPack(app: App, jobId: string, userId: string, initiativeId: string, input: StoredPackInput): Promise<void> {
  if (await packById(app.db, input.meetingId, jobId)) return;
  const bytes = await buildReportPdf({ db: app.readDb, dbDriver: app.dbDriver }, initiativeId, {
    range: input.range,
    goalIds: input.goalIds,
    kind: 'pack',
    goalIdsField: 'body.goalIds',
  });
  await app.db.transaction(async (tx) => {
    const row = await insertPack(tx, {
      id: jobId,
      meetingId: input.meetingId,
      fileName: input.fileName,
      bytes,
      fromPeriod: input.range.from ?? null,
      toPeriod: input.range.to ?? null,
      createdBy: userId,
    });
    await recordAudit(tx, { initiativeId, userId, action: 'create', entityType: 'meeting_pack', entityId: row.id, after: row });
  });
}

/** Waits for the pack job queued as `jobId`; its row is of no use once the pack is stored. */
export async function waitForPack(app: App, meetingId: string, jobId: string): Promise<MeetingPack> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const state = await jobState(app.db, jobId);
    if (state?.status === 'done') {
      await deleteJob(app.db, jobId);
      const pack = await packById(app.db, meetingId, jobId);
      if (pack) return pack;
    }
    if (state?.status === 'failed') {
      await deleteJob(app.db, jobId);
      // Only our own messages of input the user can fix reach them; anything else is a server error.
      if (state.error && state.error !== 'The report could not be generated') throw new Unprocessable(state.error);
      throw new Error(`meeting pack job ${jobId} failed`);
    }
    if (!state || Date.now() > deadline) {
      throw new ServiceUnavailable('The meeting pack is still being generated; it will appear among the meeting’s packs when it is ready');
    }
    await sleep(POLL_MS);
  }
}
