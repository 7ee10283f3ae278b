// The signed-in user's notifications (the bell), and reminders from the reporting-status screen.
import { errorResponses, markReadBody, markReadResponse, notificationList, notificationListQuery } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authenticate } from '../../plugins/auth.js';
import { listNotifications, markRead } from './notifications.list.js';

const tags = ['notifications'];

export default async function notificationRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/me/notifications',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: 'The signed-in user’s notifications, newest first, with the number still unread',
      querystring: notificationListQuery,
      response: { 200: notificationList, ...errorResponses },
    },
    handler: async (request) => listNotifications(app.db, request.user.sub, request.query),
  });

  app.route({
    method: 'POST',
    url: '/me/notifications/read',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: 'Mark some (`ids`) or all (`all: true`) of the signed-in user’s notifications read',
      body: markReadBody,
      response: { 200: markReadResponse, ...errorResponses },
    },
    handler: async (request) => markRead(app.db, request.user.sub, request.body),
  });
}
