import {
  attendance,
  attendanceInput,
  attendancePeriod,
  emptyResponse,
  errorResponses,
  initiativeParams,
  listOf,
  meeting,
  meetingInput,
  meetingListItem,
  meetingListQuery,
  meetingPatch,
  pageOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { attendanceByQuarter, deleteMeeting, getMeeting, insertMeeting, listMeetings, replaceAttendance, updateMeeting } from './meetings.repository.js';
import meetingRecordRoutes from './meeting-records.routes.js';

const tags = ['meetings'];

export default async function meetingRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meetings',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Meetings in time order, with counts of agenda items, attendance, decisions and action items; filters by time, series, kind, indicator on the agenda, attending actor',
      params: initiativeParams,
      querystring: meetingListQuery,
      response: { 200: pageOf(meetingListItem), ...errorResponses },
    },
    handler: async (request) => listMeetings(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/actors/:id/attendance',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "An actor's meeting attendance per quarter: meetings held with attendance taken, those it attended, people it sent",
      params: resourceParams,
      response: { 200: listOf(attendancePeriod), ...errorResponses },
    },
    handler: async (request) => {
      const periods = found(await attendanceByQuarter(app.db, request.params.initiativeId, request.params.id), 'Actor');
      return { items: periods };
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meetings/:id',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'One meeting with agenda, attendance, minutes, decisions and action items (readable by every member)',
      params: resourceParams,
      response: { 200: meeting, ...errorResponses },
    },
    handler: async (request) => found(await getMeeting(app.db, request.params.initiativeId, request.params.id), 'Meeting'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meetings',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Create a meeting with its agenda',
      params: initiativeParams,
      body: meetingInput,
      response: { 201: meeting, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await insertMeeting(tx, initiativeId, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'meeting', entityId: after.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/meetings/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update a meeting: title, times, place, status, minutes; agendaItems, when given, replaces the agenda',
      params: resourceParams,
      body: meetingPatch,
      response: { 200: meeting, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      return app.db.transaction(async (tx) => {
        const { before, after } = await updateMeeting(tx, initiativeId, id, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'meeting', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/meetings/:id',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Delete a meeting and everything recorded in it', params: resourceParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = await deleteMeeting(tx, initiativeId, id);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'meeting', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'PUT',
    url: '/initiatives/:initiativeId/meetings/:id/attendance',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Replace the attendance: which actors were there, with how many people',
      params: resourceParams,
      body: attendanceInput,
      response: { 200: listOf(attendance), ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      return app.db.transaction(async (tx) => {
        const { before, after } = await replaceAttendance(tx, initiativeId, id, request.body.items);
        await recordAudit(tx, {
          initiativeId,
          userId: request.access.userId,
          action: 'update',
          entityType: 'meeting_attendance',
          entityId: id,
          before,
          after,
        });
        return { items: after };
      });
    },
  });

  await app.register(meetingRecordRoutes);
}
