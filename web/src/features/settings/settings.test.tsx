// The settings screen, the initiative menu and a new initiative, against stubbed API answers that
// are real, schema-checked payloads. The clock is fixed at 2 May 2025.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, initiativeWire, meWire, uuid } from '../../test/api-fixtures';

/** The stubbed server keeps what a PATCH saved, as the real one does. */
function api(role: Role, extra: ApiRoute[] = []) {
  let current = initiativeWire();
  const patchEcho: ApiRoute = {
    method: 'PATCH',
    path: `/initiatives/${INITIATIVE_ID}`,
    answer: ({ body }) => {
      current = initiativeWire({ ...current, ...(body as object) });
      return { body: current };
    },
  };
  return stubApi([
    ...extra,
    patchEcho,
    { path: '/me', answer: { body: meWire(role) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: () => ({ body: current }) },
  ]);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-05-02T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('initiative settings', () => {
  it('says what approval and auto lock will do, checks the numbers, and sends only what changed', async () => {
    const { calls } = api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/settings`);
    const reporting = await screen.findByRole('region', { name: 'Reporting' });
    const days = within(reporting).getByRole('textbox', { name: 'Reporting days' });
    expect(days).toHaveValue('30');
    // The first quarter of 2025 ends on 31 March: 30 days later is 30 April.
    expect(within(reporting).getByText('With 30 days, the figures for Q1 2025 are due on 30 Apr 2025.')).toBeInTheDocument();

    const approval = screen.getByRole('region', { name: 'Approval and locking' });
    await userEvent.click(within(approval).getByRole('checkbox', { name: 'Figures must be approved' }));
    expect(within(approval).getByText(/figures that have been submitted but not yet approved disappear from charts and reports/)).toBeInTheDocument();
    await userEvent.click(within(approval).getByRole('checkbox', { name: 'Lock each period when its figures are due' }));
    // On 2 May 2025 with 30 days, Q1 2025 (due 30 April) is the latest quarter past its due date.
    expect(within(approval).getByText(/for quarters, Q1 2025 and earlier/)).toBeInTheDocument();

    await userEvent.clear(days);
    await userEvent.type(days, '400');
    const threshold = screen.getByRole('textbox', { name: 'Smallest number shown' });
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '101');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(days).toHaveAccessibleDescription(expect.stringContaining('This must be at most 365.'));
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining('This must be at most 100.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Some settings need checking; they are marked above. Nothing was saved.');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await userEvent.clear(days);
    await userEvent.type(days, '45');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '5');
    // With 45 days Q1 2025 is not past due on 2 May (due 15 May): the latest is Q4 2024.
    expect(within(approval).getByText(/for quarters, Q4 2024 and earlier/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The settings have been saved.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([{ reportingDeadlineDays: 45, requiresApproval: true, autoLock: true }]);
    // Saved: nothing is pending any more, so nothing is said about what saving would do.
    expect(screen.queryByText('When you save:')).not.toBeInTheDocument();
  });

  it('locks through a chosen period, turns the public page on with its threshold and changes the language', async () => {
    const { calls } = api('admin');
    await renderApp(`/i/${INITIATIVE_ID}/settings`);
    const approval = await screen.findByRole('region', { name: 'Approval and locking' });
    await userEvent.click(within(approval).getByRole('checkbox', { name: 'Lock figures through a chosen period' }));
    // The last quarter that has ended is offered first.
    expect(within(approval).getByText(/figures through Q1 2025 can no longer be changed, approved or deleted/)).toBeInTheDocument();
    await userEvent.click(within(approval).getByRole('radio', { name: 'Year' }));
    expect(within(approval).getByText(/figures through 2024 can no longer be changed/)).toBeInTheDocument();

    const publicView = screen.getByRole('region', { name: 'Public page' });
    expect(within(publicView).queryByRole('link')).not.toBeInTheDocument();
    await userEvent.click(within(publicView).getByRole('checkbox', { name: 'Show a public page' }));
    expect(within(publicView).getByText(/anyone with the link can see the public page/)).toBeInTheDocument();
    const threshold = within(publicView).getByRole('textbox', { name: 'Smallest number shown' });
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '10');

    const language = screen.getByRole('region', { name: 'Language' });
    await userEvent.click(within(language).getByRole('button', { name: /Default language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Dansk' }));

    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The settings have been saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ lockedThrough: '2024', publicView: true, publicThreshold: 10, locale: 'da' });
    // Once saved, the public page's address is there to share.
    expect(within(publicView).getByRole('link', { name: `http://localhost:3000/public/${INITIATIVE_ID}` })).toHaveAttribute('href', `http://localhost:3000/public/${INITIATIVE_ID}`);
  });

  it('says when nothing changed, and shows the server refusal in plain words', async () => {
    const { calls } = api('backbone', [
      { method: 'PATCH', path: `/initiatives/${INITIATIVE_ID}`, answer: { status: 403, body: { error: { code: 'forbidden', message: 'No' } } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/settings`);
    await userEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Nothing has been changed yet.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Figures must be approved' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role does not allow this.');
    expect(screen.queryByText('The settings have been saved.')).not.toBeInTheDocument();
  });

  it('is not offered to the steering group or partners', async () => {
    for (const role of ['steering', 'partner'] as const) {
      const { calls } = api(role);
      const view = await renderApp(`/i/${INITIATIVE_ID}/settings`);
      expect(await screen.findByText("Only the initiative's admins and backbone change its settings.")).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
      expect(calls.some((c) => c.path === `/initiatives/${INITIATIVE_ID}`)).toBe(false);
      // With one initiative and nothing to manage, the initiative's name is plain text, not a menu.
      expect(screen.queryByRole('button', { name: /switch initiative, settings/ })).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('opens from the initiative menu in the top bar', async () => {
    api('backbone');
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/settings`);
    await userEvent.click(await screen.findByRole('button', { name: 'Northside Together: switch initiative, settings' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'New initiative…' })).toBeInTheDocument();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Settings' }));
    expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}/settings`);
  });
});

describe('a new initiative', () => {
  const NEW_ID = uuid(77);

  it('checks the name, creates the initiative and opens its goals', async () => {
    let created = false;
    const { calls } = stubApi([
      {
        path: '/me',
        answer: () => {
          const me = meWire('backbone');
          if (created) me.memberships.push({ initiativeId: NEW_ID, initiativeName: 'Southside Together', role: 'admin', actorIds: [] });
          return { body: me };
        },
      },
      {
        method: 'POST',
        path: '/initiatives',
        answer: ({ body }) => {
          created = true;
          return { status: 201, body: initiativeWire({ ...(body as object), id: NEW_ID }) };
        },
      },
      { path: `/initiatives/${NEW_ID}/goals`, answer: { body: { items: [] } } },
    ]);
    const { router } = await renderApp('/new-initiative');
    await userEvent.click(await screen.findByRole('button', { name: 'Create the initiative' }));
    expect(screen.getByRole('textbox', { name: "The initiative's name" })).toHaveAccessibleDescription(expect.stringContaining('Fill in this field.'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: "The initiative's name" }), '  Southside Together ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Place or area' }), 'Southside');
    await userEvent.click(screen.getByRole('button', { name: /Default language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Svenska' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the initiative' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Goals' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ name: 'Southside Together', area: 'Southside', locale: 'sv', vision: '' });
    expect(router.state.location.pathname).toBe(`/i/${NEW_ID}/agenda`);
    expect(router.state.location.search).toBe('?tab=goals');
    expect(window.localStorage.getItem('ci.lastInitiative')).toBe(NEW_ID);
  });

  it('shows a refusal without leaving the form', async () => {
    stubApi([
      { path: '/me', answer: { body: meWire('admin') } },
      { method: 'POST', path: '/initiatives', answer: { status: 500, body: { error: { code: 'internal', message: 'Boom' } } } },
    ]);
    const { router } = await renderApp('/new-initiative');
    await userEvent.type(await screen.findByRole('textbox', { name: "The initiative's name" }), 'Southside');
    await userEvent.click(screen.getByRole('button', { name: 'Create the initiative' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(router.state.location.pathname).toBe('/new-initiative');
  });
});
