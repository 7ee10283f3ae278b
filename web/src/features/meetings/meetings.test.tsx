import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, ideaWire, meWire, meetingListWire, meetingWire, seriesWire, uuid } from '../../test/api-fixtures';

const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const ours = { id: uuid(901), title: 'Book the library hall', ownerActorId: bridge.id, dueDate: '2025-04-01', done: false, doneAt: null };
const theirs = { id: uuid(902), title: 'Send the pupil numbers', ownerActorId: school.id, dueDate: '2025-04-15', done: false, doneAt: null };
const held = meetingWire(1, 'Partner meeting March', {
  minutes:
    '## Summer jobs\n\n- **40 places** agreed\n\n<script>window.hacked = true</script><img src=x onerror="window.hacked = true">\n\n' +
    '<div style="position:fixed;inset:0;z-index:9999" class="dialog">Sign in again</div>\n\n' +
    '![](https://tracker.example/pixel.gif) [agenda](javascript:window.hacked=true)',
  agendaItems: [{ id: uuid(911), position: 0, title: 'Round of introductions', notes: '', durationMinutes: 15, indicatorId: null, ideaId: null }],
  attendance: [{ actorId: bridge.id, people: 3 }, { actorId: school.id, people: 2 }],
  decisions: [{ id: uuid(921), position: 0, text: 'Hold a summer job fair in May' }],
  actionItems: [ours, theirs],
});

function api(role: Role, actorIds: string[], extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire(role, actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}/meetings/${held.id}`, answer: { body: held } },
    { path: `/initiatives/${INITIATIVE_ID}/meetings`, answer: { body: { items: [meetingListWire(held)] } } },
    { path: `/initiatives/${INITIATIVE_ID}/meeting-series`, answer: { body: { items: [seriesWire(1, 'Partner meeting')] } } },
    {
      path: `/initiatives/${INITIATIVE_ID}/action-items`,
      answer: { body: { items: [ours, theirs].map((a) => ({ ...a, meetingId: held.id, meetingTitle: held.title, meetingStartsAt: held.startsAt })) } },
    },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge, school] } } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [] } } },
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('meetings', () => {
  it('shows the rhythm in words, the next dates, past meetings and open action items', async () => {
    api('backbone', []);
    await renderApp(`/i/${INITIATIVE_ID}/meetings`);
    expect(await screen.findByText(/^Every 3 months/)).toBeInTheDocument();
    expect(screen.getByText(/14 Jul 2025/)).toBeInTheDocument();
    const past = await screen.findByRole('region', { name: 'Earlier meetings' });
    expect(within(past).getByRole('link', { name: 'Partner meeting March' })).toBeInTheDocument();
    expect(within(past).getByText(/2 organisations · 1 decision · 2 open actions/)).toBeInTheDocument();
    const open = screen.getByRole('table', { name: 'Open action items' });
    expect(within(open).getByRole('row', { name: /Book the library hall/ })).toHaveTextContent('Bridge Club');
    expect(screen.getByRole('button', { name: 'Create the next meeting' })).toBeInTheDocument();
  });

  it('renders the minutes as formatted text, without anything executable', async () => {
    api('steering', []);
    await renderApp(`/i/${INITIATIVE_ID}/meetings/${held.id}`);
    const heading = await screen.findByRole('heading', { name: 'Summer jobs' });
    const minutes = heading.closest('.minutes')!;
    expect(minutes.querySelector('strong')).toHaveTextContent('40 places');
    expect(minutes.querySelector('script')).toBeNull();
    expect(minutes.innerHTML).not.toContain('onerror');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    // No overlay posing as the app, no tracking pixel, no script link.
    expect(minutes.querySelectorAll('[style], [class], img')).toHaveLength(0);
    expect(within(minutes as HTMLElement).getByText('Sign in again')).toBeInTheDocument();
    expect(within(minutes as HTMLElement).getByText('agenda')).not.toHaveAttribute('href');
    expect(screen.getByText('2 organisations, 5 people')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write minutes' })).not.toBeInTheDocument();
  });

  it('lets a partner tick only the action items its own organisation owns', async () => {
    const { calls } = api('partner', [bridge.id], [
      { method: 'PATCH', path: `/initiatives/${INITIATIVE_ID}/meetings/${held.id}/action-items/${ours.id}`, answer: { body: { ...ours, done: true, doneAt: '2025-05-02T10:00:00.000Z' } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/meetings/${held.id}`);
    const mine = await screen.findByRole('checkbox', { name: 'Mark “Book the library hall” as done' });
    const other = screen.getByRole('checkbox', { name: 'Mark “Send the pupil numbers” as done' });
    expect(other).toBeDisabled();
    expect(mine).toBeEnabled();
    await userEvent.click(mine);
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ done: true });
    expect(screen.queryByRole('button', { name: 'Add action item' })).not.toBeInTheDocument();
  });

  it('shows the idea an agenda item weighs, with its status and support, and lets editors choose one', async () => {
    const cafe = ideaWire(1, 'Homework café', {
      status: 'under_discussion',
      supporters: [bridge, school].map((a) => ({ actorId: a.id, actorName: a.name, castByName: null, meetingId: null, createdAt: '2025-03-01T10:00:00.000Z' })),
    });
    const fair = ideaWire(2, 'Summer job fair');
    const withIdea = { ...held, agendaItems: [...held.agendaItems, { id: uuid(912), position: 1, title: 'Ideas', notes: '', durationMinutes: 20, indicatorId: null, ideaId: cafe.id }] };
    const { calls } = api('backbone', [], [
      { path: `/initiatives/${INITIATIVE_ID}/meetings/${held.id}`, answer: { body: withIdea } },
      { method: 'PATCH', path: `/initiatives/${INITIATIVE_ID}/meetings/${held.id}`, answer: { body: withIdea } },
      { path: `/initiatives/${INITIATIVE_ID}/ideas`, answer: { body: { items: [fair, cafe] } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/meetings/${held.id}`);
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    const link = await within(agenda).findByRole('link', { name: 'Homework café' });
    expect(link).toHaveAttribute('href', `/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    const item = link.closest('li')!;
    expect(item).toHaveTextContent('Under discussion');
    expect(item).toHaveTextContent('2 organisations support it');

    await userEvent.click(within(agenda).getByRole('button', { name: 'Change the agenda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the agenda' });
    const [first] = within(dialog).getAllByRole('button', { name: /Idea to discuss$/ });
    await userEvent.click(first!);
    await userEvent.click(await screen.findByRole('option', { name: 'Summer job fair (Proposed)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const sent = calls.find((c) => c.method === 'PATCH')!.body as { agendaItems: { title: string; ideaId: string | null }[] };
    expect(sent.agendaItems.map((i) => [i.title, i.ideaId])).toEqual([
      ['Round of introductions', fair.id],
      ['Ideas', cafe.id],
    ]);
  });
});
