// Reminders from the reporting-status screen (backbone and admin).
import { errorResponses, initiativeParams, reminderBody, reminderResponse, reminderStatus, reminderStatusQuery } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { emailReminders, reminderStatus as statusOf, sendReminders } from './reminders.service.js';

const tags = ['notifications'];

export default async function reminderRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/reminders',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'When each organisation was last reminded for a period, and how many users it has to remind',
      params: initiativeParams,
      querystring: reminderStatusQuery,
      response: { 200: reminderStatus, ...errorResponses },
    },
    handler: async (request) => statusOf(app.db, request.params.initiativeId, request.query.period),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/reminders',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Remind organisations of the values they have not reported for a period (all with missing values when no actorIds)',
      description: 'An organisation reminded for the same period within the last hour is refused (409), or left out when reminding all.',
      params: initiativeParams,
      body: reminderBody,
      response: { 200: reminderResponse, ...errorResponses },
    },
    handler: async (request) => {
      const { response, made, initiativeName } = await sendReminders(app.db, request.access, request.body);
      if (app.mailer) await emailReminders(app.db, app.mailer, made, initiativeName, response, request.log);
      return response;
    },
  });
}
