import { describe, expect, it } from 'vitest';
import { changeSincePrevious, formatSignedChange } from './change';

describe('change since the previous period', () => {
  it('compares the headline with the figure of the period just before it', () => {
    expect(changeSincePrevious(75.1, 73.8, { decimals: 1, direction: 'increase' })).toEqual({ delta: 1.3, movement: 'up', assessment: 'better' });
  });

  it('rounds the change to the decimals shown, so a tiny move reads as unchanged and never as −0', () => {
    const change = changeSincePrevious(10.0, 10.04, { decimals: 0, direction: 'increase' });
    expect(change.delta).toBe(0);
    expect(Object.is(change.delta, -0)).toBe(false);
    expect(change.movement).toBe('flat');
    expect(change.assessment).toBe('neutral');
  });

  it('judges a fall as good news for an indicator that should decrease', () => {
    expect(changeSincePrevious(34, 40, { decimals: 0, direction: 'decrease' })).toEqual({ delta: -6, movement: 'down', assessment: 'better' });
    expect(changeSincePrevious(284, 439, { decimals: 0, direction: 'increase' })).toEqual({ delta: -155, movement: 'down', assessment: 'worse' });
  });

  it('judges a maintain indicator by whether it came closer to its target', () => {
    expect(changeSincePrevious(88, 80, { decimals: 0, direction: 'maintain', target: 90 }).assessment).toBe('better');
    expect(changeSincePrevious(95, 88, { decimals: 0, direction: 'maintain', target: 90 }).assessment).toBe('worse');
    expect(changeSincePrevious(95, 88, { decimals: 0, direction: 'maintain' }).assessment).toBe('neutral');
  });

  it('gives no change when the period before has no figure', () => {
    expect(changeSincePrevious(56, null, { decimals: 0, direction: 'increase' })).toEqual({ delta: null, movement: null, assessment: null });
    expect(changeSincePrevious(56, undefined, { decimals: 0, direction: 'increase' }).delta).toBeNull();
  });
});

describe('a change in words', () => {
  const people = { decimals: 0, unit: 'deltagare', measureType: 'number' as const };
  const share = { decimals: 1, unit: '%', measureType: 'percentage' as const };

  it('signs the change and keeps the unit, in the language on screen', () => {
    expect(formatSignedChange(1234, 'sv', people, 'procentenheter')).toBe('+1\u00a0234\u00a0deltagare');
    expect(formatSignedChange(-12, 'en', people, 'percentage points')).toBe('\u221212\u00a0deltagare');
    expect(formatSignedChange(0, 'da', people, 'procentpoint')).toBe('±0\u00a0deltagare');
  });

  it('gives a percentage change in percentage points, with the decimal sign of the language', () => {
    expect(formatSignedChange(1.3, 'sv', share, 'procentenheter')).toBe('+1,3\u00a0procentenheter');
    expect(formatSignedChange(-2.25, 'da', share, 'procentpoint')).toBe('\u22122,3\u00a0procentpoint');
    expect(formatSignedChange(1.3, 'en', share, 'percentage points')).toBe('+1.3\u00a0percentage points');
  });
});
