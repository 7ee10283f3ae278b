import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, completenessWire, meWire, uuid } from '../../test/api-fixtures';

const bridge = { id: uuid(101), name: 'Bridge Club' };
const school = { id: uuid(102), name: 'City School' };
const a1 = { id: uuid(201), code: 'A1', name: 'Homework help hours', frequency: 'quarter' as const };
const a2 = { id: uuid(202), code: 'A2', name: 'Pupils passing', frequency: 'quarter' as const };
const b1 = { id: uuid(203), code: 'B1', name: 'Monthly visitors', frequency: 'month' as const };

const answer = completenessWire({
  period: '2025-Q1',
  dueDate: '2025-04-30',
  actors: [school, bridge],
  indicators: [a1, a2, b1],
  cells: [
    { indicatorId: a1.id, actorId: bridge.id, state: 'reported', periods: ['2025-Q1'] },
    { indicatorId: a2.id, actorId: bridge.id, state: 'reported', periods: ['2025-Q1'] },
    { indicatorId: b1.id, actorId: bridge.id, state: 'notDue', periods: [] },
    { indicatorId: a1.id, actorId: school.id, state: 'late', periods: ['2025-Q1'] },
    { indicatorId: a2.id, actorId: school.id, state: 'returned', periods: ['2025-Q1'] },
    { indicatorId: b1.id, actorId: school.id, state: 'notDue', periods: [] },
  ],
  summary: { reported: 2, missing: 0, late: 1, returned: 1, notDue: 2 },
});

afterEach(() => vi.unstubAllGlobals());

describe('reporting completeness', () => {
  it('draws who has reported what, with marks in words and totals per organisation and indicator', async () => {
    const { calls } = stubApi([
      { path: '/me', answer: { body: meWire('backbone') } },
      { path: `/initiatives/${INITIATIVE_ID}/completeness`, answer: { body: answer } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/completeness?period=2025-Q1`);
    const table = await screen.findByRole('table', { name: 'Reporting for Q1 2025' });
    expect(calls.find((c) => c.path.endsWith('/completeness'))!.url.searchParams.get('period')).toBe('2025-Q1');

    const school = within(table).getByRole('row', { name: /City School/ });
    const cells = within(school).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Late');
    expect(cells[1]).toHaveTextContent('Sent back');
    expect(cells[2]).toHaveTextContent('Not due');
    expect(cells[3]).toHaveTextContent('0 of 2');
    expect(within(within(table).getByRole('row', { name: /Bridge Club/ })).getAllByRole('cell')[3]).toHaveTextContent('2 of 2');

    const totals = within(table).getAllByRole('row').at(-1)!;
    expect(within(totals).getAllByRole('cell')[0]).toHaveTextContent('1 of 2');
    expect(within(totals).getAllByRole('cell')[2]).toHaveTextContent('–');

    expect(screen.getByText('2 of 4 figures reported for Q1 2025')).toBeInTheDocument();
    // The period's due date, from the answer.
    expect(screen.getByText('Was due 30 Apr 2025')).toBeInTheDocument();
    expect(screen.getByText('50.0%')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: /Only show organisations with something missing/ }));
    expect(within(table).queryByRole('row', { name: /Bridge Club/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /City School/ })).toBeInTheDocument();
  });

  it('lets the backbone remind one organisation, or everyone with missing figures, and shows when they were reminded', async () => {
    const remindedAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    const posts: unknown[] = [];
    let status = { period: '2025-Q1', actors: [{ actorId: school.id, remindedAt: null as string | null, userCount: 2 }, { actorId: bridge.id, remindedAt, userCount: 1 }] };
    stubApi([
      { path: '/me', answer: { body: meWire('backbone') } },
      { path: `/initiatives/${INITIATIVE_ID}/completeness`, answer: { body: answer } },
      { path: `/initiatives/${INITIATIVE_ID}/reminders`, answer: () => ({ body: status }) },
      {
        method: 'POST',
        path: `/initiatives/${INITIATIVE_ID}/reminders`,
        answer: ({ body }) => {
          posts.push(body);
          // The first time a colleague has just reminded them (this screen did not know yet).
          if (posts.length === 1) {
            return { status: 409, body: { error: { code: 'conflict', message: 'x', details: [{ actorId: school.id, remindedAt: new Date().toISOString() }] } } };
          }
          status = { ...status, actors: [{ actorId: school.id, remindedAt: new Date().toISOString(), userCount: 2 }, status.actors[1]] };
          return {
            body: {
              period: '2025-Q1',
              reminded: [{ actorId: school.id, actorName: 'City School', indicatorCount: 2, users: [{ id: uuid(901), name: 'Ann', emailed: true }, { id: uuid(902), name: 'Bo', emailed: false }] }],
              withoutUsers: [],
              skipped: [],
            },
          };
        },
      },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/completeness?period=2025-Q1`);
    const table = await screen.findByRole('table', { name: 'Reporting for Q1 2025' });
    // Bridge Club has everything in: no button, but when it was last reminded.
    const bridgeRow = within(table).getByRole('row', { name: /Bridge Club/ });
    await waitFor(() => expect(bridgeRow).toHaveTextContent('Reminded'));
    expect(within(bridgeRow).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Remind City School' }));
    expect(posts[0]).toEqual({ period: '2025-Q1', actorIds: [school.id] });
    expect(await screen.findByText('Already reminded less than an hour ago: City School. Try again later.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remind everyone with missing figures' }));
    expect(posts[1]).toEqual({ period: '2025-Q1' });
    expect(await screen.findByText('Reminder sent to City School.')).toBeInTheDocument();
    expect(screen.getByText('2 people got it in the app. 1 of them by e-mail too.')).toBeInTheDocument();
    // Reminded just now: the buttons wait for the hour to pass.
    await waitFor(() => expect(within(table).getByRole('button', { name: 'Remind City School' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Remind everyone with missing figures' })).toBeDisabled();
    expect(within(table).getByRole('row', { name: /City School/ })).toHaveTextContent('Reminded');
  });

  it('offers no reminders to the steering group', async () => {
    stubApi([
      { path: '/me', answer: { body: meWire('steering') } },
      { path: `/initiatives/${INITIATIVE_ID}/completeness`, answer: { body: answer } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/completeness?period=2025-Q1`);
    await screen.findByRole('table', { name: 'Reporting for Q1 2025' });
    expect(screen.queryByRole('button', { name: /Remind/ })).not.toBeInTheDocument();
  });

  it('says so when the reporting could not be fetched', async () => {
    stubApi([
      { path: '/me', answer: { body: meWire('steering') } },
      { path: `/initiatives/${INITIATIVE_ID}/completeness`, answer: { status: 500, body: { error: { code: 'internal', message: 'x' } } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/completeness`);
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('Something went wrong');
  });
});
