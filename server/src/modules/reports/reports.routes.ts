// Report downloads (CSV, XLSX, PDF) generated while the request waits; report jobs are in reports.jobs.routes.ts.
import { PassThrough } from 'node:stream';
import {
  errorResponses,
  initiativeParams,
  MEASUREMENT_CSV_COLUMNS,
  measurementsCsvQuery,
  reportPdfQuery,
  reportRangeQuery,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { NotFound } from '../../lib/errors.js';
import { csvLanguage, writeMeasurementsCsv } from './reports.csv.js';
import { reportLocale } from './reports.i18n.js';
import { listReportIndicators, loadInitiative } from './reports.repository.js';
import { attachment, fileStem, rangedName } from './reports.stream.js';
import { loadWorkbookData, writeWorkbook } from './reports.xlsx.js';
import {
  buildReportPdf,
  CSV_TYPE,
  fileResponse,
  openExport,
  PDF_TYPE,
  reportFileName,
  writeInBackground,
  XLSX_TYPE,
} from './reports.service.js';
import type { ExportSlots } from '../../lib/quotas.js';

const tags = ['reports'];
const PRIVATE = 'private, no-store';

export default async function reportRoutes(app: App, opts: { exportSlots: ExportSlots }) {
  const exportSlot = opts.exportSlots.hook();
  // The reports' reads go through `readDb` (a replica when configured); access was checked on the primary.
  const db = app.readDb;
  const readHandle = { db, dbDriver: app.dbDriver };

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
      const { snapshot, prepared } = await openExport(readHandle, async ({ db }) => {
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
        'Workbook with the sheets Indicators, Values, Totals by period, Actors, Activities, Ideas and Meetings, named, headed and ' +
        "labelled in `lang` (default: the initiative's language); numbers and dates are real numbers and dates",
      params: initiativeParams,
      querystring: reportRangeQuery,
      response: { ...fileResponse(XLSX_TYPE), 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const range = { from: request.query.from, to: request.query.to };
      const { snapshot, prepared: data } = await openExport(readHandle, ({ db }) =>
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
      const bytes = await buildReportPdf(readHandle, request.params.initiativeId, { range, goalIds, lang, goalIdsField: 'querystring.goalIds' });
      const name = await reportFileName(db, request.params.initiativeId, range, 'pdf');
      return reply.type(PDF_TYPE).header('cache-control', PRIVATE).header('content-disposition', attachment(name)).send(bytes);
    },
  });
}
