import { describe, expect, it } from 'vitest';
import { periodLabel } from './i18n/labels.js';
import { periodKeyFromText } from './period-input.js';

describe('periodKeyFromText', () => {
  it('reads the keys themselves, in any case and with spaces around', () => {
    expect(periodKeyFromText('2025-Q1')).toBe('2025-Q1');
    expect(periodKeyFromText(' 2025-q3 ')).toBe('2025-Q3');
    expect(periodKeyFromText('2025-03')).toBe('2025-03');
    expect(periodKeyFromText('2025-H2')).toBe('2025-H2');
    expect(periodKeyFromText('2025')).toBe('2025');
  });

  it('reads quarters as each language writes them', () => {
    expect(periodKeyFromText('Q1 2025')).toBe('2025-Q1');
    expect(periodKeyFromText('q4-2024')).toBe('2024-Q4');
    expect(periodKeyFromText('2025 Q2')).toBe('2025-Q2');
    expect(periodKeyFromText('K1 2025')).toBe('2025-Q1');
    expect(periodKeyFromText('kv. 3 2025')).toBe('2025-Q3');
    expect(periodKeyFromText('kv 3 2025')).toBe('2025-Q3');
    expect(periodKeyFromText('kvartal 2 2026')).toBe('2026-Q2');
    expect(periodKeyFromText('1. kvt. 2025')).toBe('2025-Q1');
    expect(periodKeyFromText('4 kvt 2025')).toBe('2025-Q4');
    expect(periodKeyFromText('2. kvartal 2025')).toBe('2025-Q2');
    expect(periodKeyFromText('1:a kvartalet 2025')).toBe('2025-Q1');
  });

  it('reads half-years and months', () => {
    expect(periodKeyFromText('H2 2025')).toBe('2025-H2');
    expect(periodKeyFromText('halvår 1 2025')).toBe('2025-H1');
    expect(periodKeyFromText('2. halvår 2025')).toBe('2025-H2');
    expect(periodKeyFromText('2025-3')).toBe('2025-03');
    expect(periodKeyFromText('03/2025')).toBe('2025-03');
    expect(periodKeyFromText('11.2025')).toBe('2025-11');
    expect(periodKeyFromText('mars 2025')).toBe('2025-03');
    expect(periodKeyFromText('Mar 2025')).toBe('2025-03');
    expect(periodKeyFromText('maj 2025')).toBe('2025-05');
    expect(periodKeyFromText('okt. 2025')).toBe('2025-10');
    expect(periodKeyFromText('December 2025')).toBe('2025-12');
    expect(periodKeyFromText('januar 2026')).toBe('2026-01');
  });

  it('reads back every label the app shows, in every language', () => {
    const keys = ['2025-01', '2025-05', '2025-09', '2025-12', '2025-Q1', '2025-Q4', '2025-H1', '2025-H2', '2025'];
    for (const locale of ['sv', 'da', 'en'] as const) {
      for (const key of keys) expect([locale, periodKeyFromText(periodLabel(key, locale))]).toEqual([locale, key]);
    }
  });

  it('refuses what is not a period', () => {
    for (const text of ['', 'Q5 2025', 'Q0 2025', 'H3 2025', '2025-13', '13/2025', 'kv. 1', 'snart', 'Q1 25', 'foo 2025', '1850', '2025-Q1-01']) {
      expect([text, periodKeyFromText(text)]).toEqual([text, null]);
    }
  });
});
