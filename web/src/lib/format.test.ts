import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatPeriodRange, formatShare, formatValue } from './format';

// Non-breaking spaces keep "1 234" and "kv. 1" together on a line; compare with plain spaces.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatNumber', () => {
  it('groups thousands with a space and uses a decimal comma in Swedish and Danish', () => {
    expect(plain(formatNumber(1234.5, 'sv', 1))).toBe('1 234,5');
    expect(plain(formatNumber(1234.5, 'da', 1))).toBe('1 234,5');
    expect(plain(formatNumber(1234567, 'da', 0))).toBe('1 234 567');
  });

  it('uses a comma for thousands and a point for decimals in English', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it('keeps the non-breaking space so a number never wraps', () => {
    expect(formatNumber(1234, 'sv')).toBe('1\u00a0234');
  });

  it('shows exactly the indicator’s decimals', () => {
    expect(formatNumber(2, 'sv', 2)).toBe('2,00');
    expect(formatNumber(2.456, 'en', 1)).toBe('2.5');
    expect(formatNumber(2.5, 'da', 0)).toBe('3');
  });
});

describe('formatValue', () => {
  it('adds the unit after a non-breaking space', () => {
    expect(plain(formatValue(1234, 'sv', { decimals: 0, unit: 'deltagare', measureType: 'number' }))).toBe('1 234 deltagare');
  });

  it('formats percentages (kept on the 0-100 scale) per locale', () => {
    const fmt = { decimals: 1, unit: '%', measureType: 'percentage' as const };
    expect(plain(formatValue(78.4, 'sv', fmt))).toBe('78,4 %');
    expect(plain(formatValue(78.4, 'da', fmt))).toBe('78,4 %');
    expect(formatValue(78.4, 'en', fmt)).toBe('78.4%');
  });

  it('treats a "%" unit on a number as a percentage', () => {
    expect(formatValue(12, 'en', { decimals: 0, unit: '%', measureType: 'number' })).toBe('12%');
  });

  it('shows a dash for a missing value, never 0', () => {
    expect(formatValue(null, 'sv', { decimals: 0, unit: '', measureType: 'number' })).toBe('–');
  });

  it('formats shares and percentages', () => {
    expect(plain(formatShare(0.2345, 'sv'))).toBe('23,5 %');
    expect(formatPercent(50, 'en')).toBe('50%');
  });
});

describe('formatPeriod', () => {
  it('names quarters the way each language writes them', () => {
    expect(plain(formatPeriod('2025-Q1', 'sv'))).toBe('kv. 1 2025');
    expect(plain(formatPeriod('2025-Q1', 'da'))).toBe('1. kvt. 2025');
    expect(formatPeriod('2025-Q1', 'en')).toBe('Q1 2025');
  });

  it('names half-years', () => {
    expect(plain(formatPeriod('2025-H1', 'sv'))).toBe('halvår 1 2025');
    expect(plain(formatPeriod('2025-H2', 'da'))).toBe('2. halvår 2025');
    expect(formatPeriod('2025-H1', 'en')).toBe('H1 2025');
  });

  it('names months with the language’s own month names', () => {
    expect(formatPeriod('2025-01', 'sv')).toBe('jan. 2025');
    expect(formatPeriod('2025-05', 'sv')).toBe('maj 2025');
    expect(formatPeriod('2025-10', 'da')).toBe('okt. 2025');
    expect(formatPeriod('2025-03', 'en')).toBe('Mar 2025');
  });

  it('shows a year as the year', () => {
    expect(formatPeriod('2025', 'sv')).toBe('2025');
  });

  it('joins a range and collapses a single period', () => {
    expect(plain(formatPeriodRange('2024-Q1', '2025-Q4', 'sv'))).toBe('kv. 1 2024 – kv. 4 2025');
    expect(formatPeriodRange('2025', '2025', 'en')).toBe('2025');
  });

  it('rejects what is not a period key', () => {
    expect(() => formatPeriod('Q1 2025', 'en')).toThrow();
  });
});

describe('formatDate', () => {
  it('keeps a calendar date on its day in every time zone', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('1 Mar 2025');
    expect(formatDate('2025-03-01', 'sv')).toBe('1 mars 2025');
    expect(formatDate('2025-03-01', 'da')).toBe('1. mar. 2025');
  });
});
