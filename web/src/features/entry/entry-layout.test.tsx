// How the sheet is laid out: a wide sheet says it scrolls sideways, one organisation's sheet reads
// as a form, and the toolbar keeps its shape while changes lock the period.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { giveLayoutSize, pasteText, renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, measurementWire, meWire } from '../../test/api-fixtures';

const PERIOD = '2025-Q1';
// Twelve organisations (no figure for the whole area, so no area column): 12 columns of 128 px
// beside a 280 px row header, 280 + 12 × 128 = 1 816 px wide.
const actors = Array.from({ length: 12 }, (_, n) => actorWire(n + 1, `Organisation ${String(n + 1).padStart(2, '0')}`));
const homework = indicatorWire(1, 'A1', 'Homework help hours', { decimals: 1, unit: 'hours' });
const passing = indicatorWire(2, 'A2', 'Pupils passing', { measureType: 'percentage', unit: '%' });
const saved = measurementWire(1, { indicatorId: homework.id, actorId: actors[0]!.id, period: PERIOD, value: 12, status: 'approved' });

function api(role: Role, actorIds: string[] = []) {
  return stubApi([
    { path: '/me', answer: { body: meWire(role, actorIds) } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [homework, passing] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: actors } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([saved]) } },
  ]);
}

function moveTo(row: number, col: number) {
  const entry = document.querySelector('.entry-grid [tabindex="0"]') as HTMLElement;
  act(() => entry.focus());
  for (let i = 0; i < row; i++) fireEvent.keyDown(document, { key: 'ArrowDown', code: 'ArrowDown' });
  for (let i = 0; i < col; i++) fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight' });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the sheet’s layout', () => {
  it('says how many organisations are in view when they do not all fit, with buttons to scroll', async () => {
    // 1 000 px of sheet: (1000 − 280) / 128 → 5 whole columns in view of 12.
    giveLayoutSize(1000, 900);
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(1816);
    api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Organisation 01');
    expect(await screen.findByText('Showing columns 1–5 of 12. Scroll sideways or use the buttons to see more organisations.', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous organisations' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'More organisations' })).toBeEnabled();
    expect(document.querySelector('.entry-grid--more-after')).not.toBeNull();
    expect(document.querySelector('.entry-grid--more-before')).toBeNull();
  });

  it('says nothing about scrolling when every organisation fits', async () => {
    giveLayoutSize(2400, 900);
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(1816);
    api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Organisation 12');
    expect(screen.queryByText(/Showing columns/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More organisations' })).not.toBeInTheDocument();
  });

  it('lays one organisation’s sheet out as a form: indicator, unit, period, status and value', async () => {
    giveLayoutSize(1400, 900);
    api('partner', [actors[0]!.id]);
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Organisation 01');
    const head = document.querySelector('.entry-grid__form-head')!;
    expect([...head.children].map((c) => c.textContent)).toEqual(['Indicator', 'Unit', 'Period', 'Status']);
    const rows = [...document.querySelectorAll('.entry-grid__form-row')].map((row) =>
      [...row.children].map((c) => c.textContent?.replace(/\u00a0/g, ' ')),
    );
    // A percentage is two rows, the counted number and the total.
    expect(rows).toEqual([
      ['A1Homework help hours', 'hours', 'Q1 2025', 'approved'],
      ['A2Pupils passingnumber counted (numerator)', '–', 'Q1 2025', 'not filled in'],
      ['A2Pupils passingout of (denominator)', '–', 'Q1 2025', 'not filled in'],
    ]);
    expect(screen.queryByRole('radio', { name: 'Organisations as rows' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Showing columns/)).not.toBeInTheDocument();

    // A typed figure shows as changed; one that is no number as needing a fix, in its row.
    moveTo(0, 0);
    await act(async () => pasteText('15\nabc'));
    const after = [...document.querySelectorAll('.entry-grid__form-row')].map((row) => row.lastElementChild?.textContent);
    expect(after.slice(0, 2)).toEqual(['changed, not saved', 'needs fixing']);
  });

  it('keeps the period field in place and says why it is locked on a line of its own', async () => {
    giveLayoutSize(1400, 900);
    api('backbone');
    await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
    await screen.findByText('Organisation 01');
    const note = document.querySelector('.entry-toolbar__note')!;
    expect(note).toHaveTextContent('');
    const period = screen.getByRole('button', { name: /Period/ });
    expect(period).not.toHaveAccessibleDescription(/Save or undo/);
    moveTo(0, 1);
    await act(async () => pasteText('15'));
    expect(note).toHaveTextContent('Save or undo your changes before you change period.');
    // The reason is not the field's hint, which would widen the field and push the controls aside.
    expect(within(document.querySelector('.period-chooser')!).queryByText(/Save or undo/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Period/ })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
  });
});
