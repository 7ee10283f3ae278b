import type { FastifyReply } from 'fastify';
import { errorResponses, notModifiedResponse, seriesParams, seriesQuery, seriesResponse } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { today } from '../reporting/reporting.expected.js';
import { sendSerialized, serializedResponse, serializedSize, type SerializedResponse } from '../../lib/serialized-response.js';
import { VersionedCache } from '../../lib/data-version.js';
import { indicatorSeries } from './series.service.js';

const tags = ['indicators'];

/** Memory for serialised series per instance (a quarterly 60-actor series of ten years is 150 KB). */
const SERIES_CACHE_BYTES = 64 * 1024 * 1024;

export default async function seriesRoutes(app: App) {
  // Keyed by the initiative's data version: any write that can change a figure raises it. The series
  // does not depend on who asks (every member sees the same counted values), only on the day,
  // which decides which periods are closed and complete.
  const cache = new VersionedCache<SerializedResponse>({ maxBytes: SERIES_CACHE_BYTES, sizeOf: serializedSize });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/indicators/:indicatorId/series',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "An indicator's aggregate over time with baseline, target, trajectory, status, trend and per-actor values",
      description: 'Answers with an `ETag`; a request whose `If-None-Match` names it gets 304 while nothing that the series shows has changed.',
      params: seriesParams,
      querystring: seriesQuery,
      response: { 200: seriesResponse, 304: notModifiedResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, indicatorId } = request.params;
      const { from, to, frequency } = request.query;
      const now = new Date();
      // The version is read before computing: a write in between can only make the entry newer than its tag.
      const version = await app.dataVersions.current(initiativeId);
      const key = `${indicatorId}|${frequency ?? ''}|${from ?? ''}|${to ?? ''}|${today(now)}`;
      const response = await cache.getOrCompute(initiativeId, version, key, async () =>
        serializedResponse(await indicatorSeries(app.db, initiativeId, indicatorId, request.query, { now })),
      );
      // Already serialised bytes: typed as such, since the schema describes what they hold.
      return sendSerialized(request, reply as unknown as FastifyReply, response, 'private, no-cache');
    },
  });
}
