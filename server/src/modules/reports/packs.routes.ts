// Meeting packs: freeze the report PDF for a meeting (rendered by a worker of the report queue
// while the request waits), list a meeting's packs, download one.
import { errorResponses, pageOf, pageQuery, meetingPack, meetingPackFileParams, meetingPackInput, meetingPackParams, periodOfDate } from '@ci/shared';
import type { App } from '../../lib/types.js';
import type { ExportSlots } from '../../lib/quotas.js';
import { authorize } from '../../plugins/auth.js';
import { toWallClock } from '../meeting-series/recurrence.js';
import { initiativeTimezone, loadInitiative } from './reports.repository.js';
import { checkGoalIds, fileResponse, PDF_TYPE } from './reports.service.js';
import { attachment, fileStem, rangedName } from './reports.stream.js';
import { findMeeting, listPacks, packFile } from './packs.repository.js';
import { insertJob } from './report-jobs.repository.js';
import { waitForPack, type StoredPackInput } from './packs.service.js';

const tags = ['meetings'];

export default async function packRoutes(app: App, opts: { exportSlots: ExportSlots; enqueue: (jobId: string) => Promise<void> }) {
  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meetings/:id/packs',
    onRequest: [authorize('admin', 'backbone')],
    preHandler: [opts.exportSlots.hook()],
    schema: {
      tags,
      summary: "Freeze the report PDF for a meeting (default range: up to the meeting's quarter); never changed afterwards",
      params: meetingPackParams,
      body: meetingPackInput,
      response: { 201: meetingPack, ...errorResponses, 429: errorResponses[400] },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      const meeting = await findMeeting(app.db, initiativeId, id);
      const initiative = await loadInitiative(app.db, initiativeId);
      const timeZone = await initiativeTimezone(app.db, initiative);
      // The quarter the meeting is held in, on the initiative's calendar.
      const range = { from: request.body.from, to: request.body.to ?? periodOfDate(toWallClock(meeting.startsAt, timeZone), 'quarter') };
      // Unknown goals are the user's to fix: refused before anything is queued.
      const goalIds = await checkGoalIds(app.db, initiativeId, request.body.goalIds, 'body.goalIds');
      const day = toWallClock(meeting.startsAt, timeZone).toISOString().slice(0, 10);
      const fileName = rangedName(`${fileStem(initiative.name)}-pack-${day}`, range, 'pdf');
      const input: StoredPackInput = { meetingId: meeting.id, fileName, range, goalIds };
      const jobId = await insertJob(app.db, { initiativeId, userId: request.access.userId, kind: 'pack', fileName, input: { ...input } });
      await opts.enqueue(jobId);
      const pack = await waitForPack(app, meeting.id, jobId);
      return reply.status(201).send(pack);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meetings/:id/packs',
    onRequest: [authorize()],
    schema: { tags, summary: "A meeting's packs, newest first", params: meetingPackParams, querystring: pageQuery, response: { 200: pageOf(meetingPack), ...errorResponses } },
    handler: async (request) => {
      const meeting = await findMeeting(app.db, request.params.initiativeId, request.params.id);
      return listPacks(app.db, meeting.id, request.query);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/meetings/:id/packs/:packId.pdf',
    onRequest: [authorize()],
    schema: { tags, summary: 'Download a meeting pack, exactly as it was stored', params: meetingPackFileParams, response: fileResponse(PDF_TYPE) },
    handler: async (request, reply) => {
      const meeting = await findMeeting(app.db, request.params.initiativeId, request.params.id);
      const file = await packFile(app.db, meeting.id, request.params.packId);
      return reply.type(PDF_TYPE).header('cache-control', 'private, max-age=86400, immutable').header('content-disposition', attachment(file.fileName)).send(file.bytes);
    },
  });
}
