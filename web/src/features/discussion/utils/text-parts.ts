// A comment is plain text: it is never parsed as markup. Only two things become more than text:
// web addresses (http and https only, opened safely) and mentions of organisations.
import { findMentions, type MentionCandidate } from '@ci/shared';

export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; actorId: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?'"»”’)\]}]+$/u;

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function links(text: string): { start: number; end: number; href: string }[] {
  const out: { start: number; end: number; href: string }[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let raw = match[0];
    const trailing = raw.match(TRAILING)?.[0] ?? '';
    // Keep a closing bracket that belongs to the address, e.g. a wiki page "…_(ort)".
    let cut = trailing.length;
    if (trailing.startsWith(')') && raw.slice(0, -cut).includes('(')) cut -= 1;
    raw = raw.slice(0, raw.length - cut);
    const href = safeHref(raw);
    if (href) out.push({ start: match.index, end: match.index + raw.length, href });
  }
  return out;
}

/** The text in parts, in order; mentions only of the given organisations (those the server resolved). */
export function textParts(text: string, mentioned: readonly MentionCandidate[] = []): TextPart[] {
  const marks = [
    ...links(text).map((l) => ({ ...l, kind: 'link' as const })),
    ...findMentions(text, mentioned).map((m) => ({ start: m.start, end: m.end, actorId: m.actorId, kind: 'mention' as const })),
  ].sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push({ kind: 'text', text: text.slice(at, mark.start) });
    const slice = text.slice(mark.start, mark.end);
    parts.push(mark.kind === 'link' ? { kind: 'link', text: slice, href: mark.href } : { kind: 'mention', text: slice, actorId: mark.actorId });
    at = mark.end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The `@word` being typed right before the caret, if any: what the autocomplete offers names for. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = before.match(/(?:^|[^\p{L}\p{N}])@([^@\n]{0,40})$/u);
  if (!match) return null;
  const query = match[1]!;
  return { start: caret - query.length - 1, query };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Organisations whose name fits what is typed after `@`: names starting with it first. */
export function mentionOptions<T extends MentionCandidate>(candidates: readonly T[], query: string, limit = 6): T[] {
  const q = fold(query.trimStart());
  const starts = candidates.filter((c) => fold(c.name).startsWith(q));
  const words = candidates.filter((c) => !starts.includes(c) && fold(c.name).split(/\s+/u).some((w) => w.startsWith(q)));
  return [...starts, ...words].slice(0, limit);
}
