import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubFetch } from '../../../test/fetch';
import { INITIATIVE_ID, meFor, overviewPayload } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { initI18n } from '../../../i18n';

const notSignedIn = { status: 401, body: { error: { code: 'unauthorized', message: 'Authentication required' } } };

describe('sign-in page', () => {
  it('says plainly when the e-mail or password is wrong, and shows nothing technical', async () => {
    const { requests } = stubFetch({
      'GET /me': notSignedIn,
      'POST /auth/login': { status: 401, body: { error: { code: 'unauthorized', message: 'Wrong e-mail or password' } } },
    });
    renderApp('/login');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-mail address'), 'partner@example.org');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The e-mail address or password is not right. Please check and try again.');
    expect(alert).not.toHaveTextContent('unauthorized');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ email: 'partner@example.org', password: 'not-the-password' });
  });

  it('learns that nobody is signed in without a failed request', async () => {
    // Only the session answer is stubbed: a request to /me would answer 404 and show the error.
    const { requests } = stubFetch({ 'GET /auth/session': { body: { user: null, memberships: [] } } });
    renderApp('/login');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /auth/session']);
  });

  it('asks for the missing fields before sending anything', async () => {
    const { requests } = stubFetch({ 'GET /me': notSignedIn });
    renderApp('/login');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('signs in and goes on to the page that was asked for', async () => {
    let signedIn = false;
    stubFetch({
      'GET /me': () => (signedIn ? { body: meFor('partner') } : notSignedIn),
      'POST /auth/login': () => {
        signedIn = true;
        return { body: { token: 'token', user: meFor('partner').user } };
      },
      'GET /initiatives/*/overview': { body: overviewPayload },
    });
    const { router } = renderApp(`/login?next=${encodeURIComponent(`/i/${INITIATIVE_ID}`)}`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-mail address'), 'partner@example.org');
    await user.type(screen.getByLabelText('Password'), 'collective-impact');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: overviewPayload.initiative.name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}`);
  });

  it('speaks Swedish when Swedish is chosen', async () => {
    await initI18n('sv');
    stubFetch({ 'GET /me': notSignedIn });
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Lösenord')).toBeInTheDocument();
  });
});
