import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** True from the start of `close()`: readiness answers 503 so traffic goes elsewhere. */
    shuttingDown: boolean;
  }
}

/**
 * Graceful close. Node's `server.close()` ends the connections that are idle at that moment, but a
 * keep-alive connection whose request was still running stays open after its response until the
 * client's keep-alive timeout (72 s), and `close()` waits for it. Every response sent while
 * closing therefore asks the client to close the connection.
 */
export default fp(
  async function shutdown(app: FastifyInstance) {
    app.decorate('shuttingDown', false);
    app.addHook('preClose', async () => {
      app.shuttingDown = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (app.shuttingDown) reply.header('connection', 'close');
    });
  },
  { name: 'shutdown' },
);
