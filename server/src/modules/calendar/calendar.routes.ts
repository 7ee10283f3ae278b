// Calendar feeds (ICS): a personal secret URL per initiative for calendar apps, and a signed-in download.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { calendarFeedParams, calendarFeeds, errorResponses, initiativeParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authenticate, authorize } from '../../plugins/auth.js';
import { NotFound } from '../../lib/errors.js';
import { loadInitiative } from '../reports/reports.repository.js';
import { attachment, fileStem } from '../reports/reports.stream.js';
import { buildCalendar } from './calendar.ics.js';
import { ensureCalendarToken, feedContent, feedInitiative, renewCalendarToken, userMemberships } from './calendar.repository.js';

const tags = ['calendar'];
const ICS_TYPE = 'text/calendar; charset=utf-8';
const icsResponse = { 200: z.any().meta({ description: 'text/calendar (RFC 5545)' }), ...errorResponses };

async function feeds(app: App, request: FastifyRequest, token: string, publicUrl: string) {
  const base = `${publicUrl}/api/v1/calendar/${token}`;
  const rows = await userMemberships(app.db, request.user.sub);
  return { token, urls: rows.map((r) => ({ ...r, url: `${base}/${r.initiativeId}.ics` })) };
}

async function calendarFile(app: App, initiativeId: string, initiativeName: string) {
  const content = await feedContent(app.db, initiativeId);
  return buildCalendar({ initiativeName, ...content });
}

export default async function calendarRoutes(app: App, opts: { publicUrl: string }) {
  app.route({
    method: 'GET',
    url: '/me/calendar',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: "The caller's calendar feed URLs, one per initiative (the secret is created on first use)",
      response: { 200: calendarFeeds, ...errorResponses },
    },
    handler: async (request) => feeds(app, request, await ensureCalendarToken(app.db, request.user.sub), opts.publicUrl),
  });

  app.route({
    method: 'POST',
    url: '/me/calendar/renew',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: 'Replace the calendar secret; the old feed URLs stop working at once',
      response: { 200: calendarFeeds, ...errorResponses },
    },
    handler: async (request) => feeds(app, request, await renewCalendarToken(app.db, request.user.sub), opts.publicUrl),
  });

  app.route({
    method: 'GET',
    url: '/calendar/:token/:initiativeId.ics',
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: "An initiative's meetings as an ICS feed, for calendar apps (no login: the secret in the URL identifies the member)",
      security: [],
      params: calendarFeedParams,
      response: icsResponse,
    },
    handler: async (request, reply) => {
      const initiative = await feedInitiative(app.db, request.params.token, request.params.initiativeId);
      if (!initiative) throw new NotFound('Calendar');
      const body = await calendarFile(app, request.params.initiativeId, initiative.name);
      return reply.type(ICS_TYPE).header('cache-control', 'private, max-age=300').send(body);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/calendar.ics',
    onRequest: [authorize()],
    schema: { tags, summary: "The initiative's meetings as an ICS file", params: initiativeParams, response: icsResponse },
    handler: async (request, reply) => {
      const initiative = await loadInitiative(app.db, request.params.initiativeId);
      const body = await calendarFile(app, initiative.id, initiative.name);
      return reply
        .type(ICS_TYPE)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', attachment(`${fileStem(initiative.name)}.ics`))
        .send(body);
    },
  });
}
