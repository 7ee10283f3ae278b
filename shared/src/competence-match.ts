// Needs meet competences: which organisations offer what another one is looking for. Entries are
// free text in Swedish, Danish or English ("Läxhjälp", "lektiehjælp", "Homework help"), so they
// are compared by meaning: normalised words, simple plural and definite forms, and the concepts of
// the synonym table in competence-synonyms.ts.
import { COMPETENCE_CONCEPTS } from './competence-synonyms.js';

/** Lower case, without accents; æ and ø read as a and o so Danish and Swedish spellings meet. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœß]/g, (c) => ({ æ: 'a', ø: 'o', œ: 'oe', ß: 'ss' })[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words of a text, folded, without punctuation. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Plural and definite endings of Swedish, Danish and English nouns, longest first. Only stripped
// when at least four letters remain, so short words keep their form.
const ENDINGS = ['erna', 'arna', 'orna', 'erne', 'ene', 'ies', 'es', 'ar', 'er', 'or', 'en', 'et', 'na', 'ne', 's', 'e', 'a'];
const MIN_STEM = 4;

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return ending === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -ending.length);
    }
  }
  return word;
}

interface Term {
  parts: string[];
  exact: boolean;
  prefix: boolean;
}

function parseTerm(raw: string): Term {
  const exact = raw.startsWith('=');
  const prefix = raw.endsWith('*');
  const body = raw.replace(/^=/, '').replace(/\*$/, '');
  return { parts: words(body).map((w) => (exact ? w : stem(w))), exact, prefix };
}

/** Does one word of an entry carry one word of a term (itself, or as a part of a compound)? */
function wordMatches(word: string, part: string, term: Term): boolean {
  const form = term.exact ? word : stem(word);
  if (form === part) return true;
  if (part.length >= MIN_STEM && form.length > part.length && form.endsWith(part)) return true;
  return term.prefix && part.length >= 3 && (form.startsWith(part) || word.startsWith(part));
}

function termIn(entryWords: string[], term: Term): boolean {
  const n = term.parts.length;
  for (let i = 0; i + n <= entryWords.length; i += 1) {
    if (term.parts.every((part, j) => wordMatches(entryWords[i + j], part, term))) return true;
  }
  return false;
}

const CONCEPT_TERMS = COMPETENCE_CONCEPTS.map((c) => ({
  id: c.id,
  terms: [...c.terms.sv, ...c.terms.da, ...c.terms.en].map(parseTerm),
}));

/** What an entry is about: the concepts it names, its words, and their simple forms. */
export interface EntryMeaning {
  concepts: string[];
  words: string[];
  stems: string[];
}

export function entryMeaning(entry: string): EntryMeaning {
  const entryWords = words(entry);
  return {
    concepts: CONCEPT_TERMS.filter((c) => c.terms.some((t) => termIn(entryWords, t))).map((c) => c.id),
    words: entryWords,
    stems: entryWords.map(stem),
  };
}

/**
 * Whether a need and a competence are about the same thing: they share a concept, they are the
 * same words in their simple forms ("Teknikverkstad", "teknikverkstäder"), or every word of one is
 * in the other as written ("Data" and "Data om børn og unge"; as written, because an ending can
 * change the meaning: Danish "lokaler" are premises, "lokale virksomheder" local businesses).
 * Returns what they share, empty when they do not match.
 */
export function sharedMeaning(a: EntryMeaning, b: EntryMeaning): string[] {
  const concepts = a.concepts.filter((c) => b.concepts.includes(c));
  if (concepts.length > 0) return concepts;
  if (a.words.length === 0 || b.words.length === 0) return [];
  if (a.stems.join(' ') === b.stems.join(' ')) return [a.stems.join(' ')];
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return short.every((w) => long.includes(w)) ? [short.join(' ')] : [];
}

export function entriesMatch(need: string, competence: string): boolean {
  return sharedMeaning(entryMeaning(need), entryMeaning(competence)).length > 0;
}

export interface MatchableActor {
  id: string;
  name: string;
  competences: readonly string[];
  needs: readonly string[];
}

export interface NeedOffer {
  actorId: string;
  actorName: string;
  /** The offering actor's competences that match the need, in its own order. */
  competences: string[];
}

export interface NeedMatch {
  actorId: string;
  actorName: string;
  need: string;
  offers: NeedOffer[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/**
 * For each need of each actor, the other actors offering a matching competence, with the
 * competences that match. Needs nobody can meet are left out. Sorted by actor name, needs in the
 * actor's own order, offers by actor name.
 */
export function matchNeeds(actors: readonly MatchableActor[]): NeedMatch[] {
  const sorted = [...actors].sort(byName);
  const offered = sorted.map((a) => ({ actor: a, competences: a.competences.map((c) => ({ text: c, meaning: entryMeaning(c) })) }));
  const out: NeedMatch[] = [];
  for (const actor of sorted) {
    for (const need of actor.needs) {
      const meaning = entryMeaning(need);
      const offers: NeedOffer[] = [];
      for (const other of offered) {
        if (other.actor.id === actor.id) continue;
        const competences = other.competences.filter((c) => sharedMeaning(meaning, c.meaning).length > 0).map((c) => c.text);
        if (competences.length > 0) offers.push({ actorId: other.actor.id, actorName: other.actor.name, competences });
      }
      if (offers.length > 0) out.push({ actorId: actor.id, actorName: actor.name, need, offers });
    }
  }
  return out;
}
