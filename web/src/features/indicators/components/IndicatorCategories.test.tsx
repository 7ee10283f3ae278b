import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indicator, seriesResponse } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { ACTOR_ID, IDS, INITIATIVE_ID, meFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');
const OTHER_ACTOR = 'b2c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5f';
const stamp = '2025-07-01T08:00:00.000Z';
const GIRLS = 'c1c1c1c1-c1c1-4c1c-8c1c-c1c1c1c1c1c1';
const BOYS = 'c2c2c2c2-c2c2-4c2c-8c2c-c2c2c2c2c2c2';

const homework = indicator.parse({
  id: IDS.indicatorInternships,
  code: 'S2',
  name: 'Unga i läxhjälp',
  definition: '',
  source: '',
  unit: 'personer',
  decimals: 0,
  measureType: 'number',
  direction: 'increase',
  frequency: 'quarter',
  actorAggregation: 'sum',
  timeAggregation: 'sum',
  baselineValue: null,
  baselinePeriod: null,
  targetValue: null,
  targetPeriod: null,
  goalId: null,
  archived: false,
  position: 0,
  targets: [],
  dimensions: [
    {
      id: 'd0d0d0d0-d0d0-4d0d-8d0d-d0d0d0d0d0d0',
      name: 'Kön',
      position: 0,
      categories: [
        { id: GIRLS, name: 'Flickor', position: 0 },
        { id: BOYS, name: 'Pojkar', position: 1 },
      ],
    },
  ],
  expectedActorIds: null,
  reportingFrom: '2025-Q1',
  numeratorCanExceedDenominator: false,
  createdAt: stamp,
  updatedAt: stamp,
});

// Q1: Hagby IF 12 (flickor 7, pojkar 5), Jobbtorg 8 (not broken down): 20 = flickor 7 + pojkar 5 + 8 not broken down.
// Q2: Hagby IF 10 (6 + 4), Jobbtorg 6 (4 + 2): 16 = flickor 10 + pojkar 6.
const categories = (girls: number, boys: number) => [
  { categoryId: GIRLS, value: girls },
  { categoryId: BOYS, value: boys },
];
const series = seriesResponse.parse({
  indicatorId: IDS.indicatorInternships,
  frequency: 'quarter',
  baseline: null,
  target: null,
  status: 'no_data',
  latest: { period: '2025-Q2', value: 16 },
  previous: { period: '2025-Q1', value: 20 },
  trend: null,
  points: [
    {
      period: '2025-Q1',
      value: 20,
      byActor: [
        { actorId: ACTOR_ID, value: 12, byCategory: categories(7, 5) },
        { actorId: OTHER_ACTOR, value: 8, byCategory: [] },
      ],
      byCategory: categories(7, 5),
      state: 'closed',
      complete: true,
    },
    {
      period: '2025-Q2',
      value: 16,
      byActor: [
        { actorId: ACTOR_ID, value: 10, byCategory: categories(6, 4) },
        { actorId: OTHER_ACTOR, value: 6, byCategory: categories(4, 2) },
      ],
      byCategory: categories(10, 6),
      state: 'closed',
      complete: true,
    },
  ],
});

const actors = {
  items: [ACTOR_ID, OTHER_ACTOR].map((id, i) => ({
    id,
    name: i === 0 ? 'Hagby IF' : 'Jobbtorg Hagby',
    sector: 'civil_society',
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

function open() {
  stubFetch({
    'GET /me': { body: meFor('steering') },
    'GET /initiatives/*/indicators/*/series': { body: seriesResponse.encode(series) },
    'GET /initiatives/*/indicators/*': { body: indicator.encode(homework) },
    'GET /initiatives/*/goals': { body: { items: [] } },
    'GET /initiatives/*/actors': { body: actors },
    'GET /initiatives/*/narratives': { body: { items: [] } },
    'GET /initiatives/*/activities': { body: { items: [] } },
    'GET /initiatives/*/meetings': { body: { items: [] } },
  });
  renderApp(`/i/${INITIATIVE_ID}/indicators/${IDS.indicatorInternships}`);
}

describe('indicator page, per category', () => {
  it('breaks the figures down by a dimension, stacked with what was not broken down, with a table', async () => {
    open();
    const region = await screen.findByRole('region', { name: 'Breakdown' });
    const choice = within(region).getByRole('radiogroup', { name: 'Break down by' });
    expect(within(choice).getAllByRole('radio').map((r) => r.textContent)).toEqual(['Organisation', 'Kön']);
    await userEvent.click(within(choice).getByRole('radio', { name: 'Kön' }));

    const table = await within(region).findByRole('table', { name: "Kön: each category's part of the total, per period" });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Period', 'Flickor', 'Pojkar', 'Not broken down', 'Total']);
    expect(plain(within(table).getByRole('rowheader', { name: 'Q1 2025' }).closest('tr')?.textContent)).toBe('Q1 20257 personer5 personer8 personer20 personer');
    expect(plain(within(table).getByRole('rowheader', { name: 'Q2 2025' }).closest('tr')?.textContent)).toBe('Q2 202510 personer6 personer–16 personer');
  });

  it('opens an organisation’s categories under its figure in the values table', async () => {
    open();
    const region = await screen.findByRole('region', { name: 'Breakdown' });
    const table = await within(region).findByRole('table', { name: 'Values per actor, Q2 2025' });
    const toggle = within(table).getByRole('button', { name: 'Show categories of Hagby IF' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => plain(r.textContent));
    expect(rows).toEqual([
      'Hagby IF▾Hide categories of Hagby IF10 personer62.5%',
      'Kön: Flickor6 personer',
      'Kön: Pojkar4 personer',
      'Jobbtorg Hagby▸Show categories of Jobbtorg Hagby6 personer37.5%',
    ]);
    expect(within(table).getByRole('button', { name: 'Hide categories of Hagby IF' })).toHaveAttribute('aria-expanded', 'true');
  });
});
