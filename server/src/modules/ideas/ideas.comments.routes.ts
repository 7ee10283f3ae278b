import { emptyResponse, errorResponses, ideaComment, ideaCommentInput, ideaCommentParams, listOf, resourceParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { addIdeaComment, deleteIdeaComment, editIdeaComment, listIdeaComments } from './ideas.comments.js';

const tags = ['ideas'];
const url = '/initiatives/:initiativeId/ideas/:id/comments';

// Every member takes part in the discussion of every idea.
export function ideaCommentRoutes(app: App) {
  app.route({
    method: 'GET',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'The discussion on an idea, oldest first; deleted comments keep their place with `text: null`',
      params: resourceParams,
      response: { 200: listOf(ideaComment), ...errorResponses },
    },
    handler: async (request) => ({ items: await listIdeaComments(app.db, request.params.initiativeId, request.params.id) }),
  });

  app.route({
    method: 'POST',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Comment on an idea (plain text)',
      params: resourceParams,
      body: ideaCommentInput,
      response: { 201: ideaComment, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await addIdeaComment(app.db, request.access, request.params.id, request.body.text)),
  });

  app.route({
    method: 'PATCH',
    url: `${url}/:commentId`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Edit one of your own comments (it is marked edited); 409 once deleted',
      params: ideaCommentParams,
      body: ideaCommentInput,
      response: { 200: ideaComment, ...errorResponses },
    },
    handler: async (request) => {
      const { id, commentId } = request.params;
      return editIdeaComment(app.db, request.access, id, commentId, request.body.text);
    },
  });

  app.route({
    method: 'DELETE',
    url: `${url}/:commentId`,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: 'Delete a comment (its author, or admin and backbone); it stays in the thread marked deleted',
      params: ideaCommentParams,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deleteIdeaComment(app.db, request.access, request.params.id, request.params.commentId);
      return reply.status(204).send(null);
    },
  });
}
