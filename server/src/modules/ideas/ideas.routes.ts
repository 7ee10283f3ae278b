import {
  emptyResponse,
  errorResponses,
  idea,
  ideaDecisionInput,
  ideaDetail,
  ideaInput,
  ideaListQuery,
  ideaPatch,
  initiativeParams,
  listOf,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { found } from '../../lib/errors.js';
import { getIdeaDetail, listIdeas } from './ideas.repository.js';
import { createIdea, deleteIdea, updateIdea } from './ideas.writes.js';
import { decideIdea } from './ideas.decisions.js';
import { ideaSupportRoutes } from './ideas.support.routes.js';
import { ideaCommentRoutes } from './ideas.comments.routes.js';

const tags = ['ideas'];
const url = '/initiatives/:initiativeId/ideas';

// Transparency: every member, whatever the role, sees every idea, who supports it and why it was decided.
export default async function ideaRoutes(app: App) {
  app.route({
    method: 'GET',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Ideas and proposals with their supporting organisations',
      description:
        '`sort`: `support` (most supporting organisations first, then newest), `newest`, or `status` (proposed, under discussion, accepted, declined, each by support). `open=true`: only ideas waiting for a decision.',
      params: initiativeParams,
      querystring: ideaListQuery,
      response: { 200: listOf(idea), ...errorResponses },
    },
    handler: async (request) => ({ items: await listIdeas(app.db, request.params.initiativeId, request.query) }),
  });

  app.route({
    method: 'GET',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'One idea with its decision history and the meetings that have it on their agenda',
      params: resourceParams,
      response: { 200: ideaDetail, ...errorResponses },
    },
    handler: async (request) => found(await getIdeaDetail(app.db, request.params.initiativeId, request.params.id), 'Idea'),
  });

  app.route({
    method: 'POST',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Propose an idea on behalf of an organisation',
      description:
        'Any member: admin and backbone for any organisation of the initiative, everyone else only for an organisation their membership is linked to (403 otherwise, before the organisation is looked up). Unknown goals or organisations: 422.',
      params: initiativeParams,
      body: ideaInput,
      response: { 201: idea, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createIdea(app.db, request.access, request.body)),
  });

  app.route({
    method: 'PATCH',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Change an idea that waits for a decision; `goalIds`, when given, replaces its goals',
      description:
        'Admin and backbone, the user who proposed it, or users of the proposing organisation (403 otherwise); 409 once it is accepted or declined.',
      params: resourceParams,
      body: ideaPatch,
      response: { 200: idea, ...errorResponses },
    },
    handler: async (request) => updateIdea(app.db, request.access, request.params.id, request.body),
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Remove an idea with its support and discussion',
      description:
        'Admin and backbone any idea that was not accepted (409: it became an activity). The proposer and the users of the proposing organisation only while it is proposed and no other organisation supports it (409 otherwise); anyone else 403.',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteIdea(app.db, request.access, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: 'POST',
    url: `${url}/:id/decision`,
    onRequest: [authorize('admin', 'backbone', 'steering')],
    schema: {
      tags,
      summary: 'Decide on an idea: take it up for discussion, accept it (it becomes an activity) or decline it',
      description:
        'Admin, backbone and steering. Proposed → under discussion, accepted or declined; under discussion → proposed, accepted or declined; declined → under discussion (reopened); accepted is final. Any other change, or the same status again: 409. Declining needs a `reason`, which the proposers see. Accepting creates, in the same transaction, an activity with the idea\'s title, description, goals and how/when/who (`activity` may adjust them and add dates), led by the proposing organisation and joined by the supporting ones; its `ideaId` points back. The proposer, the users of the proposing and supporting organisations are notified (`idea_decided`), never the decider.',
      params: resourceParams,
      body: ideaDecisionInput,
      response: { 200: ideaDetail, ...errorResponses },
    },
    handler: async (request) => decideIdea(app.db, request.access, request.params.id, request.body),
  });

  ideaSupportRoutes(app);
  ideaCommentRoutes(app);
}
