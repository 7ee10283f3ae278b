import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

/**
 * Every response carries the id its log lines carry (`reqId`), so a user's report of a failure can
 * be matched to the log. The id comes from `requestIdFor` (lib/logging.ts), given to Fastify as
 * `genReqId`.
 */
export default fp(
  async function requestId(app: FastifyInstance) {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  },
  { name: 'request-id' },
);
