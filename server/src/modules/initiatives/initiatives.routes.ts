import { eq } from 'drizzle-orm';
import {
  emptyResponse,
  errorResponses,
  initiative,
  initiativeInput,
  initiativeListItem,
  initiativeParams,
  initiativePatch,
  pageOf,
  pageQuery,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authenticate, authorize } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { initiatives, memberships } from '../../db/schema/index.js';
import { getInitiative, listForUser, toInitiative } from './initiatives.repository.js';

const tags = ['initiatives'];

export default async function initiativeRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: 'The initiatives the caller belongs to, by name',
      querystring: pageQuery,
      response: { 200: pageOf(initiativeListItem), ...errorResponses },
    },
    handler: async (request) => listForUser(app.db, request.user.sub, request.query),
  });

  app.route({
    method: 'POST',
    url: '/initiatives',
    onRequest: [authenticate],
    schema: {
      tags,
      summary: 'Create an initiative; the caller becomes its admin',
      body: initiativeInput,
      response: { 201: initiative, ...errorResponses },
    },
    handler: async (request, reply) => {
      const created = await app.db.transaction(async (tx) => {
        const [row] = await tx.insert(initiatives).values(request.body).returning();
        await tx.insert(memberships).values({ initiativeId: row.id, userId: request.user.sub, role: 'admin' });
        await recordAudit(tx, {
          initiativeId: row.id,
          userId: request.user.sub,
          action: 'create',
          entityType: 'initiative',
          entityId: row.id,
          after: row,
        });
        return toInitiative(row);
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId',
    onRequest: [authorize()],
    schema: { tags, summary: 'One initiative', params: initiativeParams, response: { 200: initiative, ...errorResponses } },
    handler: async (request) => found(await getInitiative(app.db, request.params.initiativeId), 'Initiative'),
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId',
    onRequest: [authorize('admin', 'backbone')],
    schema: {
      tags,
      summary: 'Update the initiative: name, vision, settings',
      params: initiativeParams,
      body: initiativePatch,
      response: { 200: initiative, ...errorResponses },
    },
    handler: async (request) => {
      const id = request.params.initiativeId;
      return app.db.transaction(async (tx) => {
        const [before] = await tx.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
        const [row] = await tx
          .update(initiatives)
          .set({ ...request.body, updatedAt: new Date() })
          .where(eq(initiatives.id, id))
          .returning();
        await recordAudit(tx, {
          initiativeId: id,
          userId: request.access.userId,
          action: 'update',
          entityType: 'initiative',
          entityId: id,
          before,
          after: row,
        });
        return toInitiative(found(row, 'Initiative'));
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId',
    onRequest: [authorize('admin')],
    schema: { tags, summary: 'Delete the initiative and everything in it', params: initiativeParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const id = request.params.initiativeId;
      await app.db.transaction(async (tx) => {
        const [before] = await tx.delete(initiatives).where(eq(initiatives.id, id)).returning();
        await recordAudit(tx, { initiativeId: id, userId: request.access.userId, action: 'delete', entityType: 'initiative', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
