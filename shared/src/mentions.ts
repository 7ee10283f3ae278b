// Mentions of organisations in a comment: `@` followed by an actor's name. Matching ignores case
// and accents (a Danish "@Boligselskabet Ostervang" finds "Boligselskabet Østervang" only if ø is
// typed, since ø is a letter of its own, but "@Kulturhuset Rosengard" finds "Rosengård"), and takes
// the longest name when one name starts another ("@IK Sport" vs "@IK Sport Ungdom").

export interface MentionCandidate {
  id: string;
  name: string;
}

export interface Mention {
  actorId: string;
  /** Where `@Name` stands in the original text: start at the `@`, end after the name. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** Case- and accent-folded text, with the original index of every folded character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s/gu, ' ');
    for (const c of part) {
      folded += c;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

const foldName = (name: string) => fold(name.trim().replace(/\s+/gu, ' ')).folded;

/** Every `@Name` of a known actor in the text, in order; longest name wins where several fit. */
export function findMentions(text: string, actors: readonly MentionCandidate[]): Mention[] {
  const names = actors
    .map((a) => ({ id: a.id, key: foldName(a.name) }))
    .filter((a) => a.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  if (names.length === 0 || !text.includes('@')) return [];
  const { folded, origin } = fold(text);
  const out: Mention[] = [];
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    // An e-mail address (name@place) is not a mention.
    if (at > 0 && WORD.test(folded[at - 1]!)) continue;
    const match = names.find((n) => folded.startsWith(n.key, at + 1) && !WORD.test(folded[at + 1 + n.key.length] ?? ''));
    if (!match) continue;
    const endFolded = at + 1 + match.key.length;
    out.push({ actorId: match.id, start: origin[at]!, end: origin[endFolded]! });
    at = endFolded - 1;
  }
  return out;
}

/** The distinct actors mentioned, in order of first mention. */
export function mentionedActorIds(text: string, actors: readonly MentionCandidate[]): string[] {
  return [...new Set(findMentions(text, actors).map((m) => m.actorId))];
}
