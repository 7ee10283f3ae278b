import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, memberWire, meWire } from '../../test/api-fixtures';

const bridge = actorWire(1, 'Bridge Club');
const admin = memberWire(1, { name: 'Alma Admin', email: 'alma@example.test', role: 'admin' });
const partner = memberWire(2, { name: 'Per Partner', email: 'per@example.test', role: 'partner', actorIds: [bridge.id] });

function api(extra: Parameters<typeof stubApi>[0] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire('admin') } },
    { path: `/initiatives/${INITIATIVE_ID}/members`, answer: { body: { items: [admin, partner] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('members', () => {
  it('lists members with their roles and linked organisations', async () => {
    api();
    await renderApp(`/i/${INITIATIVE_ID}/members`);
    const row = await screen.findByRole('row', { name: /Per Partner/ });
    expect(row).toHaveTextContent('Partner');
    expect(row).toHaveTextContent('Bridge Club');
  });

  it('adds a member and shows the one-time temporary password with a copy button', async () => {
    const created = { ...memberWire(3, { name: 'Nora New', email: 'nora@example.test', role: 'partner', actorIds: [bridge.id] }), temporaryPassword: 'Xk3-pQ9_fT2mZ8wL' };
    const { calls } = api([{ method: 'POST', path: `/initiatives/${INITIATIVE_ID}/members`, answer: { status: 201, body: created } }]);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderApp(`/i/${INITIATIVE_ID}/members`);

    await userEvent.click(await screen.findByRole('button', { name: 'Add a member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a member' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /E-mail address/ }), 'nora@example.test');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Bridge Club' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));

    const done = await screen.findByRole('dialog', { name: 'Nora New has been added' });
    expect(within(done).getByText('Xk3-pQ9_fT2mZ8wL')).toBeInTheDocument();
    expect(within(done).getByText(/shown only now/)).toBeInTheDocument();
    await userEvent.click(within(done).getByRole('button', { name: 'Copy password' }));
    expect(writeText).toHaveBeenCalledWith('Xk3-pQ9_fT2mZ8wL');
    expect(await within(done).findByText('Copied')).toBeInTheDocument();

    const post = calls.find((c) => c.method === 'POST');
    expect(post!.body).toEqual({ email: 'nora@example.test', role: 'partner', actorIds: [bridge.id] });
  });

  it('checks the e-mail address before sending', async () => {
    const { calls } = api();
    await renderApp(`/i/${INITIATIVE_ID}/members`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a member' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /E-mail address/ }), 'not-an-address');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(within(dialog).getByText('This does not look like an e-mail address.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('explains that the last admin cannot be removed', async () => {
    api([
      {
        method: 'DELETE',
        path: `/initiatives/${INITIATIVE_ID}/members/${admin.id}`,
        answer: { status: 409, body: { error: { code: 'conflict', message: 'The initiative needs at least one admin: make someone else admin first' } } },
      },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/members`);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Alma Admin' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Alma Admin?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    expect(await within(dialog).findByText('The initiative needs at least one admin. Make someone else admin first.')).toBeInTheDocument();
  });

  it('resets a member’s password after asking, and shows the temporary password once', async () => {
    const url = `/initiatives/${INITIATIVE_ID}/members/${partner.id}/password-reset`;
    const { calls } = api([{ method: 'POST', path: url, answer: { body: { temporaryPassword: 'Rz8-kW2_qP5nT7vB' } } }]);
    await renderApp(`/i/${INITIATIVE_ID}/members`);
    await userEvent.click(await screen.findByRole('button', { name: 'Reset password: Per Partner' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset the password of Per Partner?' });
    expect(within(confirm).getByText(/signed out everywhere/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reset password' }));

    const done = await screen.findByRole('dialog', { name: 'New temporary password for Per Partner' });
    expect(within(done).getByText('Rz8-kW2_qP5nT7vB')).toBeInTheDocument();
    expect(within(done).getByText(/per@example.test/)).toBeInTheDocument();
    expect(within(done).getByText(/shown only now/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([url]);
  });

  it('explains a refused reset of someone who also belongs elsewhere, and offers none for oneself', async () => {
    const self = memberWire(5, { name: 'Ada Self', email: 'admin@example.test', role: 'admin', userId: meWire('admin').user.id });
    stubApi([
      {
        method: 'POST',
        path: `/initiatives/${INITIATIVE_ID}/members/${partner.id}/password-reset`,
        answer: { status: 403, body: { error: { code: 'forbidden', message: 'no' } } },
      },
      { path: '/me', answer: { body: meWire('admin') } },
      { path: `/initiatives/${INITIATIVE_ID}/members`, answer: { body: { items: [self, partner] } } },
      { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/members`);
    await userEvent.click(await screen.findByRole('button', { name: 'Reset password: Per Partner' }));
    expect(screen.queryByRole('button', { name: 'Reset password: Ada Self' })).not.toBeInTheDocument();
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset the password of Per Partner?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reset password' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('Per Partner also belongs to initiatives you do not administer.');
  });
});
