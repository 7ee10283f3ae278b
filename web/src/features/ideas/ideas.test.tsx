import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, ideaDetailWire, ideaWire, meWire, uuid } from '../../test/api-fixtures';
import { ideasServer } from '../../test/ideas-api';

const NOW = '2025-05-02T09:30:00.000Z';
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const library = actorWire(3, 'Library');
const schoolGoal = { id: uuid(601), title: 'Everyone finishes school', description: '', position: 0, createdAt: NOW, updatedAt: NOW };
const workGoal = { id: uuid(602), title: 'Young people in work', description: '', position: 1, createdAt: NOW, updatedAt: NOW };
const supporter = (actor: { id: string; name: string }) => ({ actorId: actor.id, actorName: actor.name, castByName: null, meetingId: null, createdAt: NOW });

const cafe = ideaWire(1, 'Homework café', {
  actorId: school.id,
  actorName: school.name,
  goalIds: [schoolGoal.id],
  status: 'under_discussion',
  supporters: [supporter(school), supporter(library)],
  supportCount: 2,
  createdAt: '2025-03-01T10:00:00.000Z',
});
const fair = ideaWire(2, 'Summer job fair', {
  actorId: library.id,
  actorName: library.name,
  goalIds: [workGoal.id],
  supporters: [supporter(library)],
  supportCount: 1,
  createdAt: '2025-04-20T10:00:00.000Z',
});
const walks = ideaWire(3, 'Night walks', {
  actorId: bridge.id,
  actorName: bridge.name,
  status: 'declined',
  decisionReason: 'The housing company already runs night walks with the police.',
  decidedAt: '2025-04-15T10:00:00.000Z',
  createdAt: '2025-02-01T10:00:00.000Z',
});
const buddies = ideaWire(4, 'Reading buddies', { actorId: school.id, actorName: school.name, goalIds: [schoolGoal.id], createdAt: '2025-04-01T10:00:00.000Z' });

function api(role: Role, actorIds: string[] = [], extra: ApiRoute[] = []) {
  const server = ideasServer({ ideas: [cafe, fair, walks, buddies], actorNames: { [bridge.id]: bridge.name } });
  const stub = stubApi([
    ...extra,
    ...server.routes,
    { path: '/me', answer: { body: meWire(role, actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [schoolGoal, workGoal] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge, school, library] } } },
  ]);
  return { ...stub, server };
}

const titles = () => screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
const listRequests = (calls: { method: string; path: string; url: URL }[]) =>
  calls.filter((c) => c.method === 'GET' && c.path === `/initiatives/${INITIATIVE_ID}/ideas`).map((c) => Object.fromEntries(c.url.searchParams));

afterEach(() => vi.unstubAllGlobals());

describe('ideas list', () => {
  it('shows the most supported first, then sorts and filters through the address and the API', async () => {
    const { calls } = api('steering');
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/ideas`);
    expect(await screen.findByText('4 ideas')).toBeInTheDocument();
    // The server's order: most organisations first (ties as they come).
    expect(titles()).toEqual(['Homework café', 'Summer job fair', 'Night walks', 'Reading buddies']);

    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('link', { name: 'Homework café' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/ideas/${cafe.id}`);
    expect(first).toHaveTextContent('Proposed by City School');
    expect(within(first).getByText('Under discussion')).toBeInTheDocument();
    expect(await within(first).findByText('Everyone finishes school')).toBeInTheDocument();
    expect(within(first).getByText('2 organisations')).toBeInTheDocument();
    // Everyone reads why an idea was declined, in the list already.
    expect(screen.getAllByRole('article')[2]).toHaveTextContent('Why it was declined: The housing company already runs night walks with the police.');
    // The steering group speaks for no organisation: nothing to support, nothing to propose for.
    expect(screen.queryByRole('button', { name: /^Support/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Propose an idea' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Newest' }));
    await waitFor(() => expect(titles()).toEqual(['Summer job fair', 'Reading buddies', 'Homework café', 'Night walks']));
    expect(listRequests(calls).at(-1)).toEqual({ sort: 'newest' });

    await userEvent.click(screen.getByRole('button', { name: /Show$/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Waiting for a decision' }));
    await waitFor(() => expect(titles()).toEqual(['Summer job fair', 'Reading buddies', 'Homework café']));
    expect(listRequests(calls).at(-1)).toEqual({ sort: 'newest', open: 'true' });

    await userEvent.click(screen.getByRole('button', { name: /Goal$/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Everyone finishes school' }));
    await waitFor(() => expect(titles()).toEqual(['Reading buddies', 'Homework café']));
    expect(listRequests(calls).at(-1)).toEqual({ sort: 'newest', open: 'true', goalId: schoolGoal.id });
    expect(new URLSearchParams(router.state.location.search).get('show')).toBe('open');

    await userEvent.click(screen.getByRole('button', { name: /Show$/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Declined' }));
    expect(await screen.findByText('No idea matches the filters')).toBeInTheDocument();
    expect(listRequests(calls).at(-1)).toEqual({ sort: 'newest', status: 'declined', goalId: schoolGoal.id });
  });

  it('lets a partner support an idea for its own organisation, one vote that it can take back', async () => {
    const { calls } = api('partner', [bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas`);
    const card = (await screen.findByRole('link', { name: 'Reading buddies' })).closest('article')!;
    expect(within(card).getByText('0 organisations')).toBeInTheDocument();
    const button = within(card).getByRole('button', { name: 'Support as Bridge Club: Reading buddies' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    // A decided idea takes no more support.
    const declined = screen.getByRole('link', { name: 'Night walks' }).closest('article')!;
    expect(within(declined).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(button);
    expect(await within(card).findByText('1 organisation')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put.map((c) => c.path)).toEqual([`/initiatives/${INITIATIVE_ID}/ideas/${buddies.id}/votes/${bridge.id}`]);
    expect(put[0]!.body).toBeUndefined();

    await userEvent.click(button);
    expect(await within(card).findByText('0 organisations')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`/initiatives/${INITIATIVE_ID}/ideas/${buddies.id}/votes/${bridge.id}`]);
  });

  it('lets a partner propose an idea for its own organisation, then shows it', async () => {
    const created = ideaWire(9, 'Football after school', { actorId: bridge.id, actorName: bridge.name, proposedByName: 'Partner Person', goalIds: [schoolGoal.id] });
    const { calls } = api('partner', [bridge.id], [
      { method: 'POST', path: `/initiatives/${INITIATIVE_ID}/ideas`, answer: { status: 201, body: created } },
      { path: `/initiatives/${INITIATIVE_ID}/ideas/${created.id}`, answer: { body: ideaDetailWire(created) } },
    ]);
    const { router } = await renderApp(`/i/${INITIATIVE_ID}/ideas`);
    await userEvent.click(await screen.findByRole('button', { name: 'Propose an idea' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose an idea' });
    // A partner proposes for its own organisation only: no choice to make.
    expect(within(dialog).getByText('Bridge Club')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Proposed by/ })).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the idea' }));
    expect(within(dialog).getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(/Fill in this field/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Football after school');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Description/ }), 'Two evenings a week on the school pitch.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Who/ }), 'Our coaches');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Everyone finishes school' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the idea' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Football after school' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: 'Football after school',
      description: 'Two evenings a week on the school pitch.',
      how: '',
      when: '',
      who: 'Our coaches',
      goalIds: [schoolGoal.id],
      actorId: bridge.id,
    });
    expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}/ideas/${created.id}`);
    expect(screen.getByText('Proposed by Bridge Club (Partner Person) on 2 May 2025')).toBeInTheDocument();
  });

  it('lets the backbone propose for any organisation, and says so when none is chosen', async () => {
    const { calls } = api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/ideas`);
    await userEvent.click(await screen.findByRole('button', { name: 'Propose an idea' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose an idea' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Parents’ evening');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the idea' }));
    expect(await within(dialog).findByText('Choose the organisation that proposes the idea.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: /Proposed by/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Bridge Club', 'City School', 'Library']);
  });

  it('explains an empty list and invites the first idea', async () => {
    stubApi([
      { path: '/me', answer: { body: meWire('partner', [bridge.id]) } },
      { path: `/initiatives/${INITIATIVE_ID}/ideas`, answer: { body: { items: [] } } },
      { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [] } } },
      { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/ideas`);
    expect(await screen.findByText('No ideas yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Propose an idea' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toHaveTextContent('Ideas');
  });
});
