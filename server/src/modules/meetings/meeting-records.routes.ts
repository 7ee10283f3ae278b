// Decisions and action items of a meeting, and the initiative's list of action items.
import {
  actionItem,
  actionItemInput,
  actionItemListItem,
  actionItemListQuery,
  actionItemParams,
  actionItemPatch,
  decision,
  decisionInput,
  decisionParams,
  decisionPatch,
  emptyResponse,
  errorResponses,
  initiativeParams,
  pageOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize, canEditAll, canWriteActor, EDITORS } from '../../plugins/auth.js';
import { Forbidden } from '../../lib/errors.js';
import { recordAudit } from '../../lib/audit.js';
import { notifyActionItemAssigned } from '../notifications/notifications.producers.js';
import {
  createActionItem,
  createDecision,
  deleteActionItem,
  deleteDecision,
  listActionItems,
  lockActionItem,
  updateActionItem,
  updateDecision,
} from './meeting-records.repository.js';

const tags = ['meetings'];

export default async function meetingRecordRoutes(app: App) {
  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meetings/:id/decisions',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Record a decision', params: resourceParams, body: decisionInput, response: { 201: decision, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await createDecision(tx, initiativeId, id, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'decision', entityId: after.id, after: { ...after, meetingId: id } });
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/meetings/:id/decisions/:decisionId',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Change a decision', params: decisionParams, body: decisionPatch, response: { 200: decision, ...errorResponses } },
    handler: async (request) => {
      const { initiativeId, id, decisionId } = request.params;
      return app.db.transaction(async (tx) => {
        const { before, after } = await updateDecision(tx, initiativeId, id, decisionId, request.body);
        await recordAudit(tx, {
          initiativeId,
          userId: request.access.userId,
          action: 'update',
          entityType: 'decision',
          entityId: decisionId,
          before: { ...before, meetingId: id },
          after: { ...after, meetingId: id },
        });
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/meetings/:id/decisions/:decisionId',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Remove a decision', params: decisionParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id, decisionId } = request.params;
      await app.db.transaction(async (tx) => {
        const before = await deleteDecision(tx, initiativeId, id, decisionId);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'decision', entityId: decisionId, before: { ...before, meetingId: id } });
      });
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'POST',
    url: '/initiatives/:initiativeId/meetings/:id/action-items',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Add an action item', params: resourceParams, body: actionItemInput, response: { 201: actionItem, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id } = request.params;
      const created = await app.db.transaction(async (tx) => {
        const after = await createActionItem(tx, initiativeId, id, request.body);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'create', entityType: 'action_item', entityId: after.id, after: { ...after, meetingId: id } });
        await notifyActionItemAssigned(tx, initiativeId, request.access.userId, id, after);
        return after;
      });
      return reply.status(201).send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: '/initiatives/:initiativeId/meetings/:id/action-items/:actionItemId',
    onRequest: [authorize(...EDITORS, 'partner')],
    schema: {
      tags,
      summary: 'Change an action item; a partner may only mark the items of its own actor done or not done',
      params: actionItemParams,
      body: actionItemPatch,
      response: { 200: actionItem, ...errorResponses },
    },
    handler: async (request) => {
      const { initiativeId, id, actionItemId } = request.params;
      const { access } = request;
      if (!canEditAll(access) && Object.keys(request.body).some((key) => key !== 'done')) {
        throw new Forbidden('A partner may only mark an action item done');
      }
      return app.db.transaction(async (tx) => {
        const before = await lockActionItem(tx, initiativeId, id, actionItemId);
        if (!canWriteActor(access, before.ownerActorId)) {
          throw new Forbidden('Only the owner’s partners may mark this action item done');
        }
        const after = await updateActionItem(tx, initiativeId, before, request.body);
        await recordAudit(tx, {
          initiativeId,
          userId: access.userId,
          action: 'update',
          entityType: 'action_item',
          entityId: actionItemId,
          before: { ...before, meetingId: id },
          after: { ...after, meetingId: id },
        });
        if (after.ownerActorId !== before.ownerActorId) await notifyActionItemAssigned(tx, initiativeId, access.userId, id, after);
        return after;
      });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/initiatives/:initiativeId/meetings/:id/action-items/:actionItemId',
    onRequest: [authorize(...EDITORS)],
    schema: { tags, summary: 'Remove an action item', params: actionItemParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      const { initiativeId, id, actionItemId } = request.params;
      await app.db.transaction(async (tx) => {
        const before = await deleteActionItem(tx, initiativeId, id, actionItemId);
        await recordAudit(tx, { initiativeId, userId: request.access.userId, action: 'delete', entityType: 'action_item', entityId: actionItemId, before: { ...before, meetingId: id } });
      });
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'GET',
    url: '/initiatives/:initiativeId/action-items',
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Action items across all meetings, with the meeting each came from',
      params: initiativeParams,
      querystring: actionItemListQuery,
      response: { 200: pageOf(actionItemListItem), ...errorResponses },
    },
    handler: async (request) => listActionItems(app.db, request.params.initiativeId, request.query),
  });
}
