import {
  emptyResponse,
  errorResponses,
  initiativeParams,
  member,
  memberCreated,
  memberInput,
  memberPatch,
  pageOf,
  pageQuery,
  passwordReset,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { listMembers } from './members.repository.js';
import { addMember, removeMember, updateMember } from './members.writes.js';
import { resetMemberPassword } from './members.password.js';

const tags = ['members'];
const url = '/initiatives/:initiativeId/members';

export default async function memberRoutes(app: App) {
  app.route({
    method: 'GET',
    url,
    onRequest: [authorize('admin', 'backbone')],
    schema: { tags, summary: 'Members, their roles and linked actors', params: initiativeParams, querystring: pageQuery, response: { 200: pageOf(member), ...errorResponses } },
    handler: async (request) => listMembers(app.db, request.params.initiativeId, request.query),
  });

  app.route({
    method: 'POST',
    url,
    onRequest: [authorize('admin')],
    schema: {
      tags,
      summary: 'Add a member by e-mail; a new user gets a temporary password, returned only in this response',
      params: initiativeParams,
      body: memberInput,
      response: { 201: memberCreated, ...errorResponses },
    },
    handler: async (request, reply) => {
      const created = await addMember(app.db, request.access, request.body);
      // The temporary password must not linger in any cache.
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  });

  app.route({
    method: 'PATCH',
    url: `${url}/:id`,
    onRequest: [authorize('admin')],
    schema: {
      tags,
      summary: 'Change a member’s role or linked actors',
      params: resourceParams,
      body: memberPatch,
      response: { 200: member, ...errorResponses },
    },
    handler: async (request) => updateMember(app.db, request.access, request.params.id, request.body),
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:id`,
    onRequest: [authorize('admin')],
    schema: { tags, summary: 'Remove a member from the initiative', params: resourceParams, response: { 204: emptyResponse, ...errorResponses } },
    handler: async (request, reply) => {
      await removeMember(app.db, request.access, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'POST',
    url: `${url}/:id/password-reset`,
    onRequest: [authorize('admin')],
    schema: {
      tags,
      summary: 'Issue a temporary password (returned only in this response); the member’s sessions end and they must choose a new password',
      description: '403 when the member also belongs to an initiative the caller does not administer.',
      params: resourceParams,
      response: { 200: passwordReset, ...errorResponses },
    },
    handler: async (request, reply) => {
      const reset = await resetMemberPassword(app.db, request.access, request.params.id);
      return reply.header('cache-control', 'no-store').send(reset);
    },
  });
}
