import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, indicatorWire, initiativeWire, meWire, uuid } from '../../test/api-fixtures';

const NOW = '2025-05-02T09:30:00.000Z';
const goal = (n: number, title: string, position: number) => ({ id: uuid(600 + n), title, description: '', position, createdAt: NOW, updatedAt: NOW });
const goals = [goal(1, 'Everyone finishes school', 0), goal(2, 'Young people find work', 1), goal(3, 'Safe and lively streets', 2)];

function api(role: Role, extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire(role) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: goals } } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [indicatorWire(1, 'A1', 'Pupils passing', { goalId: goals[0]!.id })] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [] } } },
    { path: `/initiatives/${INITIATIVE_ID}/working-groups`, answer: { body: { items: [] } } },
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('common agenda editor', () => {
  it('moves a goal with the keyboard-friendly buttons and sends the whole new order', async () => {
    // The server's order changes with the PUT, so the list read back afterwards has it too.
    let current = goals;
    const { calls } = api('backbone', [
      {
        method: 'PUT',
        path: `/initiatives/${INITIATIVE_ID}/goals/order`,
        answer: ({ body }) => {
          current = (body as { ids: string[] }).ids.map((id, i) => ({ ...goals.find((g) => g.id === id)!, position: i }));
          return { body: { items: current } };
        },
      },
      { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: () => ({ body: { items: current } }) },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=goals`);
    const down = await screen.findByRole('button', { name: 'Move Everyone finishes school down' });
    expect(screen.getByRole('button', { name: 'Move Everyone finishes school up' })).toBeDisabled();
    await userEvent.click(down);

    const order = calls.find((c) => c.method === 'PUT' && c.path.endsWith('/goals/order'));
    expect(order!.body).toEqual({ ids: [goals[1]!.id, goals[0]!.id, goals[2]!.id] });
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('agenda-item'));
    expect(within(items[0]!).getByRole('heading')).toHaveTextContent('Young people find work');
    expect(screen.getByRole('status')).toHaveTextContent('“Everyone finishes school” is now number 2 of 3.');
  });

  it('explains each choice of an indicator and checks its rules before sending', async () => {
    const { calls } = api('admin');
    await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=indicators`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add an indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an indicator' });

    expect(within(dialog).getByText(/12 \+ 30 \+ 8 participants make 50 participants/)).toBeInTheDocument();
    expect(within(dialog).getByText(/members at the end of the year/)).toBeInTheDocument();

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Code' }), 'B2');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Summer jobs');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting value' }), '120');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting period' }), '2024');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByText('This indicator is reported per quarter, but 2024 is not a quarter.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('moves percentage indicators to the aggregation that adds up correctly', async () => {
    api('admin');
    await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=indicators`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add an indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an indicator' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Average For scores/ }));
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Percentage/ }));
    expect(within(dialog).getByRole('radio', { name: /^Add up The counted numbers are added up/ })).toBeChecked();
    expect(within(dialog).queryByRole('radio', { name: /Average For scores/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Unit' })).toHaveValue('%');
  });

  it('has a new organisation join today unless told otherwise, and sends the day it is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    try {
      const { calls } = api('backbone', [
        {
          method: 'POST',
          path: `/initiatives/${INITIATIVE_ID}/actors`,
          answer: ({ body }) => ({ status: 201, body: { id: uuid(700), ...(body as object), createdAt: NOW, updatedAt: NOW } }),
        },
      ]);
      await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=actors`);
      await userEvent.click(await screen.findByRole('button', { name: 'Add an organisation' }));
      const dialog = await screen.findByRole('dialog', { name: 'Add an organisation' });
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Youth club');
      // The day as the app's language writes it (English: day/month/year), not the browser's.
      const joined = await within(dialog).findByRole('group', { name: 'Joined on' });
      expect(joined).toHaveTextContent('02/05/2025');
      // A day typed into the field, one segment after the other.
      await userEvent.click(within(joined).getAllByRole('spinbutton')[0]!);
      await userEvent.keyboard('01042025');
      expect(joined).toHaveTextContent('01/04/2025');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      const posted = calls.find((c) => c.method === 'POST' && c.path.endsWith('/actors'));
      expect(posted?.body).toMatchObject({ name: 'Youth club', joinedOn: '2025-04-01' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells people who may not change the agenda so, without forms', async () => {
    api('steering');
    await renderApp(`/i/${INITIATIVE_ID}/agenda`);
    expect(await screen.findByText('Only the backbone changes the common agenda.')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });
});
