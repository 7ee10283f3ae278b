import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actor, competenceSummary, listOf, needMatches } from '@ci/shared';
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
    make(4, 'Hagby bibliotek', 'public', ['Lokaler', 'Läxhjälp'], ['Volontärer']),
  ],
};
const [hagbyIf, hagbyskolan, bostads, bibliotek] = actors.items;
const matches = {
  items: [
    {
      actorId: hagbyIf.id,
      actorName: hagbyIf.name,
      need: 'Lokaler',
      offers: [
        { actorId: bostads.id, actorName: bostads.name, competences: ['Lokaler'] },
        { actorId: bibliotek.id, actorName: bibliotek.name, competences: ['Lokaler'] },
      ],
    },
    {
      actorId: hagbyskolan.id,
      actorName: hagbyskolan.name,
      need: 'Läxhjälp',
      offers: [
        { actorId: bibliotek.id, actorName: bibliotek.name, competences: ['Läxhjälp'] },
        { actorId: hagbyIf.id, actorName: hagbyIf.name, competences: ['Läxhjälp', 'Idrott'] },
      ],
    },
  ],
};
const summary = {
  competences: [
    { name: 'Lokaler', count: 2 },
    { name: 'Läxhjälp', count: 2 },
    { name: 'Idrott', count: 1 },
    { name: 'Studievägledning', count: 1 },
  ],
  needs: [
    { name: 'Läxhjälp', count: 1 },
    { name: 'Lokaler', count: 1 },
    { name: 'Volontärer', count: 1 },
  ],
};

function open(path = `/i/${INITIATIVE_ID}/directory`) {
  listOf(actor).parse(actors);
  competenceSummary.parse(summary);
  needMatches.parse(matches);
  stubFetch({
    'GET /initiatives/*/actors/matches': { body: matches },
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
    expect(await screen.findByText('4 actors')).toBeInTheDocument();

    const offers = screen.getByRole('grid', { name: 'Can offer' });
    await user.click(within(offers).getByRole('row', { name: /Lokaler/ }));
    expect(await screen.findByText('2 actors')).toBeInTheDocument();
    expect(names()).toEqual(['Bostads AB Hagby', 'Hagby bibliotek']);
    expect(router.state.location.search).toBe('?competence=Lokaler');

    await user.click(within(offers).getByRole('row', { name: /Idrott/ }));
    expect(await screen.findByText('3 actors')).toBeInTheDocument();

    await user.click(within(screen.getByRole('grid', { name: 'Sector' })).getByRole('row', { name: /Housing/ }));
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(names()).toEqual(['Bostads AB Hagby']);

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(await screen.findByText('4 actors')).toBeInTheDocument();
  });

  it('searches names, competences and needs as one types, and says when nothing matches', async () => {
    open();
    const user = userEvent.setup();
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(search, 'laxhjalp');
    expect(await screen.findByText('3 actors')).toBeInTheDocument();
    expect(names()).toEqual(['Hagby bibliotek', 'Hagby IF', 'Hagbyskolan']);
    await user.type(search, ' trumpet');
    expect(await screen.findByText('No actor matches')).toBeInTheDocument();
  });

  it('opens with a filter from a link, e.g. from an actor’s need', async () => {
    open(`/i/${INITIATIVE_ID}/directory?need=L%C3%A4xhj%C3%A4lp`);
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(names()).toEqual(['Hagbyskolan']);
  });
});

/** The numbers on a group's chips, by label. */
function chipCounts(group: string): Record<string, number> {
  const rows = within(screen.getByRole('grid', { name: group })).getAllByRole('row');
  return Object.fromEntries(
    rows.map((row) => {
      const count = row.querySelector('.chip__count')!;
      return [count.previousElementSibling!.textContent, Number(count.textContent)];
    }),
  );
}

describe('counts on the filter chips', () => {
  it('count the actors each chip finds, following the filters of the other groups', async () => {
    open();
    const user = userEvent.setup();
    expect(await screen.findByText('4 actors')).toBeInTheDocument();
    await waitFor(() => expect(chipCounts('Can offer')).toEqual({ Lokaler: 2, Läxhjälp: 2, Idrott: 1, Studievägledning: 1 }));
    expect(chipCounts('Is looking for')).toEqual({ Läxhjälp: 1, Lokaler: 1, Volontärer: 1 });
    expect(chipCounts('Sector')).toMatchObject({ 'Civil society': 1, Education: 1, Housing: 1, 'Public sector': 1, Business: 0 });

    // Offering premises: the two that do are listed; the sectors and needs count among them,
    // the competences (the same group) still count as if chosen alone.
    await user.click(within(screen.getByRole('grid', { name: 'Can offer' })).getByRole('row', { name: /Lokaler/ }));
    expect(await screen.findByText('2 actors')).toBeInTheDocument();
    expect(chipCounts('Sector')).toMatchObject({ 'Civil society': 0, Education: 0, Housing: 1, 'Public sector': 1 });
    expect(chipCounts('Is looking for')).toEqual({ Läxhjälp: 0, Lokaler: 0, Volontärer: 1 });
    expect(chipCounts('Can offer')).toEqual({ Lokaler: 2, Läxhjälp: 2, Idrott: 1, Studievägledning: 1 });

    await user.click(within(screen.getByRole('grid', { name: 'Sector' })).getByRole('row', { name: /Public sector/ }));
    expect(await screen.findByText('1 actor')).toBeInTheDocument();
    expect(chipCounts('Can offer')).toEqual({ Lokaler: 1, Läxhjälp: 1, Idrott: 0, Studievägledning: 0 });
    // A screen reader hears the count with its noun.
    expect(within(screen.getByRole('grid', { name: 'Can offer' })).getByRole('row', { name: /Idrott/ })).toHaveTextContent('Idrott0, 0 actors');
  });
});

describe('suggestions in the directory', () => {
  it('names, under each need, the organisations that offer it, with links to them', async () => {
    open();
    const card = (await screen.findByRole('heading', { name: 'Hagbyskolan' })).closest('li')!;
    const helpers = await within(card as HTMLElement).findByRole('list', { name: 'Can get help from' });
    expect(helpers).toHaveTextContent('Läxhjälp: Hagby bibliotek, Hagby IF (Läxhjälp, Idrott)');
    expect(within(helpers).getByRole('link', { name: 'Hagby bibliotek' })).toHaveAttribute('href', `/i/${INITIATIVE_ID}/actors/${bibliotek.id}`);
    // Nobody offers volunteers: the library's card suggests nothing.
    const library = screen.getByRole('heading', { name: 'Hagby bibliotek' }).closest('li')!;
    expect(within(library as HTMLElement).queryByRole('list', { name: 'Can get help from' })).toBeNull();
  });
});
