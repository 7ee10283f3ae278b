import { and, eq } from 'drizzle-orm';
import {
  emptyResponse,
  errorResponses,
  initiativeParams,
  narrative,
  narrativeInput,
  narrativeListQuery,
  narrativePatch,
  pageOf,
  periodStart,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { narratives } from '../../db/schema/index.js';
import { assertPeriodFree, getNarrative, indicatorFrequency, listNarratives } from './narratives.repository.js';

const tags = ['narratives'];

export default async function narrativeRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/narratives',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The stories behind the curves, newest period first',
      params: initiativeParams,
      querystring: narrativeListQuery,
      response: { 200: pageOf(narrative), ...errorResponses },
    },
    handler: async (request) => listNarratives(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/narratives/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One narrative', params: resourceParams, response: { 200: narrative, ...errorResponses } },
    handler: async (request) => found(await getNarrative(app.db, request.params.initiativeId, request.params.id), 'Narrative'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/narratives',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Write the narrative of an indicator for a period; the caller is its author',
      params: initiativeParams,
      body: narrativeInput,
      response: { 201: narrative, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const body = request.body;
      const userId = request.access.userId;
      const created = await app.db.transaction(async (tx) => {
        const frequency = await indicatorFrequency(tx, initiativeId, body.indicatorId);
        await assertPeriodFree(tx, { initiativeId, indicatorId: body.indicatorId, frequency, period: body.period });
        const [row] = await tx
          .insert(narratives)
          .values({ ...body, initiativeId, periodStart: periodStart(body.period), authorId: userId })
          .returning({ id: narratives.id });
        const after = found(await getNarrative(tx, initiativeId, row.id), 'Narrative');
        await recordAudit(tx, { initiativeId, userId, action: 'create', entityType: 'narrative', entityId: row.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/narratives/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update a narrative; the caller becomes its author',
      params: resourceParams,
      body: narrativePatch,
      response: { 200: narrative, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      const body = request.body;
      const userId = request.access.userId;
      return app.db.transaction(async (tx) => {
        const before = found(await getNarrative(tx, initiativeId, id), 'Narrative');
        const changes: Partial<typeof narratives.$inferInsert> = { ...body, authorId: userId, updatedAt: new Date() };
        if (body.period !== undefined && body.period !== before.period) {
          const frequency = await indicatorFrequency(tx, initiativeId, before.indicatorId);
          await assertPeriodFree(tx, { initiativeId, indicatorId: before.indicatorId, frequency, period: body.period, exceptId: id });
          changes.periodStart = periodStart(body.period);
        }
        await tx.update(narratives).set(changes).where(and(eq(narratives.initiativeId, initiativeId), eq(narratives.id, id)));
        const after = found(await getNarrative(tx, initiativeId, id), 'Narrative');
        await recordAudit(tx, { initiativeId, userId, action: 'update', entityType: 'narrative', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/narratives/:id',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Delete a narrative', params: resourceParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = found(await getNarrative(tx, initiativeId, id), 'Narrative');
        await tx.delete(narratives).where(and(eq(narratives.initiativeId, initiativeId), eq(narratives.id, id)));
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'narrative', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
