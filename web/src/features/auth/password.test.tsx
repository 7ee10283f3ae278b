import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, meWire } from '../../test/api-fixtures';

afterEach(() => vi.unstubAllGlobals());

const fieldError = (field: 'currentPassword' | 'newPassword') => ({
  status: 400,
  body: { error: { code: 'validation_error', message: 'The new password is not accepted', details: [{ field: `body.${field}`, message: 'refused' }] } },
});

function routes(extra: ApiRoute[] = [], mustChangePassword = false): ApiRoute[] {
  const me = meWire('steering');
  return [
    ...extra,
    { path: '/me', answer: { body: { ...me, user: { ...me.user, mustChangePassword } } } },
    { path: '/me/notifications', answer: { body: { items: [], unread: 0, total: 0, limit: 50, offset: 0 } } },
  ];
}

async function fill(scope: HTMLElement, current: string, next: string, repeat = next) {
  const user = userEvent.setup();
  if (current) await user.type(within(scope).getByLabelText(/Current password/), current);
  await user.type(within(scope).getByLabelText(/^New password/), next);
  await user.type(within(scope).getByLabelText(/Repeat the new password/), repeat);
}

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Account: Steering Person' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Change password' }));
  return screen.findByRole('dialog', { name: 'Change your password' });
}

describe('changing one’s password from the account menu', () => {
  it('checks length and sameness before sending anything', async () => {
    const { calls } = stubApi(routes());
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    const dialog = await openDialog();
    await fill(dialog, '', 'too-short', 'something-else');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(within(dialog).getByText('Enter your current password.')).toBeInTheDocument();
    expect(within(dialog).getByText('The new password needs at least 12 characters.')).toBeInTheDocument();
    expect(within(dialog).getByText('The two new passwords are not the same.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server’s refusals next to the fields', async () => {
    let answer = fieldError('currentPassword');
    stubApi(routes([{ method: 'POST', path: '/me/password', answer: () => answer }]));
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    const dialog = await openDialog();
    await fill(dialog, 'wrong-password', 'password1234567');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('The current password is not right.')).toBeInTheDocument();

    answer = fieldError('newPassword');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('This password is one of the most common ones. Choose another.')).toBeInTheDocument();
    expect(within(dialog).queryByText('The current password is not right.')).not.toBeInTheDocument();
  });

  it('changes the password and says that other sign-ins have ended', async () => {
    const { calls } = stubApi(routes([{ method: 'POST', path: '/me/password', answer: { status: 204 } }]));
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    const dialog = await openDialog();
    await fill(dialog, 'temporary-pw', 'correct horse battery staple');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Your password is changed/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ currentPassword: 'temporary-pw', newPassword: 'correct horse battery staple' });
  });
});

describe('after signing in with a temporary password', () => {
  it('asks for a password of one’s own before anything else opens, then goes on', async () => {
    let mustChange = true;
    const me = meWire('steering');
    const { calls } = stubApi([
      {
        method: 'POST',
        path: '/me/password',
        answer: () => {
          mustChange = false;
          return { status: 204 };
        },
      },
      { path: '/me', answer: () => ({ body: { ...me, user: { ...me.user, mustChangePassword: mustChange } } }) },
      { path: '/me/notifications', answer: { body: { items: [], unread: 0, total: 0, limit: 50, offset: 0 } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your own password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Account: Steering Person' })).not.toBeInTheDocument();
    const form = screen.getByRole('main');
    await fill(form, 'Xk3-pQ9_fT2mZ8wL', 'my own long passphrase');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('button', { name: 'Account: Steering Person' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Choose your own password' })).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/me/password']);
  });

  it('treats a 401 as signed out, as before', async () => {
    stubApi([{ path: '/me', answer: { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in to continue' } } } }]);
    await renderApp(`/i/${INITIATIVE_ID}/nowhere`);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
