// GET /auth/session: the app's start asks who is signed in and gets a 200 either way, so a
// signed-out page load shows no failed request; GET /me keeps its 401 for API clients.
import { describe, expect, it } from 'vitest';
import { createFixture, TEST_PASSWORD, testApp } from './helpers.js';

const NOBODY = { user: null, memberships: [] };

describe('session', () => {
  it('answers 200 with nobody when signed out, or with a token that is forged', async () => {
    const { app } = await testApp();
    const none = await app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual(NOBODY);
    const forged = await app.inject({ method: 'GET', url: '/api/v1/auth/session', cookies: { ci_session: 'abc.def.ghi' } });
    expect(forged.statusCode).toBe(200);
    expect(forged.json()).toEqual(NOBODY);
    // /me itself still says 401.
    expect((await app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('answers what /me answers while signed in, and nobody again after signing out', async () => {
    const f = await createFixture();
    const login = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: f.users.partner.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookies = { ci_session: login.cookies.find((c) => c.name === 'ci_session')!.value };

    const session = await f.app.inject({ method: 'GET', url: '/api/v1/auth/session', cookies });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({
      user: { email: f.users.partner.email, mustChangePassword: false },
      memberships: [{ initiativeId: f.initiativeId, role: 'partner', actorIds: [f.actorIds[0]] }],
    });
    const me = await f.app.inject({ method: 'GET', url: '/api/v1/me', cookies });
    expect(session.json()).toEqual(me.json());

    const token = (login.json() as { token: string }).token;
    expect((await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(204);
    // The same token, now of an ended session.
    const after = await f.app.inject({ method: 'GET', url: '/api/v1/auth/session', cookies });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual(NOBODY);
  });
});
