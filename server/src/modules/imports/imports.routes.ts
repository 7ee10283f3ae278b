// Imports of values from CSV and XLSX: templates, upload with preview, mapping, rows, commit, discard.
// Admin and backbone import anything, partners their own organisations' values, steering nothing.
import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import {
  emptyResponse,
  errorResponses,
  IMPORT_MAX_BYTES,
  importCommitResult,
  importLangQuery,
  importMapping,
  importParams,
  importResource,
  importRowList,
  importRowsQuery,
  importTemplateQuery,
  initiativeParams,
  type ImportMapping,
  type Locale,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { Conflict, ValidationError } from '../../lib/errors.js';
import { imports } from '../../db/schema/index.js';
import { loadInitiative } from '../reports/reports.repository.js';
import { reportLocale } from '../reports/reports.i18n.js';
import { attachment, fileStem } from '../reports/reports.stream.js';
import { CSV_TYPE, fileResponse, XLSX_TYPE } from '../reports/reports.service.js';
import { commitImport } from './imports.commit.js';
import { formatOf, ImportJobs, PARSE_WHILE_WAITING_BYTES, type ImportFormat } from './imports.jobs.js';
import { rememberMapping } from './imports.names.js';
import { deleteImport, findImport, listImportRows, setImport, storedMapping, toResource } from './imports.repository.js';
import { loadTemplate, templateCsv, templateXlsx } from './imports.template.js';

const tags = ['imports'];
const IMPORTERS = ['admin', 'backbone', 'partner'] as const;
const url = '/initiatives/:initiativeId/imports';
const PRIVATE = 'private, no-store';

function parseMapping(text: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError('The mapping is not valid JSON', [{ field: 'body.mapping', message: 'Expected JSON' }]);
  }
  const parsed = importMapping.safeParse(json);
  if (!parsed.success) {
    throw new ValidationError('The mapping is not valid', parsed.error.issues.map((i) => ({ field: ['body', 'mapping', ...i.path].join('.'), message: i.message })));
  }
  return parsed.data;
}

export default async function importRoutes(app: App) {
  await app.register(fastifyMultipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 4, fieldSize: 200_000 } });
  const jobs = new ImportJobs(app.db, (err, msg) => app.log.warn({ err }, msg));
  app.addHook('onReady', async () => void jobs.sweep());
  app.addHook('onClose', async () => jobs.close());

  const localeOf = async (initiativeId: string, lang: Locale | undefined) =>
    lang ?? reportLocale(undefined, (await loadInitiative(app.db, initiativeId)).locale);

  app.route({
    method: 'GET',
    url: `${url}/template.xlsx`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: "A workbook to fill in for a period: the indicators of its frequency as rows, the organisations as columns, each cell validated by the indicator's rules",
      params: initiativeParams,
      querystring: importTemplateQuery,
      response: fileResponse(XLSX_TYPE),
    },
    handler: async (request, reply) => {
      const initiative = await loadInitiative(app.db, request.params.initiativeId);
      const locale = reportLocale(request.query.lang, initiative.locale);
      const data = await loadTemplate(app.db, request.access, request.query.period, locale);
      return reply
        .type(XLSX_TYPE)
        .header('cache-control', PRIVATE)
        .header('content-disposition', attachment(`${fileStem(initiative.name)}-template-${request.query.period}.xlsx`))
        .send(await templateXlsx(data, locale));
    },
  });

  app.route({
    method: 'GET',
    url: `${url}/template.csv`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: 'A CSV to fill in for a period (long format: one row per value), UTF-8 with BOM; `;` for Swedish and Danish',
      params: initiativeParams,
      querystring: importTemplateQuery,
      response: fileResponse('text/csv'),
    },
    handler: async (request, reply) => {
      const initiative = await loadInitiative(app.db, request.params.initiativeId);
      const locale = reportLocale(request.query.lang, initiative.locale);
      const data = await loadTemplate(app.db, request.access, request.query.period, locale);
      return reply
        .type(CSV_TYPE)
        .header('cache-control', PRIVATE)
        .header('content-disposition', attachment(`${fileStem(initiative.name)}-template-${request.query.period}.csv`))
        .send(templateCsv(data, locale));
    },
  });

  app.route({
    method: 'POST',
    url,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: 'Upload a CSV or XLSX file of values (multipart: `mapping` JSON field first, then the `file`) and preview it',
      description:
        `At most ${IMPORT_MAX_BYTES / 1024 / 1024} MB (413 above). Small files answer 201 with the preview; larger ones 202 with status ` +
        '`parsing`: poll GET …/imports/:importId for `progress` until the status is `ready` or `failed`. Nothing is written until the commit.',
      params: initiativeParams,
      querystring: importLangQuery,
      response: { 201: importResource, 202: importResource, ...errorResponses, 413: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const access = request.access;
      const id = randomUUID();
      let mapping: ImportMapping = { columns: {}, actors: {}, indicators: {} };
      let upload: { fileName: string; format: ImportFormat; size: number } | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'mapping' && typeof part.value === 'string') mapping = parseMapping(part.value);
          continue;
        }
        if (part.fieldname !== 'file' || upload) {
          part.file.resume();
          continue;
        }
        const format = formatOf(part.filename, part.mimetype);
        if (!format) {
          part.file.resume();
          throw new ValidationError('Upload a CSV or an XLSX file', [{ field: 'body.file', message: 'Expected a .csv or .xlsx file' }]);
        }
        upload = { fileName: part.filename.slice(0, 200), format, size: await jobs.store(id, format, part.file) };
      }
      if (!upload) throw new ValidationError('Choose a file to import', [{ field: 'body.file', message: 'Required' }]);
      const locale = await localeOf(access.initiativeId, request.query.lang);
      await rememberMapping(app.db, access.initiativeId, mapping);
      const [record] = await app.db
        .insert(imports)
        .values({ id, initiativeId: access.initiativeId, userId: access.userId, fileName: upload.fileName, format: upload.format, mapping: { given: mapping } })
        .returning();
      const parsing = jobs.parse(access, record, locale);
      if (upload.size <= PARSE_WHILE_WAITING_BYTES) await parsing;
      const resource = await toResource(app.db, await findImport(app.db, access, id));
      return reply.status(resource.status === 'parsing' ? 202 : 201).send(resource);
    },
  });

  app.route({
    method: 'GET',
    url: `${url}/:importId`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: 'An import: status, parse progress, preview counts with the first errors, the columns as read and the mapping',
      params: importParams,
      response: { 200: importResource, ...errorResponses },
    },
    handler: async (request) => toResource(app.db, await findImport(app.db, request.access, request.params.importId)),
  });

  app.route({
    method: 'GET',
    url: `${url}/:importId/rows`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: 'The previewed cells in file order, filtered by action: old and new figures, error messages with row and field',
      params: importParams,
      querystring: importRowsQuery,
      response: { 200: importRowList, ...errorResponses },
    },
    handler: async (request) => {
      const record = await findImport(app.db, request.access, request.params.importId);
      return listImportRows(app.db, record.id, request.query);
    },
  });

  app.route({
    method: 'PUT',
    url: `${url}/:importId/mapping`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: "Map the file's own column headers, organisation and indicator names to ours, remember them for this initiative, and preview again",
      params: importParams,
      querystring: importLangQuery,
      body: importMapping,
      response: { 200: importResource, 202: importResource, ...errorResponses },
    },
    handler: async (request, reply) => {
      const access = request.access;
      const record = await findImport(app.db, access, request.params.importId);
      if (record.status === 'committed' || jobs.isParsing(record.id)) throw new Conflict('This import is being read or is already committed');
      if (!jobs.exists(record)) throw new Conflict('The uploaded file is no longer here; upload it again');
      await rememberMapping(app.db, access.initiativeId, request.body);
      const stored = storedMapping(record);
      const given: ImportMapping = {
        columns: { ...stored.given.columns, ...request.body.columns },
        actors: { ...stored.given.actors, ...request.body.actors },
        indicators: { ...stored.given.indicators, ...request.body.indicators },
      };
      await setImport(app.db, record.id, { mapping: { ...stored, given }, status: 'parsing', progress: 0 });
      const locale = await localeOf(access.initiativeId, request.query.lang);
      const parsing = jobs.parse(access, { ...record, mapping: { ...stored, given } }, locale);
      if ((await jobs.size(record)) <= PARSE_WHILE_WAITING_BYTES) await parsing;
      const resource = await toResource(app.db, await findImport(app.db, access, record.id));
      return reply.status(resource.status === 'parsing' ? 202 : 200).send(resource);
    },
  });

  app.route({
    method: 'POST',
    url: `${url}/:importId/commit`,
    onRequest: [authorize(...IMPORTERS)],
    schema: {
      tags,
      summary: 'Write the previewed values in one transaction: 422 while the preview has errors or is not ready, 409 when a previewed value changed meanwhile',
      params: importParams,
      querystring: importLangQuery,
      response: { 200: importCommitResult, ...errorResponses },
    },
    handler: async (request) => {
      const record = await findImport(app.db, request.access, request.params.importId);
      const locale = await localeOf(request.access.initiativeId, request.query.lang);
      const result = await commitImport(app.db, request.access, record, locale);
      await jobs.remove(record);
      return result;
    },
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:importId`,
    onRequest: [authorize(...IMPORTERS)],
    schema: { tags, summary: 'Discard an import and its preview', params: importParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const record = await findImport(app.db, request.access, request.params.importId);
      await deleteImport(app.db, record.id);
      await jobs.remove(record);
      return reply.status(204).send(null);
    },
  });
}
