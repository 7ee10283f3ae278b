import {
  comment,
  commentCounts,
  commentCountsQuery,
  commentInput,
  commentPatch,
  commentThread,
  commentThreadQuery,
  emptyResponse,
  errorResponses,
  initiativeParams,
  resourceParams,
} from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { commentCountsFor, listThread } from './comments.repository.js';
import { createComment, deleteComment, editComment, readableThread } from './comments.writes.js';

const tags = ['comments'];
const url = '/initiatives/:initiativeId/comments';

// Every member may read and write where it may see the value; steering discusses too.
export default async function commentRoutes(app: App) {
  app.route({
    method: 'GET',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'One thread, oldest first: on a value when actorId is given, else on the indicator and period',
      description:
        "A partner reads threads on its own organisations' values, on indicators and periods, and on another organisation's value only once that value counts (404 otherwise). Deleted comments keep their place with `text: null`.",
      params: initiativeParams,
      querystring: commentThreadQuery,
      response: { 200: commentThread, ...errorResponses },
    },
    handler: async (request) => {
      const key = { indicatorId: request.query.indicatorId, actorId: request.query.actorId ?? null, period: request.query.period };
      await readableThread(app.db, request.access, key, 'query');
      return listThread(app.db, request.access.initiativeId, key, request.query);
    },
  });

  app.route({
    method: 'GET',
    url: `${url}/counts`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'How many comments each thread the caller may read has, for a period and/or an indicator',
      description: 'For badges in the entry grid, Review and the indicator page; threads whose comments are all deleted are left out.',
      params: initiativeParams,
      querystring: commentCountsQuery,
      response: { 200: commentCounts, ...errorResponses },
    },
    handler: async (request) => ({ items: await commentCountsFor(app.db, request.access.initiativeId, request.access, request.query) }),
  });

  app.route({
    method: 'POST',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Comment on a value or on an indicator and period; mentioned organisations and the thread are notified',
      description:
        'Plain text (no markup). `@` followed by an actor\'s name mentions it (case and accents ignored, the longest name wins): its users get a `mention` notification; the users of the value\'s organisation and earlier participants get a `comment` notification; never the author.',
      params: initiativeParams,
      body: commentInput,
      response: { 201: comment, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createComment(app.db, request.access, request.body)),
  });

  app.route({
    method: 'PATCH',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Edit one of your own comments (it is marked edited)',
      params: resourceParams,
      body: commentPatch,
      response: { 200: comment, ...errorResponses },
    },
    handler: async (request) => editComment(app.db, request.access, request.params.id, request.body.text),
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:id`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Delete a comment (its author, or the backbone); it stays in the thread marked deleted',
      params: resourceParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteComment(app.db, request.access, request.params.id);
      return reply.status(204).send(null);
    },
  });
}
