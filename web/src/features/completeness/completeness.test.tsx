import { screen, within } from '@testing-library/react';
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

  it('says so when the reporting could not be fetched', async () => {
    stubApi([
      { path: '/me', answer: { body: meWire('steering') } },
      { path: `/initiatives/${INITIATIVE_ID}/completeness`, answer: { status: 500, body: { error: { code: 'internal', message: 'x' } } } },
    ]);
    await renderApp(`/i/${INITIATIVE_ID}/completeness`);
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('Something went wrong');
  });
});
