import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actor, competenceSummary, listOf } from '@ci/shared';
import { stubFetch } from '../../../test/fetch';
import { INITIATIVE_ID, meFor } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const stamp = '2025-01-01T00:00:00.000Z';
const make = (n: number, name: string, sector: string, competences: string[], needs: string[]) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  sector,
  role: 'partner',
  description: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  website: '',
  joinedOn: null,
  leftOn: null,
  competences,
  needs,
  createdAt: stamp,
  updatedAt: stamp,
});

const actors = {
  items: [
    make(1, 'Hagby IF', 'civil_society', ['Läxhjälp', 'Idrott'], ['Lokaler']),
    make(2, 'Hagbyskolan', 'education', ['Studievägledning'], ['Läxhjälp']),
    make(3, 'Bostads AB Hagby', 'housing', ['Lokaler'], []),
  ],
};
const summary = {
  competences: [
    { name: 'Idrott', count: 1 },
    { name: 'Lokaler', count: 1 },
    { name: 'Läxhjälp', count: 1 },
    { name: 'Studievägledning', count: 1 },
  ],
  needs: [
    { name: 'Läxhjälp', count: 1 },
    { name: 'Lokaler', count: 1 },
  ],
};

function open(path = `/i/${INITIATIVE_ID}/directory`) {
  listOf(actor).parse(actors);
  competenceSummary.parse(summary);
  stubFetch({
    'GET /me': { body: meFor('partner') },
    'GET /initiatives/*/actors': { body: actors },
    'GET /initiatives/*/actors/competences': { body: summary },
  });
  return renderApp(path);
}

const names = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('competence directory', () => {
  it('filters by competence chip and by sector, and keeps the filter in the address', async () => {
    const { router } = open();
    const user = userEvent.setup();
    expect(await screen.findByText('3 actors')).toBeInTheDocument();

    const offers = screen.getByRole('grid', { name: 'Can offer' });
    await user.click(within(offers).getByRole('row', { name: /Lokaler/ }));
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(names()).toEqual(['Bostads AB Hagby']);
    expect(router.state.location.search).toBe('?competence=Lokaler');

    await user.click(within(offers).getByRole('row', { name: /Idrott/ }));
    expect(await screen.findByText('2 actors')).toBeInTheDocument();

    await user.click(within(screen.getByRole('grid', { name: 'Sector' })).getByRole('row', { name: 'Housing' }));
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(names()).toEqual(['Bostads AB Hagby']);

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(await screen.findByText('3 actors')).toBeInTheDocument();
  });

  it('searches names, competences and needs as one types, and says when nothing matches', async () => {
    open();
    const user = userEvent.setup();
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(search, 'laxhjalp');
    expect(await screen.findByText('2 actors')).toBeInTheDocument();
    expect(names()).toEqual(['Hagby IF', 'Hagbyskolan']);
    await user.type(search, ' trumpet');
    expect(await screen.findByText('No actor matches')).toBeInTheDocument();
  });

  it('opens with a filter from a link, e.g. from an actor’s need', async () => {
    open(`/i/${INITIATIVE_ID}/directory?need=L%C3%A4xhj%C3%A4lp`);
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(names()).toEqual(['Hagbyskolan']);
  });
});
