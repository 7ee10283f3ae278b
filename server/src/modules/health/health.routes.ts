import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/types.js';
import { ServiceUnavailable } from '../../lib/errors.js';

/** A database that does not answer `select 1` within this long counts as down. */
const READY_TIMEOUT_MS = 2_000;

const healthBody = z.object({ status: z.literal('ok'), database: z.enum(['pg', 'pglite']) });

export default async function healthRoutes(app: App) {
  const databaseAnswers = async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([app.db.execute(sql`select 1`), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  app.route({
    method: 'GET',
    url: '/health',
    schema: {
      tags: ['health'],
      summary: 'Liveness and database check (kept for existing monitors; see /health/live and /health/ready)',
      security: [],
      response: { 200: healthBody },
    },
    handler: async () => {
      await app.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.dbDriver };
    },
  });

  app.route({
    method: 'GET',
    url: '/health/live',
    schema: {
      tags: ['health'],
      summary: 'Liveness: the process answers (no database access); restart it when this fails',
      security: [],
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.route({
    method: 'GET',
    url: '/health/ready',
    schema: {
      tags: ['health'],
      summary: `Readiness: 200 when the database answers within ${READY_TIMEOUT_MS / 1000} s; 503 while shutting down or when it does not`,
      security: [],
      response: { 200: healthBody },
    },
    handler: async (request) => {
      if (app.shuttingDown) throw new ServiceUnavailable('The server is shutting down');
      try {
        await databaseAnswers();
      } catch (err) {
        request.log.warn({ err }, 'readiness: the database does not answer');
        throw new ServiceUnavailable('The database does not answer');
      }
      return { status: 'ok' as const, database: app.dbDriver };
    },
  });
}
