import { screen, within } from '@testing-library/react';
import { giveLayoutSize, renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, measurementWire, meWire } from '../../test/api-fixtures';

// A partner's sheet holds what its organisation is asked for in the period (the shared
// expected-reporter rule), and shows what was sent back and why.
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School', { sector: 'education' });
const homework = indicatorWire(1, 'A1', 'Homework help hours', { decimals: 1, reportingFrom: '2024-Q1' });
const schoolOnly = indicatorWire(2, 'A2', 'Pupils passing', { expectedActorIds: [school.id] });
const newer = indicatorWire(3, 'A3', 'Mentoring pairs', { reportingFrom: '2025-Q2' });
const area = indicatorWire(4, 'B1', 'Youth unemployment in the area', { actorAggregation: 'none', timeAggregation: 'last' });
const REASON = 'Twelve looks low – did you include the spring term?';
const returned = measurementWire(1, {
  indicatorId: homework.id,
  actorId: bridge.id,
  period: '2025-Q1',
  value: 12,
  status: 'returned',
  returnReason: REASON,
});
const draft = measurementWire(2, { indicatorId: homework.id, actorId: school.id, period: '2025-Q1', value: 30, status: 'draft' });

function api(actorIds: string[]) {
  return stubApi([
    { path: '/me', answer: { body: meWire('partner', actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [homework, schoolOnly, newer, area] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [school, bridge] } } },
    {
      path: `/initiatives/${INITIATIVE_ID}/measurements`,
      answer: ({ url }) => ({ body: measurementPage([returned, draft].filter((m) => m.period === url.searchParams.get('period'))) }),
    },
  ]);
}

function rowHeaders() {
  return [...document.querySelectorAll('.entry-grid__row-header')].map((el) => el.getAttribute('title'));
}

beforeEach(() => giveLayoutSize());
afterEach(() => vi.restoreAllMocks());

describe('a partner’s sheet', () => {
  it('has only the indicators its organisation is asked for in the period, and no transpose for one organisation', async () => {
    api([bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q1`);
    await screen.findByText('Bridge Club');
    // A2 is City School's alone, A3 starts in Q2, B1 is the backbone's.
    expect(rowHeaders()).toEqual(['A1 Homework help hours']);
    expect(screen.queryByText('Organisations as rows')).not.toBeInTheDocument();
  });

  it('adds an indicator from its first reporting period on', async () => {
    api([bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q2`);
    await screen.findByText('Bridge Club');
    expect(rowHeaders()).toEqual(['A1 Homework help hours', 'A3 Mentoring pairs']);
  });

  it('says so kindly when nothing is asked for in the period', async () => {
    api([bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=2023-Q4`);
    expect(await screen.findByText('Nothing to report for Q4 2023')).toBeInTheDocument();
    expect(screen.getByText(/Your organisation is not asked for any figures for this period/)).toBeInTheDocument();
    expect(document.querySelector('.entry-grid')).toBeNull();
  });

  it('marks a value that was sent back, with the reason on hover, as the cell’s description and under the cursor', async () => {
    api([bridge.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q1&indicator=${homework.id}`);
    const cell = await screen.findByRole('textbox', { name: 'A1 Homework help hours – Bridge Club' });
    expect(cell.closest('.dsg-cell')).toHaveClass('entry-cell--returned');
    expect(cell).toHaveAccessibleDescription(`Sent back: ${REASON}`);
    expect(cell.closest('[title]')).toHaveAttribute('title', `Sent back: ${REASON}`);
    // The link put the cursor on the indicator's cell: the line above the sheet says what it is and why it came back.
    const info = document.querySelector('.entry-info') as HTMLElement;
    expect(within(info).getByText(/A1 Homework help hours/)).toBeInTheDocument();
    expect(info).toHaveTextContent(`Sent back: ${REASON}`);
    expect(screen.getByRole('list', { name: 'What the cells mean' })).toHaveTextContent('Sent back: point at the cell or move onto it to read why');
  });

  it('shows both organisations of a partner that speaks for two, greys out what one is not asked for, and marks drafts', async () => {
    api([bridge.id, school.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=2025-Q1`);
    await screen.findByText('Bridge Club');
    expect(rowHeaders()).toEqual(['A1 Homework help hours', 'A2 Pupils passing']);
    expect(screen.getByText('Organisations as rows')).toBeInTheDocument();
    const notAsked = screen.getByRole('textbox', { name: 'A2 Pupils passing – Bridge Club' });
    expect(notAsked.closest('.dsg-cell')).toHaveClass('entry-cell--none');
    expect(notAsked.closest('.dsg-cell')).toHaveClass('dsg-cell-disabled');
    const schoolDraft = screen.getByRole('textbox', { name: 'A1 Homework help hours – City School' });
    expect(schoolDraft.closest('.dsg-cell')).toHaveClass('entry-cell--draft');
    expect(schoolDraft).toHaveAccessibleDescription(/This is a draft/);
    expect(screen.getByRole('textbox', { name: 'A2 Pupils passing – City School' }).closest('.dsg-cell')).not.toHaveClass('entry-cell--none');
  });
});
