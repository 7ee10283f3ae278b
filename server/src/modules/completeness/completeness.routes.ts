import { completenessQuery, completenessResponse, errorResponses, initiativeParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { initiativeCompleteness } from './completeness.repository.js';

const tags = ['measurements'];

export default async function completenessRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/completeness',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Which actor has (not) reported which indicator for a period',
      params: initiativeParams,
      querystring: completenessQuery,
      response: { 200: completenessResponse, ...errorResponses },
    },
    handler: async (request) => initiativeCompleteness(app.db, request.params.initiativeId, request.query.period),
  });
}
