import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activity, indicator, listOf, narrative, seriesResponse, type Role } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { ACTOR_ID, IDS, INITIATIVE_ID, meFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { meetingListWire, meetingWire } from '../../../test/api-fixtures';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');

const OTHER_ACTOR = 'b2c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5f';
const stamp = '2025-07-01T08:00:00.000Z';

const internships = {
  id: IDS.indicatorInternships,
  code: 'B1',
  name: 'Unga i praktik',
  definition: 'Antal unga 16–24 år som har haft en praktikplats under kvartalet.',
  source: 'Partnernas egna listor',
  unit: 'personer',
  decimals: 0,
  measureType: 'number',
  direction: 'increase',
  frequency: 'quarter',
  actorAggregation: 'sum',
  timeAggregation: 'sum',
  baselineValue: 40,
  baselinePeriod: '2024-Q3',
  targetValue: 150,
  targetPeriod: '2026-Q4',
  goalId: IDS.goalWork,
  archived: false,
  position: 0,
  targets: [],
  dimensions: [],
  expectedActorIds: null,
  reportingFrom: '2024-Q3',
  numeratorCanExceedDenominator: false,
  createdAt: stamp,
  updatedAt: stamp,
};

const point = (period: string, a: number | null, b: number | null, trajectory: number) => {
  const byActor = [
    ...(a === null ? [] : [{ actorId: ACTOR_ID, value: a }]),
    ...(b === null ? [] : [{ actorId: OTHER_ACTOR, value: b }]),
  ];
  return { period, value: byActor.length ? byActor.reduce((s, x) => s + x.value, 0) : null, trajectory, byActor, state: 'closed', complete: true };
};

// The headline is the indicator's own (quarters): Q2 2025 is the latest complete quarter; Q3 2025
// is being reported, by one of the two expected actors so far.
const headline = { status: 'off_track', latest: { period: '2025-Q2', value: 56 }, previous: { period: '2025-Q1', value: 45 } };

const quarterly = {
  indicatorId: IDS.indicatorInternships,
  frequency: 'quarter',
  baseline: { period: '2024-Q3', value: 40 },
  target: { period: '2026-Q4', value: 150 },
  ...headline,
  trend: { slope: 5, points: [{ period: '2025-Q2', value: 55 }, { period: '2026-Q4', value: 85 }] },
  points: [
    point('2024-Q3', 30, 10, 40),
    point('2024-Q4', 30, 12, 52),
    point('2025-Q1', 32, 13, 64),
    point('2025-Q2', 42, 14, 76),
    { ...point('2025-Q3', 45, null, 88), state: 'reporting', complete: false, reported: 1, expected: 2 },
    { period: '2026-Q4', value: null, trajectory: 150, target: 150, byActor: [], state: 'open', complete: false, reported: 0, expected: 2 },
  ],
};

// The same indicator per year: the plan is converted to years (four quarters of trajectory), 2025
// is still open; latest, previous and status stay the indicator's own.
const yearly = {
  indicatorId: IDS.indicatorInternships,
  frequency: 'year',
  baseline: { period: '2024', value: 92 },
  target: { period: '2026', value: 522 },
  ...headline,
  trend: null,
  points: [
    point('2024', 60, 22, 92),
    { ...point('2025', 119, 27, 328), state: 'reporting', complete: false, reported: 0, expected: 2 },
    { period: '2026', value: null, trajectory: 522, target: 522, byActor: [], state: 'open', complete: false, reported: 0, expected: 2 },
  ],
};

const series = (frequency: string | null) => seriesResponse.encode(seriesResponse.parse(frequency === 'year' ? yearly : quarterly));

const actors = {
  items: [ACTOR_ID, OTHER_ACTOR].map((id, i) => ({
    id,
    name: i === 0 ? 'Hagby IF' : 'Jobbtorg Hagby',
    sector: i === 0 ? 'civil_society' : 'public',
    role: 'partner',
    description: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    website: '',
    joinedOn: null,
    leftOn: null,
    competences: [],
    needs: [],
    createdAt: stamp,
    updatedAt: stamp,
  })),
};

const activities = {
  items: [
    {
      id: 'd1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1',
      title: 'Praktikplatsbanken',
      description: '',
      leadActorId: OTHER_ACTOR,
      participantActorIds: [ACTOR_ID],
      workingGroupId: null,
      goalIds: [IDS.goalWork],
      indicatorIds: [IDS.indicatorInternships],
      how: '',
      when: '',
      who: '',
      startDate: '2025-01-15',
      endDate: null,
      status: 'ongoing',
      priority: 0,
      ideaId: null,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

const narratives = {
  items: [
    {
      id: 'f1f1f1f1-f1f1-4f1f-8f1f-f1f1f1f1f1f1',
      indicatorId: IDS.indicatorInternships,
      period: '2025-Q2',
      whatHappened: 'Fler arbetsgivare tog emot praktikanter under våren.',
      why: '',
      nextSteps: 'Vi bjuder in handlarna till nästa partnermöte.',
      authorId: null,
      authorName: 'Maria Lindqvist',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

// Meetings as the server lists them: with `indicatorId`, only those whose agenda took it up (the
// cancelled one too, with its status); without, every meeting of the initiative.
const onAgenda = meetingListWire(meetingWire(1, 'Partnermöte om praktik', { startsAt: '2025-05-14T15:00:00.000Z', endsAt: '2025-05-14T17:00:00.000Z' }));
const cancelled = meetingListWire(meetingWire(2, 'Inställt praktikmöte', { startsAt: '2025-02-12T15:00:00.000Z', endsAt: '2025-02-12T17:00:00.000Z', status: 'cancelled' }));
const elsewhere = meetingListWire(meetingWire(3, 'Möte om fritidsgårdar', { startsAt: '2025-03-12T15:00:00.000Z', endsAt: '2025-03-12T17:00:00.000Z' }));
const meetingsOf = (indicatorId: string | null) =>
  indicatorId === null ? [cancelled, elsewhere, onAgenda] : indicatorId === IDS.indicatorInternships ? [cancelled, onAgenda] : [];

function open(role: Role) {
  indicator.parse(internships);
  listOf(activity).parse(activities);
  listOf(narrative).parse(narratives);
  const stub = stubFetch({
    'GET /me': { body: meFor(role) },
    'GET /initiatives/*/indicators/*/series': (r) => ({ body: series(r.query.get('frequency')) }),
    'GET /initiatives/*/indicators/*': { body: internships },
    'GET /initiatives/*/goals': { body: { items: [{ id: IDS.goalWork, title: 'Fler unga i arbete', description: '', position: 0, createdAt: stamp, updatedAt: stamp }] } },
    'GET /initiatives/*/actors': { body: actors },
    'GET /initiatives/*/narratives': { body: narratives },
    'POST /initiatives/*/narratives': (r) => ({ status: 201, body: { ...narratives.items[0], ...(r.body as object), id: 'f2f2f2f2-f2f2-4f2f-8f2f-f2f2f2f2f2f2' } }),
    'GET /initiatives/*/activities': { body: activities },
    'GET /initiatives/*/meetings': (r) => ({ body: { items: meetingsOf(r.query.get('indicatorId')) } }),
  });
  renderApp(`/i/${INITIATIVE_ID}/indicators/${IDS.indicatorInternships}`);
  return stub;
}

describe('indicator page', () => {
  it('states the latest value, the target and the status, and describes the chart in words', async () => {
    open('backbone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unga i praktik' })).toBeInTheDocument();
    expect(await screen.findByText('Off track')).toBeInTheDocument();
    // The goal is named above the title and in the facts (drawn just after the chart).
    await waitFor(() => expect(screen.getAllByText('Fler unga i arbete')).toHaveLength(2));
    const progress = screen.getByRole('region', { name: 'Progress over time' });
    expect(
      within(progress).getByText(
        'The latest value is 56 personer (Q2 2025). It was 40 personer in Q3 2024. The figure for Q3 2025 is preliminary: 45 personer, 1 of 2 have reported. The target is 150 personer by Q4 2026. If the recent trend continues, the value will be about 85 personer in Q4 2026.',
      ),
    ).toBeInTheDocument();
    // The chart's figures as a table, for screen readers and for copying.
    const table = within(progress).getByRole('table');
    expect(plain(within(table).getByRole('rowheader', { name: 'Q2 2025' }).closest('tr')?.textContent)).toBe('Q2 202556 personer76 personer55 personer–');
    expect(plain(within(table).getByRole('rowheader', { name: 'Q3 2025' }).closest('tr')?.textContent)).toBe(
      'Q3 202545 personer (preliminary: 1 of 2 reported)88 personer––',
    );
    expect(within(progress).getByText('Preliminary (not everyone has reported)')).toBeInTheDocument();
    // The linked activity is marked on the time axis and listed under the chart.
    expect(within(progress).getByText('Praktikplatsbanken')).toBeInTheDocument();
  });

  it('marks the meetings whose agenda took up the indicator, read from one filtered list', async () => {
    const { requests } = open('partner');
    const progress = await screen.findByRole('region', { name: 'Progress over time' });
    const list = (await within(progress).findByRole('heading', { name: 'Marked on the chart' })).parentElement!;
    await within(list).findByText(/Partnermöte om praktik/);
    expect(within(list).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      '1Activity Praktikplatsbanken (Q1 2025 – Q4 2026)',
      '2Meeting Partnermöte om praktik (Q2 2025)',
    ]);
    // The cancelled meeting and the one on another matter are not marked.
    expect(within(progress).queryByText(/Inställt praktikmöte|Möte om fritidsgårdar/)).toBeNull();
    const meetingRequests = requests.filter((r) => r.path.includes('/meetings'));
    expect(meetingRequests.map((r) => [r.path, r.query.get('indicatorId')])).toEqual([[`/initiatives/${INITIATIVE_ID}/meetings`, IDS.indicatorInternships]]);
  });

  it('lists each actor’s value and share of the total for the latest period', async () => {
    open('partner');
    const actorsRegion = await screen.findByRole('region', { name: 'Per actor' });
    const table = await within(actorsRegion).findByRole('table', { name: 'Values per actor, Q2 2025' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => plain(r.textContent))).toEqual(['Hagby IF42 personer75.0%', 'Jobbtorg Hagby14 personer25.0%']);
    expect(within(rows[0]).getByRole('link', { name: 'Hagby IF' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/actors/${ACTOR_ID}`);
  });

  it('heads the page with the latest complete quarter, its change and the preliminary one', async () => {
    open('partner');
    const box = await screen.findByRole('group', { name: 'Headline figures' });
    expect(plain(box.textContent)).toBe(
      'Latest value56 personerQ2 2025↑ +11 personer since Q1 2025Preliminary Q3 2025: 45 personer (1 of 2 reported)Target150 personerQ4 2026StatusOff track',
    );
  });

  it('asks the server for coarser periods when another frequency is chosen, and keeps the headline', async () => {
    const { requests } = open('steering');
    const user = userEvent.setup();
    const box = await screen.findByRole('group', { name: 'Headline figures' });
    const before = plain(box.textContent);
    await user.click(await screen.findByRole('radio', { name: 'Year' }));
    const progress = screen.getByRole('region', { name: 'Progress over time' });
    // The chart is per year now, with the plan converted to years and 2025 drawn preliminary...
    expect(await within(progress).findByRole('rowheader', { name: '2025' })).toBeInTheDocument();
    expect(plain(within(progress).getByRole('rowheader', { name: '2025' }).closest('tr')?.textContent)).toBe(
      '2025146 personer (preliminary: 0 of 2 reported)328 personer–',
    );
    expect(requests.some((r) => r.path.endsWith('/series') && r.query.get('frequency') === 'year')).toBe(true);
    // ...while the headline is the indicator's, whatever the chart shows.
    expect(plain(screen.getByRole('group', { name: 'Headline figures' }).textContent)).toBe(before);
    await user.click(screen.getByRole('button', { name: /Time span/ }));
    await user.click(await screen.findByRole('option', { name: 'This year' }));
    expect(plain(screen.getByRole('group', { name: 'Headline figures' }).textContent)).toBe(before);
  });

  it('shows the steering group no edit buttons, and the backbone can write a story', async () => {
    open('steering');
    expect(await screen.findByText('Fler arbetsgivare tog emot praktikanter under våren.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write about a period' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Enter figures' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit the story/ })).not.toBeInTheDocument();
  });

  it('lets the backbone write about a period', async () => {
    const { requests } = open('backbone');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Write about a period' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write about a period' });
    await user.type(within(dialog).getByLabelText('What happened'), 'Två nya arbetsgivare.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Write about a period' });
    const post = requests.find((r) => r.method === 'POST' && r.path.endsWith('/narratives'));
    expect(post?.body).toMatchObject({ indicatorId: IDS.indicatorInternships, period: '2025-Q3', whatHappened: 'Två nya arbetsgivare.' });
  });
});
