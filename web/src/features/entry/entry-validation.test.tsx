import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { giveLayoutSize, pasteText, renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, meWire } from '../../test/api-fixtures';

// The same rules as the server's (valueRuleIssues): what the server would refuse is shown in the
// sheet, and nothing is sent.
const PERIOD = '2025-Q1';
const bridge = actorWire(1, 'Bridge Club');
const pupils = indicatorWire(1, 'C1', 'Pupils in homework help', { decimals: 0 });
const hours = indicatorWire(2, 'H1', 'Volunteer hours', { decimals: 1, unit: 'hours' });
const passing = indicatorWire(3, 'S1', 'Pupils passing', { measureType: 'percentage', unit: '%' });
const visits = indicatorWire(4, 'R1', 'Return visits per first visit', { measureType: 'percentage', unit: '%', numeratorCanExceedDenominator: true });

function api() {
  return stubApi([
    {
      method: 'PUT',
      path: `/initiatives/${INITIATIVE_ID}/measurements`,
      answer: { status: 500, body: { error: { code: 'internal_error', message: 'not expected in this test' } } },
    },
    { path: '/me', answer: { body: meWire('backbone') } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [pupils, hours, passing, visits] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge] } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([]) } },
  ]);
}

/** Rows: C1, H1, S1 numerator, S1 denominator, R1 numerator, R1 denominator; one column, Bridge Club. */
function moveTo(row: number) {
  const entry = document.querySelector('.entry-grid [tabindex="0"]') as HTMLElement;
  act(() => entry.focus());
  for (let i = 0; i < row; i++) fireEvent.keyDown(document, { key: 'ArrowDown', code: 'ArrowDown' });
}

function input(name: RegExp) {
  return screen.getAllByRole('textbox').find((el) => name.test(el.getAttribute('aria-label') ?? ''))!;
}

beforeEach(() => giveLayoutSize());
afterEach(() => vi.restoreAllMocks());

describe('values checked in the sheet by the server’s rules', () => {
  it('refuses decimals an indicator does not have, in the cell and the list, and sends nothing', async () => {
    const { calls } = api();
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Bridge Club');
    moveTo(0);
    await act(async () => pasteText('13,5\n2,25'));

    const problems = await screen.findByRole('region', { name: /2 cells need fixing/ });
    expect(within(problems).getByText(/“13,5”: this indicator counts whole numbers only, no decimals/)).toBeInTheDocument();
    expect(within(problems).getByText(/“2,25”: this indicator takes at most 1 decimal\./)).toBeInTheDocument();
    // The cell itself says so: marked, and described for screen readers and on hover.
    const pupilsCell = input(/^C1 Pupils in homework help – Bridge Club$/);
    expect(pupilsCell.closest('.dsg-cell')).toHaveClass('entry-cell--invalid');
    expect(pupilsCell).toHaveAccessibleDescription(/whole numbers only/);
    expect(pupilsCell.closest('[title]')).toHaveAttribute('title', expect.stringMatching(/whole numbers only/));

    await userEvent.click(screen.getByRole('button', { name: 'Save 2 figures' }));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    // Fixed: the problems go, and the cell is no longer described as wrong.
    moveTo(0);
    await act(async () => pasteText('13\n2,5'));
    expect(screen.queryByRole('region', { name: /need(s)? fixing/ })).not.toBeInTheDocument();
    expect(input(/^C1 /)).not.toHaveAttribute('aria-describedby');
  });

  it('refuses a numerator above its denominator only where the indicator does not allow it', async () => {
    api();
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Bridge Club');
    moveTo(2);
    await act(async () => pasteText('40\n30\n40\n30'));

    const problems = await screen.findByRole('region', { name: /1 cell needs fixing/ });
    const [item] = within(problems).getAllByRole('listitem');
    expect(item).toHaveTextContent(/S1 Pupils passing – number counted \(numerator\), Bridge Club: The number counted cannot be larger than the total/);
    expect(input(/^R1 .*numerator/).closest('.dsg-cell')).not.toHaveClass('entry-cell--invalid');
    expect(screen.getByText('2 figures changed, not saved (1 to fix)')).toBeInTheDocument();
  });
});
