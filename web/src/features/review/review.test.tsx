import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@ci/shared';
import { renderApp, stubApi, type ApiRequest } from '../../test/app-harness';
import { INITIATIVE_ID, actorWire, indicatorWire, measurementPage, measurementWire, meWire } from '../../test/api-fixtures';

const base = `/initiatives/${INITIATIVE_ID}`;
const bridge = actorWire(1, 'Bridge Club');
const school = actorWire(2, 'City School');
const hours = indicatorWire(1, 'A1', 'Homework help hours', { unit: 'hours', decimals: 1 });
const passing = indicatorWire(2, 'A2', 'Pupils passing', { measureType: 'percentage', unit: '%' });

const hoursQ1 = measurementWire(1, { indicatorId: hours.id, actorId: bridge.id, period: '2025-Q1', value: 120.5, note: 'Spring term' });
const hoursQ2 = measurementWire(2, { indicatorId: hours.id, actorId: school.id, period: '2025-Q2', value: 80 });
const passingQ1 = measurementWire(3, { indicatorId: passing.id, actorId: school.id, period: '2025-Q1', value: 75, numerator: 45, denominator: 60 });

/** The API of the screen; `submitted` is what the list answers now, so a test can change it after a review. */
function stubReview(role: Role, state: { submitted: unknown[]; returned?: number; review?: (r: ApiRequest) => { status?: number; body?: unknown } }) {
  return stubApi([
    { path: '/me', answer: { body: meWire(role) } },
    { path: `${base}/indicators`, answer: { body: { items: [hours, passing] } } },
    { path: `${base}/actors`, answer: { body: { items: [bridge, school] } } },
    {
      path: `${base}/measurements`,
      answer: ({ url }) => {
        if (url.searchParams.get('status') === 'returned') return { body: { ...measurementPage([]), total: state.returned ?? 0, limit: 1 } };
        const period = url.searchParams.get('period');
        const items = (state.submitted as { period: string }[]).filter((m) => !period || m.period === period);
        return { body: measurementPage(items) };
      },
    },
    {
      method: 'POST',
      path: `${base}/measurements/review`,
      answer: (request) => state.review?.(request) ?? { body: { items: [] } },
    },
  ]);
}

const reviewed = (ids: string[], status: 'approved' | 'returned', reason: string | null = null) =>
  [hoursQ1, hoursQ2, passingQ1].filter((m) => ids.includes(m.id)).map((m) => ({ ...m, status, returnReason: reason, version: 2 }));

afterEach(() => vi.unstubAllGlobals());

describe('review figures', () => {
  it('lists the waiting values per indicator, newest period first, and approves the selected ones', async () => {
    const state = {
      submitted: [hoursQ1, hoursQ2, passingQ1] as unknown[],
      returned: 3,
      review: ({ body }: ApiRequest) => {
        const ids = (body as { ids: string[] }).ids;
        state.submitted = state.submitted.filter((m) => !ids.includes((m as { id: string }).id));
        return { body: { items: reviewed(ids, 'approved') } };
      },
    };
    const { calls } = stubReview('backbone', state);
    await renderApp(`/i/${INITIATIVE_ID}/review`);

    const hoursTable = await screen.findByRole('table', { name: 'A1 Homework help hours' });
    const rows = within(hoursTable).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('City School');
    expect(rows[0]).toHaveTextContent('Q2 2025');
    expect(rows[1]).toHaveTextContent('Bridge Club');
    expect(rows[1]).toHaveTextContent('120.5 hours');
    expect(rows[1]).toHaveTextContent('Spring term');
    expect(rows[1]).toHaveTextContent('Kim Jensen');
    const passingTable = screen.getByRole('table', { name: 'A2 Pupils passing' });
    expect(within(passingTable).getAllByRole('row')[1]).toHaveTextContent('45 / 60 (75%)');
    expect(screen.getByText('3 returned figures are waiting for partners to correct them.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === `${base}/measurements` && c.url.searchParams.get('status') === 'submitted')!.url.searchParams.get('period')).toBeNull();

    expect(screen.getByRole('button', { name: 'Approve selected' })).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all figures of A1 Homework help hours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected' }));

    expect(await screen.findByText('2 figures approved.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`${base}/measurements/review`);
    expect(post.body).toEqual({ ids: [hoursQ2.id, hoursQ1.id], action: 'approve' });
    await waitFor(() => expect(screen.queryByRole('table', { name: 'A1 Homework help hours' })).not.toBeInTheDocument());
    expect(screen.getByRole('table', { name: 'A2 Pupils passing' })).toBeInTheDocument();
  });

  it('asks for a reason before returning, and sends it', async () => {
    const state = {
      submitted: [hoursQ1, passingQ1] as unknown[],
      review: ({ body }: ApiRequest) => ({ body: { items: reviewed((body as { ids: string[] }).ids, 'returned', 'Check the count') } }),
    };
    const { calls } = stubReview('steering', state);
    await renderApp(`/i/${INITIATIVE_ID}/review`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select City School, Q1 2025' }));
    await userEvent.click(screen.getByRole('button', { name: 'Return selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return 1 figure' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    expect(within(dialog).getByText('Write why the figures are returned.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '  Check the count ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Return' }));
    expect(await screen.findByText('1 figure returned.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ ids: [passingQ1.id], action: 'return', reason: 'Check the count' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the server's message when a review is refused", async () => {
    stubReview('admin', {
      submitted: [hoursQ1],
      review: () => ({ status: 422, body: { error: { code: 'unprocessable', message: 'Some values cannot be reviewed; nothing was changed', details: [] } } }),
    });
    await renderApp(`/i/${INITIATIVE_ID}/review`);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Bridge Club, Q1 2025' }));
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some values cannot be reviewed; nothing was changed');
    expect(screen.getByRole('checkbox', { name: 'Select Bridge Club, Q1 2025' })).toBeChecked();
  });

  it('filters by period and says when nothing waits', async () => {
    const { calls } = stubReview('backbone', { submitted: [hoursQ1] });
    await renderApp(`/i/${INITIATIVE_ID}/review?period=2025-Q2`);
    expect(await screen.findByText('Nothing waiting for review')).toBeInTheDocument();
    expect(calls.some((c) => c.url.searchParams.get('period') === '2025-Q2')).toBe(true);
    expect(screen.queryByText(/returned figure/)).not.toBeInTheDocument();
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
});
