import { describe, expect, it } from 'vitest';
import { drawnValue } from './series-chart';

describe('what a progress chart draws of a period', () => {
  it('draws a complete period as a fact, an ended incomplete one as preliminary with its counts', () => {
    expect(drawnValue({ value: 40, state: 'closed', complete: true })).toEqual({ value: 40, preliminary: null });
    expect(drawnValue({ value: 28, state: 'reporting', complete: false, reported: 3, expected: 5 })).toEqual({
      value: 28,
      preliminary: { reported: 3, expected: 5 },
    });
  });

  it('leaves a period that has not ended undrawn, unless every expected value is already in', () => {
    // A quarter of a monthly flow one month in: a third of a quarter, no figure to compare.
    expect(drawnValue({ value: 519, state: 'open', complete: false, reported: 1, expected: 4 })).toEqual({ value: null, preliminary: null });
    expect(drawnValue({ value: 11, state: 'open', complete: true })).toEqual({ value: 11, preliminary: null });
    expect(drawnValue({ value: null, state: 'closed', complete: true })).toEqual({ value: null, preliminary: null });
  });
});
