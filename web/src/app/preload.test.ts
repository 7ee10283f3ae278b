import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';
import { preloadRoute } from './preload';
import { routes } from './router';
import { stubFetch } from '../test/fetch';
import { meFor } from '../test/fixtures';

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

  it('asks for no data when nobody is signed in, and nothing at all for the sign-in page', async () => {
    const { requests } = stubFetch({ 'GET /auth/session': { body: { user: null, memberships: [] } } });
    preloadRoute(routes, createQueryClient(), `/i/${INITIATIVE}/indicators/${INDICATOR}`);
    preloadRoute(routes, createQueryClient(), '/login');
    await settle();
    expect(requests.map((r) => r.path)).toEqual(['/auth/session']);
  });
});
