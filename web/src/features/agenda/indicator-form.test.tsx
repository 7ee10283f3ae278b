// The indicator form's reporting fields and rules, against
// stubbed API answers that are real, schema-checked payloads.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi, type ApiRoute } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, initiativeWire, meWire, uuid } from '../../test/api-fixtures';

const LIBRARY = uuid(101);
const CLUB = uuid(102);
const actors = [
  actorWire(1, 'Library'),
  actorWire(2, 'Youth club', { sector: 'civil_society' }),
  actorWire(3, 'Backbone office', { role: 'backbone', sector: 'public' }),
];
const existing = indicatorWire(1, 'A1', 'Pupils passing', { expectedActorIds: [LIBRARY], reportingFrom: '2024-Q1' });

function api(extra: ApiRoute[] = []) {
  return stubApi([
    ...extra,
    { path: '/me', answer: { body: meWire('admin') } },
    { path: `/initiatives/${INITIATIVE_ID}`, answer: { body: initiativeWire() } },
    { path: `/initiatives/${INITIATIVE_ID}/goals`, answer: { body: { items: [] } } },
    { path: `/initiatives/${INITIATIVE_ID}/indicators`, answer: { body: { items: [existing] } } },
    { path: `/initiatives/${INITIATIVE_ID}/actors`, answer: { body: { items: actors } } },
    { path: `/initiatives/${INITIATIVE_ID}/working-groups`, answer: { body: { items: [] } } },
    {
      method: 'POST',
      path: `/initiatives/${INITIATIVE_ID}/indicators`,
      answer: ({ body }) => ({ status: 201, body: indicatorWire(9, 'B2', 'Summer jobs', body as object) }),
    },
    {
      method: 'PATCH',
      path: `/initiatives/${INITIATIVE_ID}/indicators/${existing.id}`,
      answer: ({ body }) => ({ body: { ...existing, ...(body as object) } }),
    },
  ]);
}

const ADD = { en: 'Add an indicator', sv: 'Lägg till indikator', da: 'Tilføj indikator' } as const;

async function openNew(locale: 'en' | 'sv' | 'da' = 'en') {
  await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=indicators`, locale);
  await userEvent.click(await screen.findByRole('button', { name: ADD[locale] }));
  const dialog = await screen.findByRole('dialog', { name: ADD[locale] });
  await userEvent.type(within(dialog).getAllByRole('textbox')[0]!, 'B2');
  await userEvent.type(within(dialog).getAllByRole('textbox')[1]!, 'Summer jobs');
  return dialog;
}

const posted = (calls: { method: string; path: string; body: unknown }[]) => calls.find((c) => c.method === 'POST' && c.path.endsWith('/indicators'))?.body;

beforeEach(() => {
  // The second quarter of 2025 is the current one.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-05-02T10:00:00Z'));
});

afterEach(() => vi.useRealTimers());

describe('indicator form: who reports, and from when', () => {
  it('expects every organisation but the backbone, from the current period, unless told otherwise', async () => {
    const { calls } = api();
    const dialog = await openNew();
    expect(within(dialog).getByRole('radio', { name: /^Default: all organisations except the backbone/ })).toBeChecked();
    expect(within(dialog).queryByRole('checkbox', { name: 'Library' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /First period with figures/ })).toHaveTextContent('Q2 2025');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(posted(calls)).toMatchObject({ expectedActorIds: null, reportingFrom: '2025-Q2', numeratorCanExceedDenominator: false });
  });

  it('lets the backbone choose the organisations, starting from those the default expects', async () => {
    const { calls } = api();
    const dialog = await openNew();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Chosen organisations/ }));
    expect(within(dialog).getByRole('checkbox', { name: 'Library' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Youth club' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Backbone office (Backbone)' })).not.toBeChecked();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Youth club' }));

    // Reported per month from now on: the first period follows, to the first month of the quarter.
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Month' }));
    expect(within(dialog).getByRole('button', { name: /First period with figures/ })).toHaveTextContent('Apr 2025');
    await userEvent.click(within(dialog).getByRole('button', { name: /First period with figures/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Jun 2025' }));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(posted(calls)).toMatchObject({ frequency: 'month', expectedActorIds: [LIBRARY], reportingFrom: '2025-06' });
    expect((posted(calls) as { expectedActorIds: string[] }).expectedActorIds).not.toContain(CLUB);
  });

  it('asks no organisation to report a figure for the whole area', async () => {
    const { calls } = api();
    const dialog = await openNew();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Chosen organisations/ }));
    await userEvent.click(within(dialog).getByRole('radio', { name: /^One figure for the whole area/ }));
    expect(within(dialog).queryByRole('radio', { name: /^Chosen organisations/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/entered by the backbone, so no organisation is expected to report it/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(posted(calls)).toMatchObject({ actorAggregation: 'none', expectedActorIds: null });
  });

  it('keeps the reporters and the first period of an indicator that is edited', async () => {
    const { calls } = api();
    await renderApp(`/i/${INITIATIVE_ID}/agenda?tab=indicators`);
    await userEvent.click(await screen.findByRole('button', { name: 'Change A1 Pupils passing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change indicator A1' });
    expect(within(dialog).getByRole('checkbox', { name: 'Library' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Youth club' })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: /First period with figures/ })).toHaveTextContent('Q1 2024');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const patch = calls.find((c) => c.method === 'PATCH')?.body;
    expect(patch).toMatchObject({ expectedActorIds: [LIBRARY], reportingFrom: '2024-Q1', numeratorCanExceedDenominator: false });
  });
});

describe('indicator form: rules', () => {
  it('offers "may exceed 100 %" for percentages only, and sends it', async () => {
    const { calls } = api();
    const dialog = await openNew();
    const exceed = 'The counted number may exceed the total';
    expect(within(dialog).queryByRole('checkbox', { name: exceed })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Percentage/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: exceed }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(posted(calls)).toMatchObject({ measureType: 'percentage', numeratorCanExceedDenominator: true });
  });

  it('refuses a baseline or target with more decimals than the indicator shows, next to the field', async () => {
    const { calls } = api();
    const dialog = await openNew();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting value' }), '120.5');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting period' }), '2024-Q4');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '200');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target period' }), '2026-Q4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'Starting value' })).toHaveAccessibleDescription(
      expect.stringContaining('This indicator shows whole numbers: leave out the decimals.'),
    );

    const decimals = within(dialog).getByRole('textbox', { name: 'Decimals shown' });
    await userEvent.clear(decimals);
    await userEvent.type(decimals, '1');
    const target = within(dialog).getByRole('textbox', { name: 'Target value' });
    await userEvent.clear(target);
    await userEvent.type(target, '200.25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'Target value' })).toHaveAccessibleDescription(
      expect.stringContaining('This indicator shows 1 decimal: give at most 1.'),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Starting value' })).not.toHaveAccessibleDescription(expect.stringContaining('decimal'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

describe('indicator form: periods as the app writes them', () => {
  it('takes the quarter as the app shows it in English, sends its key and shows it back the same way', async () => {
    const { calls } = api();
    const dialog = await openNew();
    const starting = within(dialog).getByRole('textbox', { name: 'Starting period' });
    expect(starting).toHaveAccessibleDescription('For example Q1 2025 or 2025-Q1.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting value' }), '120');
    await userEvent.type(starting, 'q4 2024');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '200');
    await userEvent.tab();
    expect(starting).toHaveValue('Q4 2024');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target period' }), '2026-Q4');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(posted(calls)).toMatchObject({ baselinePeriod: '2024-Q4', targetPeriod: '2026-Q4', baselineValue: 120, targetValue: 200 });
  });

  it('says what is wrong with a period, apart from the hint', async () => {
    const { calls } = api();
    const dialog = await openNew();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting value' }), '120');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Starting period' }), 'Q5 2024');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '200');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Target period' }), 'March 2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'Starting period' })).toHaveAccessibleDescription(
      'For example Q1 2025 or 2025-Q1. “Q5 2024” cannot be read as a period.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Target period' })).toHaveAccessibleDescription(
      'For example Q1 2025 or 2025-Q1. This indicator is reported per quarter, but Mar 2026 is not a quarter.',
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it.each([
    ['sv', 'Utgångsperiod', 'Q1 2025', 'kv. 1 2025'],
    ['da', 'Udgangsperiode', '2025-Q4', '4. kvt. 2025'],
  ] as const)('reads a quarter typed in %s another way and shows it as the app writes it', async (locale, label, typed, shown) => {
    api();
    const dialog = await openNew(locale);
    const starting = within(dialog).getByRole('textbox', { name: label });
    await userEvent.type(starting, typed);
    await userEvent.tab();
    expect((starting as HTMLInputElement).value.replace(/\u00a0/g, ' ')).toBe(shown);
  });
});
