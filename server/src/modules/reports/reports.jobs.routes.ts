// Report jobs: start one (queued in the database), poll its progress and download its file, each
// from whichever instance the load balancer picks.
import { errorResponses, initiativeParams, reportJob, reportJobCreated, reportJobInput, reportJobParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import type { QuotaOptions } from '../../lib/quotas.js';
import { authorize } from '../../plugins/auth.js';
import { Conflict, NotFound, Unprocessable } from '../../lib/errors.js';
import { admitJob, findJob, jobFile } from './report-jobs.repository.js';
import { attachment } from './reports.stream.js';
import { fileResponse, reportFileName } from './reports.service.js';
import type { StoredReportInput } from './reports.render.js';

const tags = ['reports'];

export default async function reportJobRoutes(app: App, opts: { quotas: QuotaOptions; enqueue: (jobId: string) => Promise<void> }) {
  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/reports/jobs',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Start generating a PDF or XLSX report in the background; poll the job for progress',
      description: 'The job waits in a queue (`queued`) until a worker of any instance takes it (`running`).',
      params: initiativeParams,
      body: reportJobInput,
      response: { 202: reportJobCreated, ...errorResponses, 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const { kind, from, to, goalIds, lang } = request.body;
      const { initiativeId, userId, role, actorIds } = request.access;
      const range = { from, to };
      const fileName = await reportFileName(app.db, initiativeId, range, kind, kind === 'pdf' ? 'report' : 'export');
      // What the caller may see is taken now, as when the report is asked for.
      const input: StoredReportInput = { range, goalIds, lang, role, actorIds };
      const id = await admitJob(app.db, { initiativeId, userId, kind, fileName, input: { ...input } }, opts.quotas);
      await opts.enqueue(id);
      return reply.status(202).send({ id });
    },
  });

  const ownJob = async (params: { initiativeId: string; jobId: string }, userId: string) =>
    (await findJob(app.db, { initiativeId: params.initiativeId, userId }, params.jobId)) ?? Promise.reject(new NotFound('Report job'));

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/jobs/:jobId',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "A report job's status and progress (the requester's own jobs only)",
      params: reportJobParams,
      response: { 200: reportJob, ...errorResponses },
    },
    handler: async (request) => ownJob(request.params, request.access.userId),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/jobs/:jobId/file',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "The finished report of a job (the requester's own jobs only; 409 while it is queued or running, 422 when it failed)",
      params: reportJobParams,
      response: fileResponse('application/pdf or the XLSX type'),
    },
    handler: async (request, reply) => {
      const job = await ownJob(request.params, request.access.userId);
      if (job.status === 'failed') throw new Unprocessable(job.error ?? 'The report could not be generated');
      const file = job.status === 'done' ? await jobFile(app.db, job.id) : undefined;
      if (!file) throw new Conflict('The report is still being generated');
      return reply.type(file.contentType).header('cache-control', 'private, no-store').header('content-disposition', attachment(job.fileName)).send(file.bytes);
    },
  });
}
