// Moving an initiative between installations: download it whole, upload it elsewhere.
import { backupFile, errorResponses, initiativeParams, restoreQuery, restoreResult } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authenticate, authorize } from '../../plugins/auth.js';
import { attachment, fileStem } from '../reports/reports.stream.js';
import { exportInitiative } from './backup.export.js';
import { parseBackup, restoreInitiative } from './backup.restore.js';

const tags = ['backup'];
/** A backup of a large initiative is many megabytes; the app's usual limit is for forms. */
const RESTORE_BODY_LIMIT = 50 * 1024 * 1024;

export default async function backupRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/backup',
    onRequest: [authorize('admin')],
    schema: {
      tags,
      summary: 'The initiative with everything in it as one JSON file (admins only)',
      description: 'Members are listed by e-mail, name and locale; password hashes, calendar tokens and sessions are never included.',
      params: initiativeParams,
      response: { 200: backupFile, ...errorResponses },
    },
    handler: async (request, reply) => {
      const doc = await exportInitiative(app.db, request.params.initiativeId);
      const name = `${fileStem(String(doc.initiative.name))}-backup-${doc.exportedAt.slice(0, 10)}.json`;
      // Sent as text: serialising through the response schema would walk every row a second time.
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', attachment(name))
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(doc) as never);
    },
  });

  app.route({
    method: 'POST',
    url: '/initiatives/restore',
    onRequest: [authenticate],
    bodyLimit: RESTORE_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Restore an initiative from a backup file; the caller becomes its admin',
      description:
        'All or nothing. Ids are kept, so an initiative that exists here already gives 409 unless `asNew=true`. Members are matched by e-mail; ' +
        'unknown ones get an account without a usable password (listed in `usersCreated`) that needs a reset by an admin.',
      querystring: restoreQuery,
      body: backupFile,
      response: { 201: restoreResult, ...errorResponses },
    },
    handler: async (request, reply) => {
      const doc = parseBackup(request.body);
      const result = await restoreInitiative(app.db, doc, { asNew: request.query.asNew, adminUserId: request.user.sub });
      return reply.status(201).send(result);
    },
  });
}
