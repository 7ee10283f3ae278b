import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actionItemListItem, listOf, meResponse, overviewResponse, seriesResponse } from '@ci/shared';
import { stubFetch } from '../../test/fetch';
import { IDS, INITIATIVE_ID, meFor, overviewPayload } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const QUARTERS = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

function seriesWire(indicatorId: string, frequency: 'quarter' | 'year', values: (number | null)[], periods = QUARTERS) {
  return seriesResponse.encode(
    seriesResponse.parse({
      indicatorId,
      frequency,
      baseline: null,
      target: { period: '2027-Q4', value: 90 },
      status: 'at_risk',
      latest: null,
      previous: null,
      trend: null,
      points: periods.map((period, i) => ({ period, value: values[i] ?? null, trajectory: 70 + i, byActor: [], state: 'closed', complete: true })),
    }),
  );
}

const actionItems = listOf(actionItemListItem).encode(
  listOf(actionItemListItem).parse({
    items: [
      {
        id: IDS.meeting2,
        title: 'Bjud in gymnasieskolorna till nästa partnermöte',
        ownerActorId: null,
        dueDate: '2025-09-30',
        done: false,
        doneAt: null,
        meetingId: IDS.meeting1,
        meetingTitle: 'Partnermöte våren 2025',
        meetingStartsAt: '2025-04-10T15:00:00.000Z',
      },
    ],
  }),
);

function stubDeck() {
  meResponse.parse(meFor('backbone'));
  overviewResponse.parse(overviewPayload);
  return stubFetch({
    'GET /me': { body: meFor('backbone') },
    'GET /initiatives/*/overview': { body: overviewPayload },
    'GET /initiatives/*/actors': { body: { items: [] } },
    'GET /initiatives/*/action-items': { body: actionItems },
    'GET /initiatives/*/indicators/*/series': (request) => {
      const id = request.path.split('/')[4];
      if (id === IDS.indicatorGrades) return { body: seriesWire(id, 'quarter', [74.2, 76.0, 77.1, 78.4, 79.9]) };
      if (id === IDS.indicatorSummerJobs) return { body: seriesWire(id, 'year', [], ['2024', '2025']) };
      return { body: seriesWire(id, 'quarter', [40, 45, null, 50, null]) };
    },
  });
}

beforeEach(() => {
  // The deck reports on the latest finished quarter: with this date, the second quarter of 2025.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-08-15T10:00:00Z'));
});

afterEach(() => vi.useRealTimers());

describe('quarterly meeting mode', () => {
  it('moves through the slides with the keys a clicker sends, and Escape leaves', async () => {
    const { requests } = stubDeck();
    const { router } = renderApp(`/i/${INITIATIVE_ID}/present`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Tillsammans för Norra Hagby' })).toBeInTheDocument();
    expect(screen.getByText('Quarterly meeting · Q2 2025')).toBeInTheDocument();
    expect(screen.getByText('1 / 6')).toBeInTheDocument();
    // No app frame around the slides.
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'A1 Elever i årskurs 9 med godkända betyg' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?slide=2');
    expect(screen.getByText('Slide 2 of 6: A1 Elever i årskurs 9 med godkända betyg')).toHaveAttribute('aria-live', 'polite');
    // The third quarter is not over yet: its figure is left out of the headline.
    expect(await screen.findByText('78.4%', { selector: '.figure__value' })).toBeInTheDocument();
    expect(screen.getByText('+1.3 percentage points')).toBeInTheDocument();
    expect(screen.getByText(/since Q1 2025/)).toBeInTheDocument();
    expect(screen.getByText('in the right direction')).toBeInTheDocument();
    // Monthly figures are shown per quarter at a quarterly meeting.
    const homework = requests.find((r) => r.path.endsWith(`/indicators/${IDS.indicatorHomework}/series`));
    expect(homework?.query.get('frequency')).toBe('quarter');

    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('heading', { level: 1, name: 'A2 Deltagare i läxhjälp' })).toBeInTheDocument();
    expect(await screen.findByText('No figure for Q1 2025 to compare with.')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByRole('heading', { level: 1, name: 'A1 Elever i årskurs 9 med godkända betyg' })).toBeInTheDocument();

    await user.keyboard('{End}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open action items' })).toBeInTheDocument();
    expect(await screen.findByText('Bjud in gymnasieskolorna till nästa partnermöte')).toBeInTheDocument();
    expect(screen.getByText('from Partnermöte våren 2025')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();

    await user.keyboard('{Home}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tillsammans för Norra Hagby' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/i/${INITIATIVE_ID}`));
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
  });

  it('moves with the on-screen buttons too, and comes back to the slide in the address', async () => {
    stubDeck();
    const { router } = renderApp(`/i/${INITIATIVE_ID}/present?slide=3`);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'A2 Deltagare i läxhjälp' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A1 Elever i årskurs 9 med godkända betyg' })).toBeInTheDocument();
    // Space on a focused button presses it once; it does not also move on a second slide.
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tillsammans för Norra Hagby' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?slide=1');
  });
});
