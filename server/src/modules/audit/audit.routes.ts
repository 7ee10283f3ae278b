import { auditList, auditListQuery, errorResponses, initiativeParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { listAudit } from './audit.repository.js';

const tags = ['audit'];

// Append-only: entries are written by lib/audit.ts inside each write's transaction, never over HTTP.
export default async function auditRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/audit',
    onRequest: [authorize('admin', 'backbone', 'steering')],
    schema: {
      tags,
      summary: 'The audit log: every write, newest first',
      params: initiativeParams,
      querystring: auditListQuery,
      response: { 200: auditList, ...errorResponses },
    },
    handler: async (request) => listAudit(app.db, request.params.initiativeId, request.query),
  });
}
