import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';
import { preloadRoute } from './preload';
import { routes } from './router';
import { stubFetch } from '../test/fetch';
import { meFor } from '../test/fixtures';
import { getMe } from '../features/auth/api/get-me';
import { logout } from '../features/auth/api/logout';

const INITIATIVE = '11111111-1111-4111-8111-111111111111';
const INDICATOR = '22222222-2222-4222-8222-222222222222';
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('preloading the screen asked for', () => {
  it('asks for an indicator page’s indicator and series as soon as the session is signed in', async () => {
    const { requests } = stubFetch({ 'GET /me': { body: meFor('steering') }, 'GET /initiatives/*/indicators/*': { body: {} } });
    preloadRoute(routes, createQueryClient(), `/i/${INITIATIVE}/indicators/${INDICATOR}`);
    await settle();
    expect(requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ''}`)).toEqual([
      'GET /auth/session',
      `GET /initiatives/${INITIATIVE}/indicators/${INDICATOR}`,
      `GET /initiatives/${INITIATIVE}/indicators/${INDICATOR}/series`,
    ]);
  });

  it('asks for the overview on the initiative’s start page', async () => {
    const { requests } = stubFetch({ 'GET /me': { body: meFor('partner') } });
    preloadRoute(routes, createQueryClient(), `/i/${INITIATIVE}`);
    await settle();
    expect(requests.map((r) => r.path)).toEqual(['/auth/session', `/initiatives/${INITIATIVE}/overview`]);
  });

  it('asks at once, beside the session check, when this browser was signed in at its last check', async () => {
    const { requests } = stubFetch({ 'GET /me': { body: meFor('steering') }, 'POST /auth/logout': { status: 204 } });
    const other = '33333333-3333-4333-8333-333333333333';
    await getMe();
    requests.length = 0;
    preloadRoute(routes, createQueryClient(), `/i/${other}`);
    // At once, before the session check has answered (it is asked just after).
    expect(requests.map((r) => r.path)[0]).toBe(`/initiatives/${other}/overview`);
    // Signed out here: the data waits for the session check again.
    await logout();
    requests.length = 0;
    preloadRoute(routes, createQueryClient(), `/i/${INITIATIVE}/indicators/${INDICATOR}`);
    expect(requests.map((r) => r.path)).not.toContain(`/initiatives/${INITIATIVE}/indicators/${INDICATOR}`);
    await settle();
  });

  it('asks for no data when nobody is signed in, and only who is signed in on the sign-in page', async () => {
    const { requests } = stubFetch({ 'GET /auth/session': { body: { user: null, memberships: [] } } });
    preloadRoute(routes, createQueryClient(), `/i/${INITIATIVE}/indicators/${INDICATOR}`);
    preloadRoute(routes, createQueryClient(), '/login');
    await settle();
    expect(requests.map((r) => r.path)).toEqual(['/auth/session', '/auth/session']);
  });
});
