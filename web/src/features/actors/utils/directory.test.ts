import { describe, expect, it } from 'vitest';
import { actor, type Actor } from '@ci/shared';
import { EMPTY_FILTER, filterActors, filterFromParams, filterToParams, isFiltered } from './directory';

let n = 0;
function make(fields: Partial<Actor>): Actor {
  n += 1;
  return actor.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: 'Actor',
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
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  });
}

const actors = [
  make({ name: 'Hagby IF', sector: 'civil_society', competences: ['Läxhjälp', 'Idrott'], needs: ['Lokaler'] }),
  make({ name: 'Hagbyskolan', sector: 'education', competences: ['Studievägledning'], needs: ['Läxhjälp', 'Volontärer'] }),
  make({ name: 'Bostads AB Hagby', sector: 'housing', competences: ['Lokaler'], needs: [], description: 'Hyr ut lokaler i Skåne' }),
];

const names = (list: Actor[]) => list.map((a) => a.name);

describe('filterActors', () => {
  it('returns everyone, sorted by name, without filters', () => {
    expect(names(filterActors(actors, EMPTY_FILTER))).toEqual(['Bostads AB Hagby', 'Hagby IF', 'Hagbyskolan']);
  });

  it('finds text in names, descriptions, competences and needs, ignoring case and accents', () => {
    expect(names(filterActors(actors, { ...EMPTY_FILTER, q: 'laxhjalp' }))).toEqual(['Hagby IF', 'Hagbyskolan']);
    expect(names(filterActors(actors, { ...EMPTY_FILTER, q: 'skane' }))).toEqual(['Bostads AB Hagby']);
    expect(names(filterActors(actors, { ...EMPTY_FILTER, q: 'hagby lokaler' }))).toEqual(['Bostads AB Hagby', 'Hagby IF']);
  });

  it('widens within a group of chips and narrows across groups', () => {
    expect(names(filterActors(actors, { ...EMPTY_FILTER, sectors: ['education', 'housing'] }))).toEqual(['Bostads AB Hagby', 'Hagbyskolan']);
    expect(names(filterActors(actors, { ...EMPTY_FILTER, competences: ['Lokaler', 'Idrott'] }))).toEqual(['Bostads AB Hagby', 'Hagby IF']);
    expect(names(filterActors(actors, { ...EMPTY_FILTER, competences: ['Lokaler', 'Idrott'], sectors: ['housing'] }))).toEqual(['Bostads AB Hagby']);
    expect(names(filterActors(actors, { ...EMPTY_FILTER, needs: ['läxhjälp'] }))).toEqual(['Hagbyskolan']);
  });
});

describe('filter in the address', () => {
  it('round-trips through search parameters and drops unknown sectors', () => {
    const filter = { q: 'läx', sectors: ['housing' as const], competences: ['Lokaler', 'Idrott'], needs: ['Volontärer'] };
    const params = filterToParams(filter);
    expect(filterFromParams(params, ['housing', 'education'])).toEqual(filter);
    expect(filterFromParams(new URLSearchParams('sector=spaceships'), ['housing']).sectors).toEqual([]);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, q: '  ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, needs: ['x'] })).toBe(true);
  });
});
