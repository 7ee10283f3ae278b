import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, activityWire, actorWire, meWire, meetingListWire, meetingWire, uuid } from '../../test/api-fixtures';

const NOW = '2025-05-02T09:30:00.000Z';
const school = { id: uuid(601), title: 'Everyone finishes school', description: '', position: 0, createdAt: NOW, updatedAt: NOW };
const bridge = actorWire(1, 'Bridge Club');
const fair = activityWire(1, 'Summer job fair', { status: 'planned', goalIds: [school.id], leadActorId: bridge.id, startDate: '2025-04-01', endDate: '2025-06-30' });
const cafe = activityWire(2, 'Homework café', { status: 'ongoing', how: 'Open café in the library twice a week' });
const walk = activityWire(3, 'Night walks', { status: 'done' });
const meeting = meetingListWire(meetingWire(1, 'Partner meeting March', { startsAt: '2025-03-11T17:00:00.000Z', endsAt: '2025-03-11T19:00:00.000Z' }));

function api(role: Role, extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire(role) } },
    { path: `/initiatives/${INITIATIVE_ID}/activities`, answer: { body: { items: [walk, cafe, fair] } } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [school] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
    { path: `/initiatives/${INITIATIVE_ID}/working-groups`, answer: { body: { items: [] } } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [] } } },
    { path: `/initiatives/${INITIATIVE_ID}/meetings`, answer: { body: { items: [meeting] } } },
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('activities', () => {
  it('filters by words in the planning text, as one types, and keeps the filter in the address', async () => {
    api('partner');
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/activities`);
    expect(await screen.findByText('3 activities')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an activity' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'library');
    expect(screen.getByText('1 activity')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Homework café' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('q=library');
  });

  it('shows a board with one column per status, and lets editors move a card', async () => {
    const { calls } = api('backbone', [
      { method: 'PATCH', path: `/initiatives/${INITIATIVE_ID}/activities/${fair.id}`, answer: { body: { ...fair, status: 'ongoing' } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/activities?view=board`);
    const ongoing = await screen.findByRole('region', { name: /^Ongoing/ });
    expect(within(ongoing).getByText('Homework café')).toBeInTheDocument();
    const planned = screen.getByRole('region', { name: /^Planned/ });
    await userEvent.click(within(planned).getByRole('button', { name: 'Move to… (“Summer job fair”)' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Ongoing' }));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe(`/initiatives/${INITIATIVE_ID}/activities/${fair.id}`);
    expect(patch?.body).toEqual({ status: 'ongoing' });
  });

  it('draws the year month by month, with activities as bars and meetings as dates', async () => {
    api('steering');
    await renderApp(`/i/${INITIATIVE_ID}/activities?view=year&year=2025`);
    const table = await screen.findByRole('table', { name: 'Activities and meetings in 2025, month by month' });
    const row = within(table).getByRole('row', { name: /Summer job fair/ });
    // April to June: one cell spanning three months after three empty months.
    const bar = within(row).getByText('Planned').closest('td')!;
    expect(bar).toHaveAttribute('colspan', '3');
    expect(await within(table).findByRole('link', { name: /Partner meeting March/ })).toHaveTextContent('11');
    expect(screen.getByText(/Without dates: Night walks, Homework café|Without dates: Homework café, Night walks/)).toBeInTheDocument();
  });

  it('shows each activity with its priority, and an editor moves one to the top with the keyboard', async () => {
    // Priorities 1, 2, 3: the fair, the café, the walks. The server's order follows the PUT.
    let current = [fair, cafe, walk];
    const { calls } = api('backbone', [
      {
        method: 'PUT',
        path: `/initiatives/${INITIATIVE_ID}/activities/order`,
        answer: ({ body }) => {
          current = (body as { ids: string[] }).ids.map((id, priority) => ({ ...[walk, cafe, fair].find((a) => a.id === id)!, priority }));
          return { body: { items: current } };
        },
      },
      { path: `/initiatives/${INITIATIVE_ID}/activities`, answer: () => ({ body: { items: current } }) },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/activities`);
    const list = await screen.findByRole('grid', { name: 'Activities in priority order' });
    const titles = () => within(list).getAllByRole('row').map((row) => row.getAttribute('aria-label'));
    expect(titles()).toEqual(['Summer job fair', 'Homework café', 'Night walks']);
    expect(within(within(list).getAllByRole('row')[2]!).getByText('Priority 3')).toBeInTheDocument();

    // Keyboard only: to the third row, into its handle, pick it up, up past the two others, drop.
    act(() => within(list).getAllByRole('row')[0]!.focus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Move “Night walks” in the priority order');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Insert before Summer job fair');
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('“Night walks” now has priority 1 of 3.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ ids: [walk.id, fair.id, cafe.id] }]);
    expect(titles()).toEqual(['Night walks', 'Summer job fair', 'Homework café']);
    expect(within(within(list).getAllByRole('row')[0]!).getByText('Priority 1')).toBeInTheDocument();
  });

  it('shows the priority without drag handles to people who may not reorder', async () => {
    api('steering');
    await renderApp(`/i/${INITIATIVE_ID}/activities`);
    const list = await screen.findByRole('list', { name: 'Activities in priority order' });
    expect(within(list).getAllByRole('listitem')[2]).toHaveTextContent(/Priority 3.*Night walks/);
    expect(screen.queryByRole('button', { name: /in the priority order/ })).not.toBeInTheDocument();
  });
});
