import {
  activity,
  activityInput,
  activityListQuery,
  activityOrderInput,
  activityPatch,
  emptyResponse,
  errorResponses,
  initiativeParams,
  listOf,
  pageOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import {
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  reorderActivities,
  updateActivity,
} from './activities.repository.js';

const tags = ['activities'];

export default async function activityRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/activities',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Mutually reinforcing activities, in priority order',
      params: initiativeParams,
      querystring: activityListQuery,
      response: { 200: pageOf(activity), ...errorResponses },
    },
    handler: async (request) => listActivities(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/activities/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One activity', params: resourceParams, response: { 200: activity, ...errorResponses } },
    handler: async (request) => found(await getActivity(app.db, request.params.initiativeId, request.params.id), 'Activity'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/activities',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Create an activity with its goals, indicators and actors',
      params: initiativeParams,
      body: activityInput,
      response: { 201: activity, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await createActivity(tx, initiativeId, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'activity', entityId: after.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PUT',
    url: '/initiatives/:initiativeId/activities/order',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Set the priority order: the listed activities first, in this order',
      params: initiativeParams,
      body: activityOrderInput,
      response: { 200: listOf(activity), ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId } = request.params;
      await app.db.transaction(async (tx) => {
        const changes = await reorderActivities(tx, initiativeId, request.body.ids);
        await recordAudit(
          tx,
          changes.map((c) => ({
            initiativeId,
            userId: request.access.userId,
            action: 'update' as const,
            entityType: 'activity',
            entityId: c.id,
            before: { priority: c.before },
            after: { priority: c.after },
          })),
        );
      });
      return { items: (await listActivities(app.db, initiativeId, {})).items };
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/activities/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update an activity; link lists, when given, replace the current ones',
      params: resourceParams,
      body: activityPatch,
      response: { 200: activity, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      return app.db.transaction(async (tx) => {
        const { before, after } = await updateActivity(tx, initiativeId, id, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'activity', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/activities/:id',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Delete an activity', params: resourceParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = await deleteActivity(tx, initiativeId, id);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'activity', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
