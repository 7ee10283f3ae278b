import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actionItemListItem, idea, listOf, meResponse, overviewResponse, seriesResponse } from '@ci/shared';
import { stubFetch } from '../../test/fetch';
import { IDS, INITIATIVE_ID, meFor, overviewPayload } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const QUARTERS = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

type Headline = { period: string; value: number } | null;
type Previous = { period: string; value: number | null } | null;

/**
 * A series answer as the server sends it on 15 August 2025: the third quarter is still open, so
 * its figure (if any) is preliminary; `latest` and `previous` are the indicator's own headline.
 */
function seriesWire(
  indicatorId: string,
  frequency: 'quarter' | 'year',
  values: (number | null)[],
  headline: { status: string; latest: Headline; previous: Previous },
  periods = QUARTERS,
) {
  return seriesResponse.encode(
    seriesResponse.parse({
      indicatorId,
      frequency,
      baseline: null,
      target: { period: '2027-Q4', value: 90 },
      ...headline,
      trend: null,
      points: periods.map((period, i) => ({
        period,
        value: values[i] ?? null,
        trajectory: 70 + i,
        byActor: [],
        ...(period === '2025-Q3' ? { state: 'reporting', complete: false, reported: 3, expected: 5 } : { state: 'closed', complete: true }),
      })),
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

/**
 * The series answers of the deck. The monthly homework indicator is drawn per quarter; its answer
 * for that view says `off_track` (as a quarter compared with one month of plan did), while the
 * overview, and so the deck, holds it `on_track`.
 */
function stubDeck(overview: typeof overviewPayload = overviewPayload, openIdeas: unknown[] = []) {
  meResponse.parse(meFor('backbone'));
  overviewResponse.parse(overview);
  return stubFetch({
    'GET /me': { body: meFor('backbone') },
    'GET /initiatives/*/overview': { body: overview },
    'GET /initiatives/*/actors': { body: { items: [] } },
    'GET /initiatives/*/action-items': { body: actionItems },
    'GET /initiatives/*/ideas': { body: listOf(idea).encode(listOf(idea).parse({ items: openIdeas })) },
    'GET /initiatives/*/indicators/*/series': (request) => {
      const id = request.path.split('/')[4];
      if (id === IDS.indicatorGrades) {
        return {
          body: seriesWire(id, 'quarter', [74.2, 76.0, 77.1, 78.4, 79.9], {
            status: 'at_risk',
            latest: { period: '2025-Q2', value: 78.4 },
            previous: { period: '2025-Q1', value: 77.1 },
          }),
        };
      }
      if (id === IDS.indicatorHomework) {
        return {
          body: seriesWire(id, 'quarter', [3100, 3300, 3200, 3564, 640], {
            status: 'off_track',
            latest: { period: '2025-06', value: 1234 },
            previous: { period: '2025-05', value: 1180 },
          }),
        };
      }
      if (id === IDS.indicatorSummerJobs) return { body: seriesWire(id, 'year', [], { status: 'no_data', latest: null, previous: null }, ['2024', '2025']) };
      return {
        body: seriesWire(id, 'quarter', [40, 45, null, 56, null], {
          status: 'off_track',
          latest: { period: '2025-Q2', value: 56 },
          previous: { period: '2025-Q1', value: null },
        }),
      };
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
    // The headline is the server's: the second quarter, the latest complete one, not the open third.
    expect(await screen.findByText('78.4%', { selector: '.figure__value' })).toBeInTheDocument();
    expect(screen.getByText('Latest, Q2 2025')).toBeInTheDocument();
    expect(screen.getByText('+1.3 percentage points')).toBeInTheDocument();
    expect(screen.getByText(/since Q1 2025/)).toBeInTheDocument();
    expect(screen.getByText('in the right direction')).toBeInTheDocument();
    // Monthly figures are shown per quarter at a quarterly meeting.
    const homework = requests.find((r) => r.path.endsWith(`/indicators/${IDS.indicatorHomework}/series`));
    expect(homework?.query.get('frequency')).toBe('quarter');

    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('heading', { level: 1, name: 'A2 Deltagare i läxhjälp' })).toBeInTheDocument();
    // A monthly indicator: the headline is June, in its own frequency, while the chart shows quarters.
    expect(await screen.findByText('1,234', { selector: '.figure__value' })).toBeInTheDocument();
    expect(screen.getByText('Latest, Jun 2025')).toBeInTheDocument();
    expect(screen.getByText('+54 deltagare')).toBeInTheDocument();
    expect(screen.getByText(/since May 2025/)).toBeInTheDocument();
    expect(screen.getByText('Preliminary Jul 2025: 640 deltagare (3 of 5 reported)')).toBeInTheDocument();
    // The open quarter is drawn, marked preliminary: in the legend and in the chart's table.
    expect(screen.getByText('Preliminary', { selector: '.legend__item span' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Q3 2025' }).closest('tr')).toHaveTextContent('640 deltagare (preliminary: 3 of 5 reported)');
    await waitFor(() => expect(document.querySelectorAll('circle.chart__draft-dot')).toHaveLength(1));

    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('heading', { level: 1, name: 'B1 Unga i praktik' })).toBeInTheDocument();
    expect(await screen.findByText('No figure for Q1 2025 to compare with.')).toBeInTheDocument();
    await user.keyboard('{PageUp}');

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

  it('counts the title slide from the very statuses the indicator slides show', async () => {
    stubDeck();
    renderApp(`/i/${INITIATIVE_ID}/present`);
    const user = userEvent.setup();
    const title = await screen.findByRole('list', { name: 'Indicators by status' });
    const counted = within(title)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // The overview's statuses: A1 at risk, A2 on track, B1 off track, B2 without data.
    expect(counted).toEqual(['1 On track', '1 At risk', '1 Off track', '1 No data']);

    const shown: string[] = [];
    for (const code of ['A1', 'A2', 'B1', 'B2']) {
      await user.keyboard('{ArrowRight}');
      await screen.findByRole('heading', { level: 1, name: new RegExp(`^${code} `) });
      const badge = await screen.findByText(/^(On track|At risk|Off track|No data)$/, { selector: '.figure__status .status span' });
      shown.push(badge.textContent ?? '');
    }
    // The monthly indicator's quarterly series says "off track"; the slide still shows the overview's status.
    expect(shown).toEqual(['At risk', 'On track', 'Off track', 'No data']);
    const tally = (statuses: string[]) => statuses.reduce<Record<string, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});
    expect(tally(shown)).toEqual(tally(counted.map((c) => (c ?? '').replace(/^\d+ /, ''))));
  });

  it('shows the most supported open ideas before the action items, with a table for screen readers', async () => {
    const ideaWire = (n: number, title: string, actorName: string, supportCount: number, status = 'proposed') => ({
      id: `d${n}d${n}d${n}d${n}-d${n}d${n}-4d${n}d-8d${n}d-d${n}d${n}d${n}d${n}d${n}d${n}`,
      title,
      description: '',
      how: '',
      when: '',
      who: '',
      goalIds: [],
      actorId: null,
      actorName,
      proposedByUserId: null,
      proposedByName: null,
      status,
      supportCount,
      supporters: [],
      decisionReason: null,
      decidedAt: null,
      activityId: null,
      commentCount: 0,
      createdAt: '2025-05-02T09:30:00.000Z',
      updatedAt: '2025-05-02T09:30:00.000Z',
    });
    // Six open ideas; the server sends them most supported first, the deck shows five.
    const ideas = [
      ideaWire(1, 'Läxcafé på biblioteket', 'Hagby bibliotek', 7, 'under_discussion'),
      ideaWire(2, 'Sommarjobbsmässa', 'Hagby IF', 4),
      ideaWire(3, 'Nattvandring', 'Föräldraföreningen', 3),
      ideaWire(4, 'Fotboll efter skolan', 'Hagby IF', 1),
      ideaWire(5, 'Läsfadder', 'Skolan', 1),
      ideaWire(6, 'Kodklubb', 'Skolan', 0),
    ];
    const { requests } = stubDeck(overviewPayload, ideas);
    renderApp(`/i/${INITIATIVE_ID}/present?slide=6`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Most supported open ideas' })).toBeInTheDocument();
    expect(screen.getByText('6 / 7')).toBeInTheDocument();
    const asked = requests.find((r) => r.path === `/initiatives/${INITIATIVE_ID}/ideas`)!;
    expect(asked.query.get('open')).toBe('true');
    expect(asked.query.get('sort')).toBe('support');

    const table = screen.getByRole('table', { name: 'Open ideas by the number of organisations supporting them' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Läxcafé på biblioteket', 'Hagby bibliotek', 'Under discussion', '7 organisations'],
      ['Sommarjobbsmässa', 'Hagby IF', 'Proposed', '4 organisations'],
      ['Nattvandring', 'Föräldraföreningen', 'Proposed', '3 organisations'],
      ['Fotboll efter skolan', 'Hagby IF', 'Proposed', '1 organisation'],
      ['Läsfadder', 'Skolan', 'Proposed', '1 organisation'],
    ]);

    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open action items' })).toBeInTheDocument();
  });

  it('leaves the ideas slide out when no idea waits for a decision', async () => {
    stubDeck(overviewPayload, []);
    renderApp(`/i/${INITIATIVE_ID}/present?slide=6`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Open action items' })).toBeInTheDocument();
    expect(screen.getByText('6 / 6')).toBeInTheDocument();
  });
});
