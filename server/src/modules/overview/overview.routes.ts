import type { FastifyReply } from 'fastify';
import { errorResponses, initiativeParams, notModifiedResponse, overviewResponse, type OverviewResponse } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { VersionedCache } from '../../lib/data-version.js';
import { sendSerialized, serializedResponse, serializedSize, type SerializedResponse } from '../../lib/serialized-response.js';
import { today } from '../reporting/reporting.expected.js';
import { initiativeOverview } from './overview.repository.js';

const tags = ['initiatives'];

/** Memory for serialised overviews per instance (that of 200 indicators is about 300 KB). */
const OVERVIEW_CACHE_BYTES = 32 * 1024 * 1024;

interface CachedOverview {
  response: SerializedResponse;
  /** Epoch milliseconds from which the overview no longer holds, whatever is written meanwhile. */
  validUntil: number;
}

/**
 * When an overview computed at `now` stops being true without any write: at the next UTC midnight
 * (periods close and fall due by the day), or once the earliest of the meetings it lists has begun
 * (it is no longer upcoming, and the next one moves up).
 */
export function overviewValidUntil(overview: Pick<OverviewResponse, 'nextMeetings'>, now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  const starts = overview.nextMeetings.map((m) => new Date(m.startsAt).getTime());
  // A meeting is upcoming while it starts at or after the moment asked about.
  return Math.min(midnight, ...starts.map((start) => start + 1));
}

export default async function overviewRoutes(app: App) {
  // Keyed by the initiative's data version (any write to what the overview shows raises it: values,
  // indicators, targets, reporters, actors, goals, activities, meetings, the initiative's settings)
  // and by the day. The overview does not depend on who asks: every member, whatever the role,
  // sees the same figures, so one entry serves them all; who may see it is decided per request
  // by authorize(), before the cache is looked at.
  const cache = new VersionedCache<CachedOverview>({ maxBytes: OVERVIEW_CACHE_BYTES, sizeOf: (c) => serializedSize(c.response) });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/overview',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The initiative at a glance: goals and indicator status, activities, next meetings, reporting completeness',
      description: 'Answers with an `ETag`; a request whose `If-None-Match` names it gets 304 while nothing that the overview shows has changed.',
      params: initiativeParams,
      response: { 200: overviewResponse, 304: notModifiedResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const now = new Date();
      // The version is read before computing: a write in between can only make the entry newer than its tag.
      const version = await app.dataVersions.current(initiativeId);
      const cached = await cache.getOrCompute(
        initiativeId,
        version,
        today(now),
        async () => {
          const overview = await initiativeOverview(app.db, initiativeId, now);
          return { response: serializedResponse(overview), validUntil: overviewValidUntil(overview, now) };
        },
        (c) => now.getTime() < c.validUntil,
      );
      // Already serialised bytes: typed as such, since the schema describes what they hold.
      return sendSerialized(request, reply as unknown as FastifyReply, cached.response, 'private, no-cache');
    },
  });
}
