import { describe, expect, it } from 'vitest';
import { ranksOf, reorderedIds } from './priority';

describe('activity priority', () => {
  const all = ['a', 'b', 'c', 'd', 'e'];

  it('places a moved activity before or after its target in the full order', () => {
    expect(reorderedIds(all, ['d'], 'b', 'before')).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(reorderedIds(all, ['a'], 'c', 'after')).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(reorderedIds(all, ['e'], 'a', 'before')).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('keeps several moved activities in their relative order, and ignores a drop on itself', () => {
    expect(reorderedIds(all, ['e', 'b'], 'd', 'after')).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(reorderedIds(all, ['c'], 'c', 'before')).toEqual(all);
  });

  it('ranks from 1 in the given order', () => {
    expect([...ranksOf([{ id: 'x' }, { id: 'y' }])]).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });
});
