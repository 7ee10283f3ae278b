// What a worker does with a job taken from the queue: render the report it describes, reading
// through the reports' connection (a replica when configured).
import type { Locale, Role } from '@ci/shared';
import type { App } from '../../lib/types.js';
import type { RenderJob } from './reports.jobs.js';
import type { PeriodRange } from './reports.repository.js';
import { buildReportPdf, buildWorkbook, PDF_TYPE, XLSX_TYPE } from './reports.service.js';
import { renderPack, type StoredPackInput } from './packs.service.js';

/** A report job's `input`: the validated request, and what its requester could see when asking. */
export interface StoredReportInput {
  range: PeriodRange;
  goalIds?: string[];
  lang?: Locale;
  role: Role;
  actorIds: string[];
}

export function reportRenderer(app: App): RenderJob {
  return async (job, progress) => {
    if (job.kind === 'pack') return renderPack(app, job.id, job.userId, job.initiativeId, job.input as StoredPackInput);
    const input = job.input as StoredReportInput;
    if (job.kind === 'pdf') {
      const bytes = await buildReportPdf({ db: app.readDb, dbDriver: app.dbDriver }, job.initiativeId, {
        range: input.range,
        goalIds: input.goalIds,
        lang: input.lang,
        goalIdsField: 'body.goalIds',
        onProgress: progress,
      });
      return { bytes, contentType: PDF_TYPE };
    }
    const access = { initiativeId: job.initiativeId, role: input.role, actorIds: input.actorIds };
    return { bytes: await buildWorkbook({ db: app.readDb, dbDriver: app.dbDriver }, access, input.range, input.lang, progress), contentType: XLSX_TYPE };
  };
}
