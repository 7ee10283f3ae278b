import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/types.js';

export default async function healthRoutes(app: App) {
  app.route({
    method: 'GET',
    url: '/health',
    schema: {
      tags: ['health'],
      summary: 'Liveness and database check',
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pg', 'pglite']) }) },
    },
    handler: async () => {
      await app.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.dbDriver };
    },
  });
}
