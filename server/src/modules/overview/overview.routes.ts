import { errorResponses, initiativeParams, overviewResponse } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { initiativeOverview } from './overview.repository.js';

const tags = ['initiatives'];

export default async function overviewRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/overview',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The initiative at a glance: goals and indicator status, activities, next meetings, reporting completeness',
      params: initiativeParams,
      response: { 200: overviewResponse, ...errorResponses },
    },
    handler: async (request) => initiativeOverview(app.db, request.params.initiativeId),
  });
}
