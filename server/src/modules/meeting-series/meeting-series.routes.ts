import {
  emptyResponse,
  errorResponses,
  initiativeParams,
  listOf,
  meeting,
  meetingFromSeriesInput,
  meetingSeries,
  meetingSeriesInput,
  meetingSeriesPatch,
  occurrence,
  occurrencesQuery,
  pageOf,
  pageQuery,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { recordAudit } from '../../lib/audit.js';
import {
  createMeetingForOccurrence,
  createSeries,
  deleteSeries,
  getSeries,
  listOccurrences,
  listSeries,
  updateSeries,
} from './meeting-series.repository.js';

const tags = ['meeting series'];

export default async function meetingSeriesRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meeting-series',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The communication cadence: recurring meetings with their next occurrences',
      params: initiativeParams,
      querystring: pageQuery,
      response: { 200: pageOf(meetingSeries), ...errorResponses },
    },
    handler: async (request) => listSeries(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meeting-series/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One meeting series', params: resourceParams, response: { 200: meetingSeries, ...errorResponses } },
    handler: async (request) => getSeries(app.db, request.params.initiativeId, request.params.id),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meeting-series',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Create a meeting series; rrule is an RFC 5545 RRULE such as FREQ=MONTHLY;INTERVAL=3',
      params: initiativeParams,
      body: meetingSeriesInput,
      response: { 201: meetingSeries, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await createSeries(tx, initiativeId, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'meeting_series', entityId: after.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/meeting-series/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update a meeting series; meetings already created keep their times',
      params: resourceParams,
      body: meetingSeriesPatch,
      response: { 200: meetingSeries, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      return app.db.transaction(async (tx) => {
        const { before, after } = await updateSeries(tx, initiativeId, id, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'meeting_series', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/meeting-series/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Delete a meeting series; its meetings stay, without a series',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = await deleteSeries(tx, initiativeId, id);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'meeting_series', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meeting-series/:id/occurrences',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Occurrences of the series from `from` (default now) to `to`, with the meeting created for each',
      params: resourceParams,
      querystring: occurrencesQuery,
      response: { 200: listOf(occurrence), ...errorResponses },
    },
    handler: async (request) => ({
      items: await listOccurrences(app.db, request.params.initiativeId, request.params.id, request.query),
    }),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meeting-series/:id/meetings',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Create the meeting of the next occurrence without one (or of the given occurrence), with the default agenda',
      params: resourceParams,
      body: meetingFromSeriesInput.nullish(),
      response: { 201: meeting, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await createMeetingForOccurrence(tx, initiativeId, id, request.body?.startsAt);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'meeting', entityId: after.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });
}
