import { and, eq } from 'drizzle-orm';
import {
  emptyResponse,
  errorResponses,
  initiativeParams,
  pageOf,
  pageQuery,
  resourceParams,
  workingGroup,
  workingGroupInput,
  workingGroupPatch,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { workingGroups } from '../../db/schema/index.js';
import {
  assertActorsOfInitiative,
  assertWorkingGroupNameFree,
  getWorkingGroup,
  listWorkingGroups,
  replaceMembers,
} from './working-groups.repository.js';

const tags = ['working groups'];

export default async function workingGroupRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/working-groups',
    onRequest: [authorize()],
    schema: { tags, summary: 'The working groups with their member actors', params: initiativeParams, querystring: pageQuery, response: { 200: pageOf(workingGroup), ...errorResponses } },
    handler: async (request) => listWorkingGroups(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/working-groups/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One working group', params: resourceParams, response: { 200: workingGroup, ...errorResponses } },
    handler: async (request) => found(await getWorkingGroup(app.db, request.params.initiativeId, request.params.id), 'Working group'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/working-groups',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Add a working group', params: initiativeParams, body: workingGroupInput, response: { 201: workingGroup, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const { actorIds, ...values } = request.body;
      const created = await app.db.transaction(async (tx) => {
        await assertWorkingGroupNameFree(tx, initiativeId, values.name);
        await assertActorsOfInitiative(tx, initiativeId, actorIds);
        const [row] = await tx.insert(workingGroups).values({ ...values, initiativeId }).returning();
        await replaceMembers(tx, row.id, actorIds);
        const after = found(await getWorkingGroup(tx, initiativeId, row.id), 'Working group');
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'working_group', entityId: row.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/working-groups/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Update a working group; actorIds, when given, replaces the members',
      params: resourceParams,
      body: workingGroupPatch,
      response: { 200: workingGroup, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      const { actorIds, ...values } = request.body;
      return app.db.transaction(async (tx) => {
        const before = found(await getWorkingGroup(tx, initiativeId, id), 'Working group');
        if (values.name !== undefined && values.name !== before.name) {
          await assertWorkingGroupNameFree(tx, initiativeId, values.name, id);
        }
        if (actorIds !== undefined) {
          await assertActorsOfInitiative(tx, initiativeId, actorIds);
          await replaceMembers(tx, id, actorIds);
        }
        await tx
          .update(workingGroups)
          .set({ ...values, updatedAt: new Date() })
          .where(and(eq(workingGroups.initiativeId, initiativeId), eq(workingGroups.id, id)));
        const after = found(await getWorkingGroup(tx, initiativeId, id), 'Working group');
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'working_group', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/working-groups/:id',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Delete a working group (its member actors stay)', params: resourceParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      await app.db.transaction(async (tx) => {
        const before = found(await getWorkingGroup(tx, initiativeId, id), 'Working group');
        await tx.delete(workingGroups).where(and(eq(workingGroups.initiativeId, initiativeId), eq(workingGroups.id, id)));
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'working_group', entityId: id, before });
      });
      return reply.status(204).send(null);
    },
  });
}
