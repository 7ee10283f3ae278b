// Report downloads (CSV, XLSX, PDF) and report jobs with progress.
import { PassThrough } from 'node:stream';
import {
  errorResponses,
  initiativeParams,
  MEASUREMENT_CSV_COLUMNS,
  measurementsCsvQuery,
  reportJob,
  reportJobCreated,
  reportJobInput,
  reportJobParams,
  reportPdfQuery,
  reportRangeQuery,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { Conflict, NotFound, Unprocessable } from '../../lib/errors.js';
import { csvLanguage, writeMeasurementsCsv } from './reports.csv.js';
import { reportLocale } from './reports.i18n.js';
import { listReportIndicators, loadInitiative } from './reports.repository.js';
import { attachment, fileStem, rangedName } from './reports.stream.js';
import { loadWorkbookData, writeWorkbook } from './reports.xlsx.js';
import {
  buildReportPdf,
  buildWorkbook,
  CSV_TYPE,
  fileResponse,
  openExport,
  PDF_TYPE,
  reportFileName,
  writeInBackground,
  XLSX_TYPE,
} from './reports.service.js';
import { ReportJobs } from './reports.jobs.js';
import type { ExportSlots, QuotaOptions } from '../../lib/quotas.js';

const tags = ['reports'];
const PRIVATE = 'private, no-store';

export default async function reportRoutes(app: App, opts: { quotas: QuotaOptions; exportSlots: ExportSlots }) {
  const jobs = new ReportJobs(opts.quotas);
  const exportSlot = opts.exportSlots.hook();
  app.addHook('onClose', async () => jobs.clear());

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/measurements.csv',
    onRequest: [authorize()],
    preHandler: [exportSlot],
    schema: {
      tags,
      summary: 'Every value the caller may see, one row per value (long format), UTF-8 with BOM',
      description:
        `Columns: ${MEASUREMENT_CSV_COLUMNS.join(', ')}. \`separator=semicolon\` writes decimal commas for Swedish and Danish Excel; ` +
        '`labels=language` writes headers, period labels and enum values in `lang` (default: the initiative\'s language). ' +
        'A percentage row carries its value (100 × numerator / denominator, to the indicator\'s decimals) besides numerator and denominator.',
      params: initiativeParams,
      querystring: measurementsCsvQuery,
      response: { ...fileResponse('text/csv'), 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const { from, to, separator, indicatorId, labels, lang } = request.query;
      const range = { from, to };
      const { snapshot, prepared } = await openExport(app, async ({ db }) => {
        const initiative = await loadInitiative(db, request.params.initiativeId);
        const indicators = await listReportIndicators(db, initiative.id, { includeArchived: true, indicatorId });
        if (indicatorId && indicators.length === 0) throw new NotFound('Indicator');
        return { initiative, indicators };
      });
      const { initiative, indicators } = prepared;
      const language = csvLanguage(labels, reportLocale(lang, initiative.locale));
      const out = new PassThrough();
      writeInBackground(
        snapshot,
        out,
        () => writeMeasurementsCsv(snapshot, request.access, indicators, range, separator, language, out),
        (err) => request.log.error({ err }, 'measurement CSV failed'),
      );
      return reply
        .type(CSV_TYPE)
        .header('cache-control', PRIVATE)
        .header('content-disposition', attachment(rangedName(`${fileStem(initiative.name)}-measurements`, range, 'csv')))
        .send(out);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/export.xlsx',
    onRequest: [authorize()],
    preHandler: [exportSlot],
    schema: {
      tags,
      summary:
        'Workbook with the sheets Indicators, Values, Totals by period, Actors, Activities and Meetings, named, headed and ' +
        "labelled in `lang` (default: the initiative's language); numbers and dates are real numbers and dates",
      params: initiativeParams,
      querystring: reportRangeQuery,
      response: { ...fileResponse(XLSX_TYPE), 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const range = { from: request.query.from, to: request.query.to };
      const { snapshot, prepared: data } = await openExport(app, ({ db }) =>
        loadWorkbookData(db, request.params.initiativeId, range, request.query.lang),
      );
      const out = new PassThrough();
      writeInBackground(
        snapshot,
        out,
        () => writeWorkbook(snapshot, request.access, data, out),
        (err) => request.log.error({ err }, 'XLSX export failed'),
      );
      return reply
        .type(XLSX_TYPE)
        .header('cache-control', PRIVATE)
        .header('content-disposition', attachment(rangedName(`${fileStem(data.initiativeName)}-export`, range, 'xlsx')))
        .send(out);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/report.pdf',
    onRequest: [authorize()],
    preHandler: [exportSlot],
    schema: {
      tags,
      summary: "Progress report as PDF in `lang` (default: the initiative's language): charts, figures, narratives, activities and meetings",
      params: initiativeParams,
      querystring: reportPdfQuery,
      response: { ...fileResponse(PDF_TYPE), 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const { from, to, goalIds, lang } = request.query;
      const range = { from, to };
      const bytes = await buildReportPdf(app.db, request.params.initiativeId, { range, goalIds, lang, goalIdsField: 'querystring.goalIds' });
      const name = await reportFileName(app.db, request.params.initiativeId, range, 'pdf');
      return reply.type(PDF_TYPE).header('cache-control', PRIVATE).header('content-disposition', attachment(name)).send(bytes);
    },
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/reports/jobs',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Start generating a PDF or XLSX report in the background; poll the job for progress',
      params: initiativeParams,
      body: reportJobInput,
      response: { 202: reportJobCreated, ...errorResponses, 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const { kind, from, to, goalIds, lang } = request.body;
      const access = request.access;
      const range = { from, to };
      const fileName = await reportFileName(app.db, access.initiativeId, range, kind, kind === 'pdf' ? 'report' : 'export');
      const job = jobs.start(
        access,
        kind,
        fileName,
        async (ctx) =>
          kind === 'pdf'
            ? {
                bytes: await buildReportPdf(app.db, access.initiativeId, { range, goalIds, lang, goalIdsField: 'body.goalIds', onProgress: ctx.progress }),
                contentType: PDF_TYPE,
              }
            : { bytes: await buildWorkbook(app, access, range, lang, ctx.progress), contentType: XLSX_TYPE },
        (err) => request.log.error({ err }, 'report job failed'),
      );
      return reply.status(202).send({ id: job.id });
    },
  });

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
    handler: async (request) => jobs.get(request.params.initiativeId, request.access.userId, request.params.jobId).job,
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reports/jobs/:jobId/file',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "The finished report of a job (the requester's own jobs only; 409 while it is still running, 422 when it failed)",
      params: reportJobParams,
      response: fileResponse('application/pdf or the XLSX type'),
    },
    handler: async (request, reply) => {
      const { job, file } = jobs.get(request.params.initiativeId, request.access.userId, request.params.jobId);
      if (job.status === 'failed') throw new Unprocessable(job.error ?? 'The report could not be generated');
      if (!file) throw new Conflict('The report is still being generated');
      return reply.type(file.contentType).header('cache-control', PRIVATE).header('content-disposition', attachment(job.fileName)).send(file.bytes);
    },
  });
}
