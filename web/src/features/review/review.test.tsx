import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reviewList, type Role } from '@ci/shared';
import { giveLayoutSize, renderApp, stubApi, type ApiRequest } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, measurementPage, measurementWire, meWire, uuid } from '../../test/api-fixtures';

const base = `/initiatives/${INITIATIVE_ID}`;
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const hours = indicatorWire(1, 'A1', 'Homework help hours', { unit: 'hours', decimals: 1 });
const passing = indicatorWire(2, 'A2', 'Pupils passing', { measureType: 'percentage', unit: '%', decimals: 1 });
const girls = { id: uuid(601), name: 'Girls', position: 1 };
const boys = { id: uuid(602), name: 'Boys', position: 2 };
const participants = indicatorWire(3, 'D1', 'Participants', {
  unit: 'people',
  dimensions: [{ id: uuid(600), name: 'Gender', position: 1, categories: [girls, boys] }],
});

type Previous = { period: string; value?: number | null; numerator?: number | null; denominator?: number | null; status?: string };
const previous = (p: Previous) => ({ value: null, numerator: null, denominator: null, status: 'approved', ...p });

/** A row of the review list as the server sends it. */
function row(n: number, fields: Parameters<typeof measurementWire>[1], categoryName: string | null, prev: Previous | null) {
  return { ...measurementWire(n, fields), categoryName, dimensionName: categoryName === null ? null : 'Gender', previous: prev ? previous(prev) : null };
}

// Hand-computed: 120.5 after 30 is more than 3× (outlier); 80 after 100 is −20; 45/60 = 75.0 % after
// 40/50 = 80.0 % is −5.0 p.p.; the Boys' 75 after 0 is an outlier; 170 after 150 is +20.
const hoursBridge = row(1, { indicatorId: hours.id, actorId: bridge.id, period: '2025-Q2', value: 120.5, note: 'Summer school' }, null, { period: '2025-Q1', value: 30 });
const hoursSchool = row(2, { indicatorId: hours.id, actorId: school.id, period: '2025-Q2', value: 80 }, null, { period: '2025-Q1', value: 100, status: 'submitted' });
const passingSchool = row(3, { indicatorId: passing.id, actorId: school.id, period: '2025-Q2', numerator: 45, denominator: 60 }, null, {
  period: '2025-Q1',
  numerator: 40,
  denominator: 50,
});
const total = row(4, { indicatorId: participants.id, actorId: bridge.id, period: '2025-Q2', value: 170 }, null, { period: '2025-Q1', value: 150 });
const totalGirls = row(5, { indicatorId: participants.id, actorId: bridge.id, period: '2025-Q2', value: 95, categoryId: girls.id }, 'Girls', { period: '2025-Q1', value: 80 });
const totalBoys = row(6, { indicatorId: participants.id, actorId: bridge.id, period: '2025-Q2', value: 75, categoryId: boys.id }, 'Boys', { period: '2025-Q1', value: 0 });
const hoursOlder = row(7, { indicatorId: hours.id, actorId: bridge.id, period: '2025-Q1', value: 30 }, null, null);
const ALL = [hoursBridge, hoursSchool, hoursOlder, passingSchool, total, totalGirls, totalBoys];

/** The review list answer, checked against the shared schema so the fixture cannot drift. */
function listAnswer(items: unknown[], period: string | null, extra: { total?: number } = {}) {
  const body = {
    items: items.filter((m) => !period || (m as { period: string }).period === period),
    total: extra.total ?? items.length,
    limit: 5000,
    periods: ['2025-Q2', '2025-Q1'],
  };
  reviewList.parse(body);
  return { body };
}

function stubReview(role: Role, state: { submitted: unknown[]; returned?: number; total?: number; review?: (r: ApiRequest) => { status?: number; body?: unknown } }) {
  return stubApi([
    { path: '/me', answer: { body: meWire(role) } },
    { path: `${base}/indicators`, answer: { body: { items: [hours, passing, participants] } } },
    { path: `${base}/actors`, answer: { body: { items: [bridge, school] } } },
    { path: `${base}/measurements/review`, answer: ({ url }) => listAnswer(state.submitted, url.searchParams.get('period'), { total: state.total }) },
    { path: `${base}/measurements`, answer: { body: { ...measurementPage([]), total: state.returned ?? 0, limit: 1 } } },
    { method: 'POST', path: `${base}/measurements/review`, answer: (request) => state.review?.(request) ?? { body: { items: [] } } },
  ]);
}

const reviewed = (ids: string[], status: 'approved' | 'returned', reason: string | null = null) =>
  ALL.filter((m) => ids.includes(m.id)).map(({ categoryName: _c, dimensionName: _d, previous: _p, ...m }) => ({ ...m, status, returnReason: reason, version: 2 }));

afterEach(() => vi.unstubAllGlobals());

/** The cells of a table's rows as read (a value's categories are a line of their own). */
function figureRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((tr) =>
      [...tr.children].flatMap((cell) => {
        const parts = [...cell.children].filter((c) => c.tagName === 'SPAN');
        const main = parts.length > 0 ? cell.querySelector('strong')!.textContent! : cell.textContent!;
        return [main, ...parts.map((p) => p.textContent!)].map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
      }),
    );
}

describe('review figures', () => {
  it('shows each value with its previous value, the change and an outlier flag, categories under their total', async () => {
    stubReview('steering', { submitted: ALL, returned: 3 });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    const table = await screen.findByRole('table', { name: /Figures waiting for review/ });
    expect(screen.getByText('3 returned figures are waiting for partners to correct them.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Previous period' })).toBeInTheDocument();

    const bridgeHours = within(table).getAllByRole('row').find((r) => r.textContent?.includes('Summer school'))!;
    expect(bridgeHours).toHaveTextContent('120.5 hours');
    expect(bridgeHours).toHaveTextContent('30.0 hoursQ1 2025');
    expect(bridgeHours).toHaveTextContent('+90.5 hours');
    expect(within(bridgeHours).getByText('Outlier: over 3× the previous value')).toBeInTheDocument();

    const schoolHours = within(table).getAllByRole('row').find((r) => r.textContent?.includes('80.0 hours'))!;
    expect(schoolHours).toHaveTextContent('80.0 hours');
    expect(schoolHours).toHaveTextContent('100.0 hoursQ1 2025 · submitted');
    expect(schoolHours).toHaveTextContent('−20.0 hours');
    expect(schoolHours).not.toHaveTextContent(/Outlier/);

    const percentage = within(table).getAllByRole('row').find((r) => r.textContent?.includes('45 / 60'))!;
    expect(percentage).toHaveTextContent('75.0%45 / 60');
    expect(percentage).toHaveTextContent('80.0%40 / 50Q1 2025');
    expect(percentage).toHaveTextContent('−5.0 p.p.');

    // The disaggregated figure: the total first, then its categories, each labelled and compared.
    const rows = within(table).getAllByRole('row');
    const at = rows.findIndex((r) => r.textContent?.includes('170 people'));
    expect(rows[at]).toHaveTextContent(/Bridge ClubTotal/);
    expect(rows[at]).toHaveTextContent('+20 people');
    // Each category by its dimension and name, under its total.
    expect(within(rows[at + 1]!).getByRole('rowheader')).toHaveTextContent('Bridge Club, Q2 2025: Gender: Girls');
    expect(rows[at + 1]).toHaveTextContent('95 people80 peopleQ1 2025+15 people');
    expect(within(rows[at + 2]!).getByRole('rowheader')).toHaveTextContent('Gender: Boys');
    expect(rows[at + 2]).toHaveTextContent('+75 people');
    expect(within(rows[at + 2]!).getByText('Outlier: the previous value was 0')).toBeInTheDocument();
    expect(screen.getByText('2 with outliers')).toBeInTheDocument();

    // Without a previous value there is no change and no flag.
    const older = rows.find((r) => r.textContent?.includes('Q1 2025') && r.textContent?.includes('None'))!;
    expect(older).toHaveTextContent('30.0 hours');
    expect(older).not.toHaveTextContent(/Outlier|\+|−/);
  });

  it('selects a total together with its categories, counts it in the action bar and approves it whole', async () => {
    const state = {
      submitted: ALL as unknown[],
      review: ({ body }: ApiRequest) => {
        const ids = (body as { ids: string[] }).ids;
        state.submitted = state.submitted.filter((m) => !ids.includes((m as { id: string }).id));
        return { body: { items: reviewed(ids, 'approved') } };
      },
    };
    const { calls } = stubReview('backbone', state);
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    await screen.findByRole('table', { name: /Figures waiting for review/ });

    const bar = screen.getByRole('region', { name: 'Review selected figures' });
    expect(bar).toHaveTextContent('0 of 5 figures selected');
    expect(within(bar).getByRole('button', { name: 'Approve selected' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: 'Return selected' })).toBeDisabled();
    // Categories have no box of their own: they cannot be chosen apart from their total.
    expect(screen.queryByRole('checkbox', { name: /Girls|Boys/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select D1 Participants, Bridge Club, Q2 2025: the total and its 2 categories' }));
    expect(bar).toHaveTextContent('1 of 5 figures selected');
    expect(bar).toHaveTextContent('3 values with their categories');
    const table = screen.getByRole('table', { name: /Figures waiting for review/ });
    const rows = within(table).getAllByRole('row');
    const at = rows.findIndex((r) => r.textContent?.includes('170 people'));
    for (const r of rows.slice(at, at + 3)) expect(r).toHaveClass('review-table__row--selected');
    expect(rows.filter((r) => r.classList.contains('review-table__row--selected'))).toHaveLength(3);

    await userEvent.click(within(bar).getByRole('button', { name: 'Approve selected' }));
    expect(await within(bar).findByText('1 figure approved.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ ids: [total.id, totalGirls.id, totalBoys.id], action: 'approve' });
    await waitFor(() => expect(screen.queryByText('170 people')).not.toBeInTheDocument());
    expect(bar).toHaveTextContent('0 of 4 figures selected');
  });

  it('selects every figure of an indicator with its heading box', async () => {
    const { calls } = stubReview('admin', { submitted: ALL, review: ({ body }) => ({ body: { items: reviewed((body as { ids: string[] }).ids, 'approved') } }) });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    const all = await screen.findByRole('checkbox', { name: 'Select all figures of A1 Homework help hours' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select A1 Homework help hours, City School, Q2 2025' }));
    expect(all).toBePartiallyChecked();
    await userEvent.click(all);
    expect(all).toBeChecked();
    expect(screen.getByRole('region', { name: 'Review selected figures' })).toHaveTextContent('3 of 5 figures selected');
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ ids: [hoursBridge.id, hoursSchool.id, hoursOlder.id], action: 'approve' });
  });

  it('names the figures being returned and asks why before sending them back', async () => {
    const state = { submitted: ALL as unknown[], review: ({ body }: ApiRequest) => ({ body: { items: reviewed((body as { ids: string[] }).ids, 'returned', 'Check') } }) };
    const { calls } = stubReview('steering', state);
    await renderApp(`/i/${INITIATIVE_ID}/review`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select A1 Homework help hours, City School, Q2 2025' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select A2 Pupils passing, City School, Q2 2025' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select D1 Participants, Bridge Club, Q2 2025: the total and its 2 categories' }));
    await userEvent.click(screen.getByRole('button', { name: 'Return selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return 3 figures' });
    const table = within(dialog).getByRole('table', { name: 'These 3 figures go back to their organisations:' });
    expect(figureRows(table)).toEqual([
      ['Indicator', 'Organisation', 'Period', 'Value'],
      ['A1 Homework help hours', 'City School', 'Q2 2025', '80.0 hours'],
      ['A2 Pupils passing', 'City School', 'Q2 2025', '45 / 60 (75.0%)'],
      ['D1 Participants', 'Bridge Club', 'Q2 2025', '170 people', 'Gender: Girls 95 people, Gender: Boys 75 people'],
    ]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    expect(within(dialog).getByText('Write why the figures are returned.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '  Check ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    expect(await screen.findByText('3 figures returned.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      ids: [hoursSchool.id, passingSchool.id, total.id, totalGirls.id, totalBoys.id],
      action: 'return',
      reason: 'Check',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the server's message when a review is refused, keeping the choice", async () => {
    stubReview('admin', {
      submitted: [hoursBridge],
      review: () => ({ status: 422, body: { error: { code: 'unprocessable', message: 'Some values cannot be reviewed; nothing was changed', details: [] } } }),
    });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    const box = await screen.findByRole('checkbox', { name: 'Select A1 Homework help hours, Bridge Club, Q2 2025' });
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some values cannot be reviewed; nothing was changed');
    expect(box).toBeChecked();
  });

  it('filters by period, says when nothing waits, and says when the list was cut', async () => {
    const first = stubReview('backbone', { submitted: [hoursOlder] });
    const view = await renderApp(`/i/${INITIATIVE_ID}/review?period=2025-Q2`);
    expect(await screen.findByText('Nothing waiting for review')).toBeInTheDocument();
    expect(first.calls.find((c) => c.path === `${base}/measurements/review`)!.url.searchParams.get('period')).toBe('2025-Q2');
    expect(screen.queryByText(/returned figure/)).not.toBeInTheDocument();
    view.unmount();
    vi.unstubAllGlobals();

    stubReview('backbone', { submitted: ALL, total: 6200 });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    expect(await screen.findByText('Showing the first 7 of 6200 values. Review these, or choose a period, to see the rest.')).toBeInTheDocument();
  });

  it('draws only the rows near the window, and tells assistive technology how many there are', async () => {
    giveLayoutSize(1400, 900);
    const many = Array.from({ length: 400 }, (_, i) =>
      row(100 + i, { indicatorId: hours.id, actorId: i % 2 ? bridge.id : school.id, period: `${2024 - Math.floor(i / 8)}-${String((i % 8) + 1).padStart(2, '0')}`, value: i }, null, null),
    );
    stubReview('steering', { submitted: many });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    const table = await screen.findByRole('table', { name: /Figures waiting for review/ });
    expect(table).toHaveAttribute('aria-rowcount', String(1 + 1 + 400));
    const drawn = within(table).getAllByRole('row');
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[1]).toHaveAttribute('aria-rowindex', '2');
  });

  it('is in the navigation for the steering group but not for a partner', async () => {
    stubReview('steering', { submitted: [] });
    const first = await renderApp(`/i/${INITIATIVE_ID}/review`);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Review figures' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/review`);
    first.unmount();
    vi.unstubAllGlobals();

    stubReview('partner', { submitted: [] });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    const partnerNav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(partnerNav).getByRole('link', { name: 'Enter data' })).toBeInTheDocument();
    expect(within(partnerNav).queryByRole('link', { name: 'Review figures' })).not.toBeInTheDocument();
  });

  it('names the figures being returned in Swedish, with Swedish numbers', async () => {
    stubReview('admin', { submitted: ALL });
    await renderApp(`/i/${INITIATIVE_ID}/review`, 'sv');
    const boxes = await screen.findAllByRole('checkbox', { name: /A1 Homework help hours, Bridge Club, kv\.\s2 2025/ });
    await userEvent.click(boxes[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Skicka tillbaka valda' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skicka tillbaka 1 siffra' });
    const table = within(dialog).getByRole('table', { name: 'Den här siffran skickas tillbaka till sin organisation:' });
    expect(figureRows(table)).toEqual([
      ['Indikator', 'Organisation', 'Period', 'Värde'],
      ['A1 Homework help hours', 'Bridge Club', 'kv. 2 2025', '120,5 hours'],
    ]);
  });
});
