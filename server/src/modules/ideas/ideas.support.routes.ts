import { errorResponses, idea, ideaVoteInput, ideaVoteParams } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authorize } from '../../plugins/auth.js';
import { castVote, withdrawVote } from './ideas.votes.js';

const tags = ['ideas'];
const url = '/initiatives/:initiativeId/ideas/:id/votes/:actorId';

const rights =
  'A user linked to the organisation (any role), or admin and backbone recording it (403 otherwise); 404 for an idea or organisation that is not the initiative\'s; 409 once the idea is accepted or declined.';

// One vote per organisation: the path names the organisation, not the user.
export function ideaSupportRoutes(app: App) {
  app.route({
    method: 'PUT',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "Give an organisation's support to an idea (once: a repeat changes nothing)",
      description: `${rights} \`meetingId\`: the meeting at which the organisation gave it (422 when not a meeting of the initiative).`,
      params: ideaVoteParams,
      body: ideaVoteInput,
      response: { 200: idea, ...errorResponses },
    },
    handler: async (request) => {
      const { id, actorId } = request.params;
      return castVote(app.db, request.access, id, actorId, request.body?.meetingId ?? null);
    },
  });

  app.route({
    method: 'DELETE',
    url,
    onRequest: [authorize()],
    schema: {
      tags,
      summary: "Withdraw an organisation's support (nothing happens when it gave none)",
      description: rights,
      params: ideaVoteParams,
      response: { 200: idea, ...errorResponses },
    },
    handler: async (request) => withdrawVote(app.db, request.access, request.params.id, request.params.actorId),
  });
}
