import { inject as injectRequest } from 'light-my-request';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openPglite, openPostgres } from '../src/db/client.js';
import { buildApp } from '../src/app.js';
import { testApp } from './helpers.js';

const JWT = 'test-secret-that-is-long-enough-000000';

async function ownApp() {
  const url = inject('databaseUrl');
  const database = url ? await openPostgres(url) : await openPglite(undefined);
  const app = await buildApp({ database, jwtSecret: JWT });
  return { app, database };
}

describe('health', () => {
  it('answers liveness without the database, readiness and the classic check with it', async () => {
    const { app } = await testApp();
    const live = await app.inject({ method: 'GET', url: '/api/v1/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: app.dbDriver });
    const classic = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(classic.statusCode).toBe(200);
    expect(classic.json()).toEqual({ status: 'ok', database: app.dbDriver });
  });

  it('reports not ready, in the error shape, when the database is gone and while shutting down', async () => {
    const { app, database } = await ownApp();
    let during: { statusCode: number; body: string } | undefined;
    // Runs after the app's own preClose hook: the app is closing, connections are still open.
    // A request arriving on such a connection reaches the server's request listener.
    app.addHook('preClose', async () => {
      const listener = app.server.listeners('request')[0] as Parameters<typeof injectRequest>[0];
      during = await injectRequest(listener, { method: 'GET', url: '/api/v1/health/ready' });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });

    await database.close();
    const ready = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().error).toEqual({ code: 'service_unavailable', message: 'The database does not answer' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);

    await app.close();
    expect(during?.statusCode).toBe(503);
    expect(JSON.parse(during!.body).error).toEqual({ code: 'service_unavailable', message: 'The server is shutting down' });
  });
});
