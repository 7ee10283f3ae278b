import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, activityWire, actorWire, ideaCommentWire, ideaWire, meWire, meetingListWire, meetingWire, uuid } from '../../test/api-fixtures';
import { ideasServer } from '../../test/ideas-api';

const NOW = '2025-05-02T09:30:00.000Z';
const ME = uuid(900);
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const schoolGoal = { id: uuid(601), title: 'Everyone finishes school', description: '', position: 0, createdAt: NOW, updatedAt: NOW };
const march = meetingWire(1, 'Partner meeting March');

const cafe = ideaWire(1, 'Homework café', {
  description: 'A quiet room with help for homework.',
  how: 'Open café twice a week',
  when: 'From the autumn term',
  who: 'Volunteers from the associations',
  actorId: school.id,
  actorName: school.name,
  proposedByName: 'Sara Svensson',
  goalIds: [schoolGoal.id],
  status: 'under_discussion',
  supporters: [{ actorId: school.id, actorName: school.name, castByName: 'Backbone Person', meetingId: march.id, createdAt: NOW }],
});
const walks = ideaWire(3, 'Night walks', {
  actorId: bridge.id,
  actorName: bridge.name,
  status: 'declined',
  decisionReason: 'The housing company already runs night walks with the police.',
  decidedAt: '2025-04-15T10:00:00.000Z',
});
const cafeActivity = activityWire(9, 'Homework café at the library', { ideaId: cafe.id, status: 'planned' });

function api(role: Role, actorIds: string[] = [], extra: ApiRoute[] = []) {
  const server = ideasServer({
    ideas: [cafe, walks],
    actorNames: { [bridge.id]: bridge.name },
    activityId: cafeActivity.id,
    details: {
      [cafe.id]: { meetings: [{ id: march.id, title: march.title, startsAt: march.startsAt }] },
      [walks.id]: {
        decisions: [
          { id: uuid(991), fromStatus: 'proposed', toStatus: 'declined', reason: walks.decisionReason!, userName: 'Stina Steering', createdAt: '2025-04-15T10:00:00.000Z' },
        ],
      },
    },
    comments: [
      ideaCommentWire(1, cafe.id, { authorId: ME, authorName: 'Me', text: 'We could lend the room on Tuesdays.' }),
      ideaCommentWire(2, cafe.id, { authorId: uuid(777), authorName: 'Sara Svensson', text: 'Thursdays work for us.' }),
      ideaCommentWire(3, cafe.id, { authorId: uuid(777), authorName: 'Sara Svensson', text: null, deletedAt: NOW }),
    ],
  });
  const stub = stubApi([
    ...extra,
    ...server.routes,
    { path: '/me', answer: { body: meWire(role, actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [schoolGoal] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge, school] } } },
    { path: `/initiatives/${INITIATIVE_ID}/meetings`, answer: { body: { items: [meetingListWire(march)] } } },
    { path: `/initiatives/${INITIATIVE_ID}/activities`, answer: { body: { items: [cafeActivity] } } },
    { path: `/initiatives/${INITIATIVE_ID}/working-groups`, answer: { body: { items: [] } } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [] } } },
  ]);
  return { ...stub, server };
}

const decisions = (calls: { method: string; path: string; body: unknown }[]) => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/decision'));

afterEach(() => vi.unstubAllGlobals());

describe('an idea’s page', () => {
  it('shows a declined idea’s reason to everyone, and a partner no decision panel', async () => {
    api('partner', [bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${walks.id}`);
    const outcome = await screen.findByRole('region', { name: 'Declined on 15 Apr 2025' });
    expect(outcome).toHaveTextContent('Why it was declined:The housing company already runs night walks with the police.');
    expect(outcome).toHaveTextContent('Decided by Stina Steering');
    const history = screen.getByRole('region', { name: 'Decisions' });
    expect(history).toHaveTextContent('Proposed → Declined');
    expect(screen.queryByRole('region', { name: 'Decide' })).not.toBeInTheDocument();
    // Its own organisation's idea, but decided: no more changes, no more support.
    expect(screen.queryByRole('button', { name: 'Change the idea' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Support as/ })).not.toBeInTheDocument();
  });

  it('shows the idea, its supporters with the meeting where they voted, and its meetings', async () => {
    api('partner', [bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Homework café' })).toBeInTheDocument();
    expect(screen.getByText('Proposed by City School (Sara Svensson) on 2 May 2025')).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'The idea' });
    expect(about).toHaveTextContent('A quiet room with help for homework.');
    expect(about).toHaveTextContent('HowOpen café twice a week');
    expect(await within(about).findByText('Everyone finishes school')).toBeInTheDocument();

    const support = screen.getByRole('region', { name: 'Support' });
    expect(within(support).getByText('1 organisation')).toBeInTheDocument();
    const supporters = within(support).getByRole('list', { name: 'Organisations that support the idea' });
    expect(supporters).toHaveTextContent('City School');
    expect(await within(supporters).findByRole('link', { name: 'Partner meeting March' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/meetings/${march.id}`);
    expect(within(support).getByRole('button', { name: 'Support as Bridge Club' })).toHaveAttribute('aria-pressed', 'false');
    // The vote register is the backbone's.
    expect(within(support).queryByRole('group', { name: 'Record an organisation’s vote' })).not.toBeInTheDocument();

    const meetings = screen.getByRole('region', { name: 'On meeting agendas' });
    expect(within(meetings).getByRole('link', { name: 'Partner meeting March' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/meetings/${march.id}`);
  });

  it('lets the steering group decline only with a reason, which everyone then reads', async () => {
    const { calls } = api('steering');
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    const panel = await screen.findByRole('region', { name: 'Decide' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Decline…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the idea' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline the idea' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription(/Write why the idea is declined: its proposers see the reason\./);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline the idea' }));
    expect(decisions(calls)).toHaveLength(0);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'The library is closed in the evenings.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline the idea' }));
    const outcome = await screen.findByRole('region', { name: 'Declined on 20 May 2025' });
    expect(outcome).toHaveTextContent('The library is closed in the evenings.');
    expect(decisions(calls).map((c) => c.body)).toEqual([{ status: 'declined', reason: 'The library is closed in the evenings.' }]);
    expect(screen.getByRole('region', { name: 'Decisions' })).toHaveTextContent('Under discussion → Declined');
  });

  it('lets the backbone accept with the activity prefilled from the idea, then leads to that activity', async () => {
    const { calls } = api('backbone');
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the idea' });
    const title = within(dialog).getByRole('textbox', { name: /Title of the activity/ });
    expect(title).toHaveValue('Homework café');
    expect(within(dialog).getByRole('textbox', { name: /^How/ })).toHaveValue('Open café twice a week');
    await userEvent.clear(title);
    await userEvent.type(title, 'Homework café at the library');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accept and create the activity' }));

    const outcome = await screen.findByRole('region', { name: 'Accepted on 20 May 2025' });
    expect(decisions(calls).map((c) => c.body)).toEqual([
      {
        status: 'accepted',
        activity: {
          title: 'Homework café at the library',
          how: 'Open café twice a week',
          when: 'From the autumn term',
          who: 'Volunteers from the associations',
          startDate: null,
          endDate: null,
        },
      },
    ]);
    const link = await within(outcome).findByRole('link', { name: 'Homework café at the library' });
    expect(link).toHaveAttribute('href', `/i/${INITIATIVE_ID}/activities?activity=${cafeActivity.id}`);

    // The activity opens, and leads back to the idea it grew from.
    await userEvent.click(link);
    const details = await screen.findByRole('dialog', { name: 'Homework café at the library' });
    expect(within(details).getByRole('link', { name: 'Grew from an idea' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    await userEvent.click(within(details).getByRole('link', { name: 'Grew from an idea' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`));
  });

  it('lets the backbone record an organisation’s vote given at a meeting', async () => {
    const { calls } = api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    const register = await screen.findByRole('group', { name: 'Record an organisation’s vote' });
    await userEvent.click(within(register).getByRole('button', { name: 'Record the vote' }));
    expect(within(register).getByText('Choose the organisation whose vote you record.')).toBeInTheDocument();
    await userEvent.click(within(register).getByRole('button', { name: /Organisation$/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Bridge Club' }));
    await userEvent.click(within(register).getByRole('button', { name: /Given at the meeting$/ }));
    await userEvent.click(await screen.findByRole('option', { name: /Partner meeting March/ }));
    await userEvent.click(within(register).getByRole('button', { name: 'Record the vote' }));

    const support = screen.getByRole('region', { name: 'Support' });
    expect(await within(support).findByText('2 organisations')).toBeInTheDocument();
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put.map((c) => [c.path, c.body])).toEqual([[`/initiatives/${INITIATIVE_ID}/ideas/${cafe.id}/votes/${bridge.id}`, { meetingId: march.id }]]);
    expect(within(support).getByRole('button', { name: 'Remove the support of Bridge Club' })).toBeInTheDocument();
  });

  it('holds the discussion: own comments editable, deleted ones marked, new ones sent', async () => {
    const { calls } = api('partner', [bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    const discussion = await screen.findByRole('region', { name: 'Discussion' });
    const comments = await within(discussion).findAllByRole('listitem');
    expect(comments.map((c) => c.textContent)).toEqual([
      expect.stringContaining('We could lend the room on Tuesdays.'),
      expect.stringContaining('Thursdays work for us.'),
      expect.stringContaining('This comment was deleted.'),
    ]);
    expect(within(comments[0]!).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(comments[0]!).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(within(comments[1]!).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.type(within(discussion).getByRole('textbox', { name: 'Write a comment' }), 'We can bring snacks.');
    await userEvent.click(within(discussion).getByRole('button', { name: 'Send' }));
    expect(await within(discussion).findByText('We can bring snacks.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ text: 'We can bring snacks.' }]);
    expect(within(discussion).getByRole('textbox', { name: 'Write a comment' })).toHaveValue('');
  });

  it('lets the proposing organisation change or delete its idea while it waits', async () => {
    const { calls } = api('partner', [school.id], [
      { method: 'PATCH', path: `/initiatives/${INITIATIVE_ID}/ideas/${cafe.id}`, answer: { body: { ...cafe, title: 'Homework café on Tuesdays' } } },
      { method: 'DELETE', path: `/initiatives/${INITIATIVE_ID}/ideas/${cafe.id}`, answer: { status: 204 } },
    ]);
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Change the idea' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the idea' });
    const title = within(dialog).getByRole('textbox', { name: /Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Homework café on Tuesdays');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({ title: 'Homework café on Tuesdays', goalIds: [schoolGoal.id] });
    expect(calls.find((c) => c.method === 'PATCH')!.body).not.toHaveProperty('actorId');

    await userEvent.click(await screen.findByRole('button', { name: 'Delete the idea' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Homework café”?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete the idea' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}/ideas`));
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`/initiatives/${INITIATIVE_ID}/ideas/${cafe.id}`]);
  });

  it('offers no changes to a partner of another organisation', async () => {
    api('partner', [bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Homework café' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change the idea' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete the idea' })).not.toBeInTheDocument();
  });
});
