// `app.dataVersions`: each initiative's data version, learnt through LISTEN on the database (so a
// write on any instance invalidates what every instance cached), read per request while LISTEN is
// not up, and forgotten here as soon as a write through this process has been answered.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ClientConfig } from 'pg';
import { DATA_VERSION_CHANNEL, DataVersions, parseVersionNotice, readDataVersion } from '../lib/data-version.js';
import { listenPglite, listenPostgres, type NotificationHandlers, type Notifications } from '../lib/db-notifications.js';

declare module 'fastify' {
  interface FastifyInstance {
    dataVersions: DataVersions;
  }
}

export interface DataVersionOptions {
  /**
   * Where to LISTEN (a direct PostgreSQL connection when the pool goes through a transaction-mode
   * PgBouncer); default: the pool's own settings.
   */
  listenUrl?: string;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default fp(
  async function dataVersionsPlugin(app: FastifyInstance, opts: DataVersionOptions) {
    const versions = new DataVersions((initiativeId) => readDataVersion(app.db, initiativeId));
    app.decorate('dataVersions', versions);

    const handlers: NotificationHandlers = {
      notify: (_channel, payload) => {
        const notice = parseVersionNotice(payload);
        if (notice) versions.announce(notice.initiativeId, notice.version);
      },
      state: (up) => versions.setListening(up),
    };
    // drizzle keeps the driver's client: a pg Pool, or the PGlite instance.
    const client = (app.db as unknown as { $client: unknown }).$client;
    const notifications: Notifications =
      app.dbDriver === 'pglite'
        ? await listenPglite(client as Parameters<typeof listenPglite>[0], [DATA_VERSION_CHANNEL], handlers)
        : await listenPostgres(
            opts.listenUrl ? { connectionString: opts.listenUrl } : ((client as { options: ClientConfig }).options ?? {}),
            [DATA_VERSION_CHANNEL],
            handlers,
            app.log,
          );
    app.addHook('onClose', async () => notifications.close());

    // The write has committed before its answer is sent; its notification may still be on the way.
    // Every initiative, not only the one in the path: a restore or a member's change may touch others.
    app.addHook('onSend', async (request) => {
      if (!READS.has(request.method)) versions.forget();
    });
  },
  { name: 'data-versions', dependencies: ['db'] },
);
