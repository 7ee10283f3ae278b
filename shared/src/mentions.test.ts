import { describe, expect, it } from 'vitest';
import { findMentions, mentionedActorIds } from './mentions.js';

const actors = [
  { id: 'a', name: 'IK Sport' },
  { id: 'b', name: 'IK Sport Ungdom' },
  { id: 'c', name: 'Kulturhuset Rosengård' },
  { id: 'd', name: 'Boligselskabet Østervang' },
];

describe('findMentions', () => {
  it('takes the longest name, ignoring case and accents', () => {
    expect(mentionedActorIds('Hej @ik sport ungdom och @IK Sport!', actors)).toEqual(['b', 'a']);
    expect(mentionedActorIds('Fråga @kulturhuset rosengard', actors)).toEqual(['c']);
    expect(mentionedActorIds('@boligselskabet østervang', actors)).toEqual(['d']);
  });

  it('needs the whole name and no e-mail address', () => {
    expect(mentionedActorIds('@IK Sportklubben', actors)).toEqual([]);
    expect(mentionedActorIds('skriv till info@IK Sport', actors)).toEqual([]);
    expect(mentionedActorIds('no mention here', actors)).toEqual([]);
  });

  it('gives positions in the original text', () => {
    const text = 'Tack @Kulturhuset Rosengård, bra!';
    const [m] = findMentions(text, actors);
    expect(text.slice(m!.start, m!.end)).toBe('@Kulturhuset Rosengård');
    const decomposed = 'x @Kulturhuset Rosenga\u030Ard.';
    const [n] = findMentions(decomposed, actors);
    expect(decomposed.slice(n!.start, n!.end)).toBe('@Kulturhuset Rosenga\u030Ard');
  });
});
