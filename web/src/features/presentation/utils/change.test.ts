import { describe, expect, it } from 'vitest';
import { changeSincePrevious, formatSignedChange } from './change';

const quarters = (values: (number | null)[], first = 2024) =>
  values.map((value, i) => ({ period: `${first + Math.floor(i / 4)}-Q${(i % 4) + 1}`, value }));

describe('change since the previous period', () => {
  it('compares the latest figure with the quarter just before it', () => {
    const change = changeSincePrevious(quarters([70.1, 71.5, 72.0, 73.8, 75.1]), { decimals: 1, direction: 'increase' });
    expect(change).toEqual({
      latest: { period: '2025-Q1', value: 75.1 },
      previous: { period: '2024-Q4', value: 73.8 },
      delta: 1.3,
      movement: 'up',
      assessment: 'better',
    });
  });

  it('rounds the change to the decimals shown, so a tiny move reads as unchanged and never as −0', () => {
    const change = changeSincePrevious(quarters([10.04, 10.0]), { decimals: 0, direction: 'increase' });
    expect(change?.delta).toBe(0);
    expect(Object.is(change?.delta, -0)).toBe(false);
    expect(change?.movement).toBe('flat');
    expect(change?.assessment).toBe('neutral');
  });

  it('judges a fall as good news for an indicator that should decrease', () => {
    const change = changeSincePrevious(quarters([40, 34]), { decimals: 0, direction: 'decrease' });
    expect(change).toMatchObject({ delta: -6, movement: 'down', assessment: 'better' });
  });

  it('judges a maintain indicator by whether it came closer to its target', () => {
    expect(changeSincePrevious(quarters([80, 88]), { decimals: 0, direction: 'maintain', target: 90 })?.assessment).toBe('better');
    expect(changeSincePrevious(quarters([88, 95]), { decimals: 0, direction: 'maintain', target: 90 })?.assessment).toBe('worse');
    expect(changeSincePrevious(quarters([88, 95]), { decimals: 0, direction: 'maintain' })?.assessment).toBe('neutral');
  });

  it('does not compare with an older quarter when the previous one has no figure', () => {
    const change = changeSincePrevious(quarters([50, null, 56]), { decimals: 0, direction: 'increase' });
    expect(change).toEqual({
      latest: { period: '2024-Q3', value: 56 },
      previous: { period: '2024-Q2', value: null },
      delta: null,
      movement: null,
      assessment: null,
    });
  });

  it('ignores figures after the quarter on screen, and skips trailing periods without data', () => {
    const points = quarters([50, 52, 55, null, 61]);
    expect(changeSincePrevious(points, { decimals: 0, direction: 'increase', through: '2024-Q3' })).toMatchObject({
      latest: { period: '2024-Q3', value: 55 },
      delta: 3,
    });
    expect(changeSincePrevious(points, { decimals: 0, direction: 'increase', through: '2024-Q4' })?.latest).toEqual({ period: '2024-Q3', value: 55 });
  });

  it('counts a yearly figure of the year the quarter lies in, but no later year', () => {
    const years = [
      { period: '2023', value: 120 },
      { period: '2024', value: 150 },
      { period: '2025', value: 171 },
    ];
    expect(changeSincePrevious(years, { decimals: 0, direction: 'increase', through: '2024-Q3' })).toMatchObject({
      latest: { period: '2024', value: 150 },
      previous: { period: '2023', value: 120 },
      delta: 30,
    });
    expect(changeSincePrevious(years, { decimals: 0, direction: 'increase', through: '2025-Q1' })?.latest).toEqual({ period: '2025', value: 171 });
  });

  it('gives nothing when no period has a figure', () => {
    expect(changeSincePrevious(quarters([null, null]), { decimals: 0, direction: 'increase' })).toBeNull();
    expect(changeSincePrevious([], { decimals: 0, direction: 'increase' })).toBeNull();
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
