import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';
import { defaultRange, defaultSeparator, isRangeInOrder, quarterOptions } from './range';

const AUGUST_2025 = new Date('2025-08-15T10:00:00Z');

describe('report range', () => {
  it('starts with the last four finished quarters', () => {
    expect(defaultRange(AUGUST_2025)).toEqual({ from: '2024-Q3', to: '2025-Q2' });
    expect(defaultRange(new Date('2025-01-02T10:00:00Z'))).toEqual({ from: '2024-Q1', to: '2024-Q4' });
  });

  it('offers the quarters back to the earliest baseline, newest (the open quarter) first', () => {
    const options = quarterOptions(['2020-Q3', '2021', null, 'not-a-period'], AUGUST_2025);
    expect(options[0]).toBe('2025-Q3');
    expect(options.at(-1)).toBe('2020-Q3');
    expect(options).toHaveLength(21);
  });

  it('reaches three years back when no baseline is older', () => {
    const options = quarterOptions(['2024-03'], AUGUST_2025);
    expect(options.at(-1)).toBe('2022-Q3');
    expect(options).toContain('2024-Q1');
  });

  it('knows a range that ends before it starts', () => {
    expect(isRangeInOrder({ from: '2025-Q1', to: '2025-Q1' })).toBe(true);
    expect(isRangeInOrder({ from: '2025-Q2', to: '2025-Q1' })).toBe(false);
  });

  it('chooses the CSV separator Excel expects in the language on screen', () => {
    expect(defaultSeparator('sv')).toBe('semicolon');
    expect(defaultSeparator('da')).toBe('semicolon');
    expect(defaultSeparator('en')).toBe('comma');
  });

  it('gives file sizes in kB and MB with the decimal sign of the language', () => {
    expect(formatFileSize(840_000, 'en')).toBe('840\u00a0kB');
    expect(formatFileSize(1_234_567, 'sv')).toBe('1,2\u00a0MB');
    expect(formatFileSize(12, 'da')).toBe('1\u00a0kB');
  });
});
