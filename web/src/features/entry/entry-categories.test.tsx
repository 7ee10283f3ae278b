import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { giveLayoutSize, pasteText, renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, measurementPage, measurementWire, meWire, uuid } from '../../test/api-fixtures';

const PERIOD = '2025-Q1';
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const girls = { id: uuid(601), name: 'Girls', position: 0 };
const boys = { id: uuid(602), name: 'Boys', position: 1 };
const young = { id: uuid(611), name: '0–12', position: 0 };
const teen = { id: uuid(612), name: '13–19', position: 1 };
const gender = { id: uuid(600), name: 'Gender', position: 0, categories: [girls, boys] };
const age = { id: uuid(610), name: 'Age band', position: 1, categories: [young, teen] };
const homework = indicatorWire(1, 'A1', 'Homework help hours', { decimals: 1, unit: 'hours' });
const participants = indicatorWire(2, 'D1', 'Young people in homework help', { unit: 'people', dimensions: [gender, age] });

// Bridge Club's saved figure: 9 = girls 5 + boys 4 (the age bands not filled in).
const total = measurementWire(1, { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, value: 9, version: 2 });
const savedGirls = measurementWire(2, { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, value: 5, categoryId: girls.id });
const savedBoys = measurementWire(3, { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, value: 4, categoryId: boys.id });

function api(extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire('backbone') } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [homework, participants] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: [bridge, school] } } },
    { path: `/initiatives/${INITIATIVE_ID}/measurements`, answer: { body: measurementPage([total, savedGirls, savedBoys]) } },
  ]);
}

const saving = (): ApiRoute => ({
  method: 'PUT',
  path: `/initiatives/${INITIATIVE_ID}/measurements`,
  answer: ({ body }) => ({
    body: {
      items: (body as { items: Record<string, unknown>[] }).items.map((item, i) =>
        measurementWire(50 + i, { ...(item as { indicatorId: string }), actorId: bridge.id, period: PERIOD, version: 3 }),
      ),
    },
  }),
});

async function openSheet() {
  await renderApp(`/i/${INITIATIVE_ID}/entry?period=${PERIOD}`);
  await screen.findByRole('heading', { level: 1, name: 'Data entry' });
  await screen.findByText('Bridge Club');
}

/** The cursor on a cell, as a keyboard user gets there. Rows: A1, D1; columns: Bridge Club, City School. */
function moveTo(row: number, col: number) {
  const entry = document.querySelector('.entry-grid [tabindex="0"]') as HTMLElement;
  act(() => entry.focus());
  for (let i = 0; i < row; i++) fireEvent.keyDown(document, { key: 'ArrowDown', code: 'ArrowDown' });
  for (let i = 0; i < col; i++) fireEvent.keyDown(document, { key: 'ArrowRight', code: 'ArrowRight' });
}

async function openCategories() {
  moveTo(1, 0);
  expect(await screen.findByText(/Broken down: Gender: Girls 5, Boys 4\. Broken down by category\. Press Enter or F2/)).toBeInTheDocument();
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('dialog', { name: /D1 Young people in homework help/ });
}

function putBodies(calls: { method: string; path: string; body: unknown }[]) {
  return calls.filter((c) => c.method === 'PUT').map((c) => c.body as { items: Record<string, unknown>[] });
}

beforeEach(() => giveLayoutSize());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('data entry per category', () => {
  it('opens a cell into its categories, derives the total as you type, and saves the total with the changed category in one batch', async () => {
    const { calls } = api([saving()]);
    await openSheet();
    const dialog = await openCategories();

    const girlsInput = within(dialog).getByRole('textbox', { name: 'Gender, Girls' });
    expect(girlsInput).toHaveFocus();
    expect(girlsInput).toHaveValue('5');
    expect(within(dialog).getByRole('textbox', { name: 'Gender, Boys' })).toHaveValue('4');
    expect(within(dialog).getByText('Total, from the categories').nextSibling).toHaveTextContent('9');

    await userEvent.clear(girlsInput);
    await userEvent.type(girlsInput, '7');
    // 7 + 4.
    expect(within(dialog).getByText('Total, from the categories').nextSibling).toHaveTextContent('11');
    await userEvent.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Gender, Boys' })).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The cell shows the new total.
    const cell = document.querySelector('.entry-cell--categories.entry-cell--dirty')!;
    expect(cell.querySelector('input')).toHaveValue('11');
    // Its description says what it holds.
    expect(cell).toHaveTextContent('Broken down: Gender: Girls 7, Boys 4.');
    expect(screen.getByText('1 figure changed, not saved')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    await screen.findByText('1 figure saved');
    const [batch] = putBodies(calls);
    expect(batch!.items).toEqual([
      { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, categoryId: null, value: 11, version: 2 },
      { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, categoryId: girls.id, value: 7, version: 1 },
    ]);
  });

  it('removes an emptied category in the same batch and fills in a new one without a version', async () => {
    const { calls } = api([saving()]);
    await openSheet();
    const dialog = await openCategories();
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Gender, Boys' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Age band, 0–12' }), '5');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    await screen.findByText('1 figure saved');
    expect(putBodies(calls)[0]!.items).toEqual([
      { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, categoryId: null, value: 5, version: 2 },
      { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, categoryId: boys.id, value: null, version: 1 },
      { indicatorId: participants.id, actorId: bridge.id, period: PERIOD, categoryId: young.id, value: 5 },
    ]);
  });

  it('points out two dimensions that give different totals, and does not save them', async () => {
    const { calls } = api([saving()]);
    await openSheet();
    const dialog = await openCategories();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Age band, 0–12' }), '3');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Age band, 13–19' }), '7');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Gender adds up to 9 but Age band to 10. Each breakdown must give the same total.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));

    const problems = await screen.findByRole('region', { name: /1 cell needs fixing/ });
    expect(within(problems).getByText(/The breakdowns add up to different totals/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    expect(putBodies(calls)).toHaveLength(0);
  });

  it('checks each category input by the indicator rules, and Escape closes without changing anything', async () => {
    api();
    await openSheet();
    const dialog = await openCategories();
    const girlsInput = within(dialog).getByRole('textbox', { name: 'Gender, Girls' });
    await userEvent.clear(girlsInput);
    await userEvent.type(girlsInput, '2,5');
    expect(girlsInput).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('“2,5”: this indicator counts whole numbers only, no decimals.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  it('keeps paste working for plain indicators and never pastes into a disaggregated cell', async () => {
    const { calls } = api([saving()]);
    await openSheet();
    moveTo(0, 0);
    await act(async () => pasteText('12,5\n40'));
    expect(await screen.findByText('1 figure changed, not saved')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 figure' }));
    await screen.findByText('1 figure saved');
    expect(putBodies(calls)[0]!.items).toEqual([
      { indicatorId: homework.id, actorId: bridge.id, period: PERIOD, categoryId: null, value: 12.5 },
    ]);
  });
});
