// Filtering the competence directory: free text plus chips. Chips in one group widen the search
// (any of them), groups narrow it (all groups must match), the way shop filters work.
import type { Actor, Sector } from '@ci/shared';

export interface DirectoryFilter {
  q: string;
  sectors: Sector[];
  competences: string[];
  needs: string[];
}

export const EMPTY_FILTER: DirectoryFilter = { q: '', sectors: [], competences: [], needs: [] };

/** Lower case without accents, so "skane" finds "Skåne" and "Läxhjälp" finds "laxhjalp". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function anyOf(values: string[], wanted: string[]): boolean {
  if (wanted.length === 0) return true;
  const have = new Set(values.map(fold));
  return wanted.some((w) => have.has(fold(w)));
}

export function matchesFilter(actor: Actor, filter: DirectoryFilter): boolean {
  if (filter.sectors.length > 0 && !filter.sectors.includes(actor.sector)) return false;
  if (!anyOf(actor.competences, filter.competences)) return false;
  if (!anyOf(actor.needs, filter.needs)) return false;
  const words = fold(filter.q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([actor.name, actor.description, ...actor.competences, ...actor.needs].join(' \n '));
  return words.every((w) => haystack.includes(w));
}

export type ChipGroup = 'sectors' | 'competences' | 'needs';

/**
 * How many actors a chip finds, given the other groups' chips and the search text: the actors
 * that would be listed if this chip were the only one chosen in its group. A chip in a group with
 * other chosen chips adds those actors to the list (chips in one group widen the search).
 */
export function chipCount(actors: readonly Actor[], filter: DirectoryFilter, group: ChipGroup, value: string): number {
  const only = { ...filter, [group]: [value] };
  return actors.filter((a) => matchesFilter(a, only)).length;
}

export function filterActors(actors: Actor[], filter: DirectoryFilter): Actor[] {
  return actors.filter((a) => matchesFilter(a, filter)).sort((a, b) => a.name.localeCompare(b.name));
}

export function isFiltered(filter: DirectoryFilter): boolean {
  return filter.q.trim() !== '' || filter.sectors.length > 0 || filter.competences.length > 0 || filter.needs.length > 0;
}

/** The filter as it is kept in the address (so it can be shared and survives "back"). */
export function filterFromParams(params: URLSearchParams, sectors: readonly string[]): DirectoryFilter {
  return {
    q: params.get('q') ?? '',
    sectors: params.getAll('sector').filter((s): s is Sector => sectors.includes(s)),
    competences: params.getAll('competence'),
    needs: params.getAll('need'),
  };
}

export function filterToParams(filter: DirectoryFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const s of filter.sectors) params.append('sector', s);
  for (const c of filter.competences) params.append('competence', c);
  for (const n of filter.needs) params.append('need', n);
  return params;
}
