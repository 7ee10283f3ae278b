import { describe, expect, it, vi } from 'vitest';
import { meResponse } from '@ci/shared';
import { stubFetch } from '../test/fetch';
import { meFor } from '../test/fixtures';
import { api, ApiError, requestEarly } from './api';

describe('api', () => {
  it('sends JSON with the session cookie and parses the response with its schema', async () => {
    const { requests, fetchMock } = stubFetch({ 'PATCH /me': { body: meFor('admin') } });
    const me = await api('/me', { method: 'PATCH', body: { locale: 'da' }, schema: meResponse });
    expect(me.memberships[0].role).toBe('admin');
    expect(requests[0].body).toEqual({ locale: 'da' });
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'include' });
  });

  it('throws an ApiError with the server’s code, message and details', async () => {
    stubFetch({
      'POST /initiatives': {
        status: 400,
        body: { error: { code: 'validation_error', message: 'The request is not valid', details: [{ field: 'body.name', message: 'Required' }] } },
      },
    });
    const error = await api('/initiatives', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_error', message: 'The request is not valid' });
    expect((error as ApiError).fieldErrors()).toEqual({ name: 'Required' });
  });

  it('turns a response that does not match its schema into an error instead of wrong data', async () => {
    stubFetch({ 'GET /me': { body: { user: { id: 'not-a-uuid' }, memberships: [] } } });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(api('/me', { schema: meResponse })).rejects.toMatchObject({ code: 'invalid_response' });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('reports an unreachable server as a network error', async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(api('/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('leaves out empty query parameters', async () => {
    const { requests } = stubFetch({ 'GET /x': { body: {} } });
    await api('/x', { query: { from: '2025', to: undefined, frequency: '' } });
    expect([...requests[0].query.keys()]).toEqual(['from']);
  });

  describe('early requests', () => {
    it('answers the screen’s own request with the one started early, once, parsed with the screen’s schema', async () => {
      const { requests } = stubFetch({ 'GET /me': { body: meFor('steering') } });
      requestEarly('/me');
      requestEarly('/me'); // asked twice before anyone reads it: still one request
      expect(requests).toHaveLength(1);
      const me = await api('/me', { schema: meResponse });
      expect(me.memberships[0].role).toBe('steering');
      expect(requests).toHaveLength(1);
      // Used once: the next read asks the server again.
      await api('/me', { schema: meResponse });
      expect(requests).toHaveLength(2);
    });

    it('is only taken by a GET of the same address, query included', async () => {
      const { requests } = stubFetch({ 'GET /initiatives': { body: { items: [], nextCursor: null } }, 'POST /initiatives': { status: 201, body: {} } });
      requestEarly('/initiatives', { limit: 5 });
      await api('/initiatives', { query: { limit: 10 } });
      await api('/initiatives', { method: 'POST', body: { name: 'x' } });
      expect(requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual(['GET /initiatives?limit=5', 'GET /initiatives?limit=10', 'POST /initiatives?']);
    });

    it('asks again when the early request could not reach the server', async () => {
      let calls = 0;
      globalThis.fetch = (() => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response('{"ok":true}')))) as typeof fetch;
      requestEarly('/health');
      await expect(api('/health')).resolves.toEqual({ ok: true });
      expect(calls).toBe(2);
    });
  });
});
