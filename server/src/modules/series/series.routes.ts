import { errorResponses, seriesParams, seriesQuery, seriesResponse } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { indicatorSeries } from './series.service.js';

const tags = ['indicators'];

export default async function seriesRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/indicators/:indicatorId/series',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "An indicator's aggregate over time with baseline, target, trajectory, status, trend and per-actor values",
      params: seriesParams,
      querystring: seriesQuery,
      response: { 200: seriesResponse, ...errorResponses },
    },
    handler: async (request) =>
      indicatorSeries(app.db, request.params.initiativeId, request.params.indicatorId, request.query),
  });
}
