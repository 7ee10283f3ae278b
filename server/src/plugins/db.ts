import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Database, Db } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Reports read through this: a read-only replica when configured. */
    readDb: Db;
    dbDriver: 'pg' | 'pglite';
  }
}

/** Decorates the app with the drizzle handle; closing is the owner's job (server.ts or tests). */
export default fp(
  async function db(app: FastifyInstance, opts: { database: Database }) {
    app.decorate('db', opts.database.db);
    app.decorate('readDb', opts.database.readDb);
    app.decorate('dbDriver', opts.database.driver);
  },
  { name: 'db' },
);
