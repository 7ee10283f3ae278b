import { and, eq } from 'drizzle-orm';
import {
  emptyResponse,
  errorResponses,
  goal,
  goalInput,
  goalOrder,
  goalPatch,
  initiativeParams,
  listOf,
  pageOf,
  pageQuery,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, EDITORS } from '../../plugins/auth.js';
import { found, ValidationError } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { goals, indicators } from '../../db/schema/index.js';
import { getGoal, listGoals, nextGoalPosition, pageGoals, toGoal } from './goals.repository.js';

const tags = ['goals'];

export default async function goalRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/goals',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The goals of the common agenda, in order',
      params: initiativeParams,
      querystring: pageQuery,
      response: { 200: pageOf(goal), ...errorResponses },
    },
    handler: async (request) => pageGoals(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/goals/:id',
    onRequest: [authorize()],
    schema: { tags, summary: 'One goal', params: resourceParams, response: { 200: goal, ...errorResponses } },
    handler: async (request) => found(await getGoal(app.db, request.params.initiativeId, request.params.id), 'Goal'),
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/goals',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Add a goal (last, unless a position is given)', params: initiativeParams, body: goalInput, response: { 201: goal, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const position = request.body.position ?? (await nextGoalPosition(tx, initiativeId));
        const [row] = await tx.insert(goals).values({ ...request.body, position, initiativeId }).returning();
        const after = toGoal(row);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'goal', entityId: row.id, after });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/goals/:id',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Update a goal', params: resourceParams, body: goalPatch, response: { 200: goal, ...errorResponses } },
    handler: async (request) => {
      const { initiativeId, id } = request.params;
      return app.db.transaction(async (tx) => {
        const before = found(await getGoal(tx, initiativeId, id), 'Goal');
        const [row] = await tx
          .update(goals)
          .set({ ...request.body, updatedAt: new Date() })
          .where(and(eq(goals.initiativeId, initiativeId), eq(goals.id, id)))
          .returning();
        const after = toGoal(row);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'update', entityType: 'goal', entityId: id, before, after });
        return after;
      });
    },
  });

  app.route({
    method: 'PUT',
    url: '/initiatives/:initiativeId/goals/order',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Reorder the goals: every goal id of the initiative, once, in the new order',
      params: initiativeParams,
      body: goalOrder,
      response: { 200: listOf(goal), ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId } = request.params;
      const { ids } = request.body;
      return app.db.transaction(async (tx) => {
        const current = await tx.select().from(goals).where(eq(goals.initiativeId, initiativeId)).for('update');
        const byId = new Map(current.map((g) => [g.id, g]));
        const unknown = ids.filter((goalId) => !byId.has(goalId));
        const missing = current.filter((g) => !ids.includes(g.id)).map((g) => g.id);
        if (unknown.length > 0 || missing.length > 0) {
          const message =
            unknown.length > 0 ? 'Some ids are not goals of this initiative' : 'Every goal of the initiative must be listed once';
          throw new ValidationError(message, [{ field: 'body.ids', message, unknown, missing }]);
        }
        const now = new Date();
        const entries = [];
        for (const [position, goalId] of ids.entries()) {
          const row = byId.get(goalId)!;
          if (row.position === position) continue;
          const [updated] = await tx.update(goals).set({ position, updatedAt: now }).where(eq(goals.id, goalId)).returning();
          entries.push({
            initiativeId,
            userId: request.access.userId,
            action: 'update' as const,
            entityType: 'goal',
            entityId: goalId,
            before: toGoal(row),
            after: toGoal(updated),
          });
        }
        await recordAudit(tx, entries);
        return { items: await listGoals(tx, initiativeId) };
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/goals/:id',
    onRequest: [authorize(...EDITORS)],
    schema: {
      tags,
      summary: 'Delete a goal; its indicators stay, without a goal',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      const userId = request.access.userId;
      await app.db.transaction(async (tx) => {
        const before = found(await getGoal(tx, initiativeId, id), 'Goal');
        // Detached explicitly (not only by the foreign key) so that each indicator's change is audited.
        const detached = await tx
          .update(indicators)
          .set({ goalId: null, updatedAt: new Date() })
          .where(and(eq(indicators.initiativeId, initiativeId), eq(indicators.goalId, id)))
          .returning({ id: indicators.id });
        await tx.delete(goals).where(and(eq(goals.initiativeId, initiativeId), eq(goals.id, id)));
        await recordAudit(tx, [
          { initiativeId, userId, action: 'delete', entityType: 'goal', entityId: id, before },
          ...detached.map((i) => ({
            initiativeId,
            userId,
            action: 'update' as const,
            entityType: 'indicator',
            entityId: i.id,
            before: { goalId: id },
            after: { goalId: null },
            reason: 'Goal deleted',
          })),
        ]);
      });
      return reply.status(204).send(null);
    },
  });
}
