import { screen, within } from '@testing-library/react';
import { publicInitiative } from '@ci/shared';
import { renderApp, stubApi } from '../../test/app-harness';
import { INITIATIVE_ID, uuid } from '../../test/api-fixtures';

const GOAL = uuid(60);

function indicator(n: number, overrides: Record<string, unknown>) {
  return {
    id: uuid(200 + n),
    goalId: GOAL,
    code: `A${n}`,
    name: `Indicator ${n}`,
    definition: '',
    unit: 'young people',
    decimals: 0,
    measureType: 'number',
    direction: 'increase',
    frequency: 'quarter',
    baseline: null,
    target: null,
    status: 'on_track',
    latest: null,
    points: [],
    ...overrides,
  };
}

const view = publicInitiative.parse({
  id: INITIATIVE_ID,
  name: 'Northside Together',
  area: 'Northside',
  vision: 'Every young person in Northside finds a way through school into work.',
  description: '',
  locale: 'en',
  publicThreshold: 5,
  goals: [{ id: GOAL, title: 'More young people in work', description: '', position: 1 }],
  indicators: [
    indicator(1, {
      name: 'Young people in summer jobs',
      latest: { period: '2025-Q2', value: null, suppressed: true },
      points: [
        { period: '2025-Q1', value: 12, suppressed: false, complete: true },
        { period: '2025-Q2', value: null, suppressed: true, complete: true },
        // Still being reported, and so far resting on too few people: withheld all the same.
        { period: '2025-Q3', value: null, suppressed: true, complete: false },
      ],
    }),
    indicator(2, {
      name: 'Share of pupils passing',
      measureType: 'percentage',
      unit: '%',
      decimals: 1,
      latest: { period: '2025-Q2', value: null, suppressed: true },
      points: [{ period: '2025-Q2', value: null, suppressed: true, complete: true }],
    }),
    indicator(3, {
      name: 'Mentors active',
      latest: { period: '2025-Q2', value: 0, suppressed: false },
      points: [
        { period: '2025-Q2', value: 0, suppressed: false, complete: true },
        { period: '2025-Q3', value: 7, suppressed: false, complete: false },
      ],
    }),
  ],
});

describe('public view', () => {
  it('shows a withheld figure as "fewer than N", never as zero, and explains why', async () => {
    const { calls } = stubApi([{ path: `/public/initiatives/${INITIATIVE_ID}`, answer: { body: view } }]);
    await renderApp(`/public/${INITIATIVE_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Northside Together' })).toBeInTheDocument();
    expect(screen.getByText(/a figure that rests on fewer than 5 people is not published/)).toBeInTheDocument();

    const jobs = screen.getByRole('article', { name: 'A1 Young people in summer jobs' });
    expect(within(jobs).getByText('fewer than 5', { selector: '.public-indicator__value' })).toBeInTheDocument();
    expect(within(jobs).queryByText('0', { selector: '.public-indicator__value' })).not.toBeInTheDocument();
    // In the chart's table too, the withheld quarter reads "fewer than 5" next to the published one.
    const rows = within(jobs).getAllByRole('row');
    expect(rows.find((r) => r.textContent?.includes('Q2 2025'))).toHaveTextContent('fewer than 5');
    expect(rows.find((r) => r.textContent?.includes('Q1 2025'))).toHaveTextContent('12 young people');
    expect(within(jobs).getByText(/For 2 periods the figure is withheld: fewer than 5\./)).toBeInTheDocument();
    // A preliminary figure is withheld by the same rule, and says it is preliminary.
    expect(rows.find((r) => r.textContent?.includes('Q3 2025'))).toHaveTextContent('fewer than 5 (preliminary)');
    expect(within(jobs).getByText('Preliminary Q3 2025: fewer than 5 (not everyone has reported yet)')).toBeInTheDocument();
    expect(within(jobs).queryByText('Preliminary (not everyone has reported)')).not.toBeInTheDocument();

    // A share is withheld because of how few people it is a share of, not because it is small.
    const share = screen.getByRole('article', { name: 'A2 Share of pupils passing' });
    expect(within(share).getByText('withheld (fewer than 5 people)', { selector: '.public-indicator__value' })).toBeInTheDocument();

    // A real zero ("nobody") is published as zero.
    const mentors = screen.getByRole('article', { name: 'A3 Mentors active' });
    expect(within(mentors).getByText('0 young people', { selector: '.public-indicator__value' })).toBeInTheDocument();
    // The headline stays the complete quarter; the newer one is drawn and named as preliminary.
    expect(within(mentors).getByText('Preliminary Q3 2025: 7 young people (not everyone has reported yet)')).toBeInTheDocument();
    expect(within(mentors).getByText('Preliminary (not everyone has reported)')).toBeInTheDocument();
    expect(within(mentors).getAllByRole('row').find((r) => r.textContent?.includes('Q3 2025'))).toHaveTextContent('7 young people (preliminary)');

    // No sign-in is needed, or asked about.
    expect(calls.map((c) => c.path)).not.toContain('/me');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });

  it('says the page is not public when the initiative has not published its figures', async () => {
    stubApi([]);
    await renderApp(`/public/${INITIATIVE_ID}`);
    expect(await screen.findByText('This page is not public')).toBeInTheDocument();
  });

  it('speaks the language on screen, here Swedish', async () => {
    stubApi([{ path: `/public/initiatives/${INITIATIVE_ID}`, answer: { body: view } }]);
    await renderApp(`/public/${INITIATIVE_ID}`, 'sv');
    const jobs = await screen.findByRole('article', { name: 'A1 Young people in summer jobs' });
    expect(within(jobs).getByText('färre än 5', { selector: '.public-indicator__value' })).toBeInTheDocument();
  });
});
