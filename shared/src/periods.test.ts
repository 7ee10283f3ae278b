import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  comparePeriods,
  enumeratePeriods,
  firstSubPeriod,
  formatPeriod,
  frequencyOf,
  inFrequency,
  isCoarserOrEqual,
  isPeriodKey,
  lastSubPeriod,
  nextPeriod,
  parsePeriod,
  PeriodError,
  periodContains,
  periodDistance,
  periodEnd,
  periodIndexFraction,
  periodDueDate,
  periodStateOn,
  isoDay,
  periodOfDate,
  periodStart,
  previousPeriod,
  sortPeriods,
  toFrequency,
  tryParsePeriod,
} from './periods.js';

describe('parsing period keys', () => {
  it.each([
    ['2025-01', { frequency: 'month', year: 2025, index: 1 }],
    ['2025-12', { frequency: 'month', year: 2025, index: 12 }],
    ['2025-Q1', { frequency: 'quarter', year: 2025, index: 1 }],
    ['2025-Q4', { frequency: 'quarter', year: 2025, index: 4 }],
    ['2025-H1', { frequency: 'half_year', year: 2025, index: 1 }],
    ['2025-H2', { frequency: 'half_year', year: 2025, index: 2 }],
    ['2025', { frequency: 'year', year: 2025, index: 1 }],
    ['1900', { frequency: 'year', year: 1900, index: 1 }],
    ['2200-12', { frequency: 'month', year: 2200, index: 12 }],
  ])('parses %s', (key, expected) => {
    expect(parsePeriod(key)).toEqual(expected);
    expect(tryParsePeriod(key)).toEqual(expected);
    expect(isPeriodKey(key)).toBe(true);
  });

  it.each([
    '2025-13',
    '2025-00',
    '2025-Q5',
    '2025-Q0',
    '2025-H3',
    '2025-H0',
    '25-Q1',
    '2025-q1',
    '2025-h1',
    '2025-1',
    '2025-001',
    '2025-03-01',
    '2025Q1',
    ' 2025-Q1',
    '2025-Q1 ',
    '2025-Q1\n',
    '1899',
    '2201',
    '20250',
    '',
    'Q1-2025',
    '２０２５',
  ])('rejects %j', (key) => {
    expect(tryParsePeriod(key)).toBeNull();
    expect(isPeriodKey(key)).toBe(false);
    expect(() => parsePeriod(key)).toThrow(PeriodError);
  });

  it('rejects values that are not strings', () => {
    expect(isPeriodKey(2025)).toBe(false);
    expect(isPeriodKey(null)).toBe(false);
    expect(isPeriodKey(undefined)).toBe(false);
    expect(tryParsePeriod(2025 as unknown as string)).toBeNull();
  });

  it('formats back to the canonical key', () => {
    for (const key of ['2025-03', '2025-10', '2025-Q2', '2025-H2', '2031']) {
      expect(formatPeriod(parsePeriod(key))).toBe(key);
    }
    expect(formatPeriod({ frequency: 'month', year: 2025, index: 3 })).toBe('2025-03');
  });

  it('knows the frequency of a key and which frequencies are coarser', () => {
    expect(frequencyOf('2025-07')).toBe('month');
    expect(frequencyOf('2025-Q3')).toBe('quarter');
    expect(frequencyOf('2025-H2')).toBe('half_year');
    expect(frequencyOf('2025')).toBe('year');
    expect(isCoarserOrEqual('year', 'month')).toBe(true);
    expect(isCoarserOrEqual('quarter', 'quarter')).toBe(true);
    expect(isCoarserOrEqual('half_year', 'quarter')).toBe(true);
    expect(isCoarserOrEqual('month', 'quarter')).toBe(false);
    expect(isCoarserOrEqual('quarter', 'half_year')).toBe(false);
  });
});

describe('start and end dates', () => {
  it.each([
    ['2025-01', '2025-01-01', '2025-01-31'],
    ['2025-04', '2025-04-01', '2025-04-30'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2025-12', '2025-12-01', '2025-12-31'],
    ['2025-Q1', '2025-01-01', '2025-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2024', '2024-01-01', '2024-12-31'],
  ])('%s runs from %s to %s', (key, start, end) => {
    expect(periodStart(key)).toBe(start);
    expect(periodEnd(key)).toBe(end);
  });

  it('throws for an invalid key', () => {
    expect(() => periodStart('2025-13')).toThrow(PeriodError);
    expect(() => periodEnd('2025-Q5')).toThrow(PeriodError);
  });
});

describe('ordering', () => {
  it('orders by start date, across frequencies, finer first at the same start', () => {
    expect(comparePeriods('2025-Q1', '2025-Q2')).toBeLessThan(0);
    expect(comparePeriods('2025-Q2', '2025-Q1')).toBeGreaterThan(0);
    expect(comparePeriods('2025-Q1', '2025-Q1')).toBe(0);
    expect(comparePeriods('2024-12', '2025-01')).toBeLessThan(0);
    expect(comparePeriods('2025-01', '2025')).toBeLessThan(0);
    expect(comparePeriods('2025', '2025-01')).toBeGreaterThan(0);
    expect(comparePeriods('2025-02', '2025-Q1')).toBeGreaterThan(0);
    // Lexical order would put 2025-H1 after 2025-Q4.
    expect(sortPeriods(['2025-Q4', '2025-H1', '2025-10', '2024', '2025-Q1', '2025-01', '2025'])).toEqual([
      '2024',
      '2025-01',
      '2025-Q1',
      '2025-H1',
      '2025',
      '2025-10',
      '2025-Q4',
    ]);
  });

  it('sorts without changing its input', () => {
    const input = ['2025-03', '2025-01'];
    expect(sortPeriods(input)).toEqual(['2025-01', '2025-03']);
    expect(input).toEqual(['2025-03', '2025-01']);
  });
});

describe('enumerating', () => {
  it('lists months across a year boundary', () => {
    expect(enumeratePeriods('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('lists quarters and half-years across year boundaries', () => {
    expect(enumeratePeriods('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(enumeratePeriods('2024-H2', '2026-H1')).toEqual(['2024-H2', '2025-H1', '2025-H2', '2026-H1']);
    expect(enumeratePeriods('2023', '2025')).toEqual(['2023', '2024', '2025']);
  });

  it('includes both ends and gives one key for a single period', () => {
    expect(enumeratePeriods('2025-Q3', '2025-Q3')).toEqual(['2025-Q3']);
  });

  it('is empty when the end lies before the start', () => {
    expect(enumeratePeriods('2025-Q3', '2025-Q1')).toEqual([]);
  });

  it('enumerates into a coarser frequency by the containing periods', () => {
    expect(enumeratePeriods('2024-11', '2025-04', 'quarter')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(enumeratePeriods('2024-Q2', '2025-Q3', 'half_year')).toEqual(['2024-H1', '2024-H2', '2025-H1', '2025-H2']);
    expect(enumeratePeriods('2024-12', '2026-01', 'year')).toEqual(['2024', '2025', '2026']);
  });

  it('enumerates into a finer frequency from the first to the last sub-period', () => {
    expect(enumeratePeriods('2024-Q4', '2025-Q1', 'month')).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(enumeratePeriods('2025', '2025', 'quarter')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(enumeratePeriods('2024-H2', '2025-H1', 'quarter')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('accepts ends of different frequencies', () => {
    expect(enumeratePeriods('2025-02', '2025-Q2', 'month')).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
  });

  it('refuses a range with more periods than the limit', () => {
    expect(enumeratePeriods('2025-01', '2025-12', 'month', 12)).toHaveLength(12);
    expect(() => enumeratePeriods('2025-01', '2026-01', 'month', 12)).toThrow(PeriodError);
  });

  it('throws for invalid ends', () => {
    expect(() => enumeratePeriods('2025-13', '2026-01')).toThrow(PeriodError);
    expect(() => enumeratePeriods('2025-01', '2026-Q5')).toThrow(PeriodError);
  });
});

describe('converting between frequencies', () => {
  it.each([
    ['2025-01', 'quarter', '2025-Q1'],
    ['2025-03', 'quarter', '2025-Q1'],
    ['2025-04', 'quarter', '2025-Q2'],
    ['2025-12', 'quarter', '2025-Q4'],
    ['2025-06', 'half_year', '2025-H1'],
    ['2025-07', 'half_year', '2025-H2'],
    ['2025-11', 'year', '2025'],
    ['2025-Q2', 'half_year', '2025-H1'],
    ['2025-Q3', 'half_year', '2025-H2'],
    ['2025-Q4', 'year', '2025'],
    ['2025-H2', 'year', '2025'],
    ['2025-Q3', 'quarter', '2025-Q3'],
    ['2025', 'year', '2025'],
  ] as const)('%s in %s is %s', (key, frequency, expected) => {
    expect(toFrequency(key, frequency)).toBe(expected);
  });

  it.each([
    ['2025-Q1', 'month'],
    ['2025-H1', 'quarter'],
    ['2025', 'half_year'],
    ['2025', 'month'],
  ] as const)('refuses to convert %s to the finer %s', (key, frequency) => {
    expect(() => toFrequency(key, frequency)).toThrow(PeriodError);
  });

  it('finds first and last sub-periods', () => {
    expect(firstSubPeriod('2025-Q2', 'month')).toBe('2025-04');
    expect(lastSubPeriod('2025-Q2', 'month')).toBe('2025-06');
    expect(firstSubPeriod('2025', 'quarter')).toBe('2025-Q1');
    expect(lastSubPeriod('2025', 'half_year')).toBe('2025-H2');
    expect(lastSubPeriod('2024-H1', 'quarter')).toBe('2024-Q2');
  });

  it('inFrequency goes to the containing period when coarser, to an edge when finer', () => {
    expect(inFrequency('2025-05', 'quarter', 'first')).toBe('2025-Q2');
    expect(inFrequency('2025-05', 'quarter', 'last')).toBe('2025-Q2');
    expect(inFrequency('2025-Q2', 'month', 'first')).toBe('2025-04');
    expect(inFrequency('2025-Q2', 'month', 'last')).toBe('2025-06');
  });

  it('knows which period contains which', () => {
    expect(periodContains('2025-Q1', '2025-02')).toBe(true);
    expect(periodContains('2025-Q1', '2025-04')).toBe(false);
    expect(periodContains('2025', '2025-H2')).toBe(true);
    expect(periodContains('2025-Q1', '2025-Q1')).toBe(true);
    expect(periodContains('2025-02', '2025-Q1')).toBe(false);
    expect(periodContains('2025-H1', '2024-Q2')).toBe(false);
  });
});

describe('moving by periods', () => {
  it('adds and subtracts within and across years', () => {
    expect(addPeriods('2025-03', 2)).toBe('2025-05');
    expect(addPeriods('2025-11', 3)).toBe('2026-02');
    expect(addPeriods('2025-01', -1)).toBe('2024-12');
    expect(addPeriods('2025-01', -13)).toBe('2023-12');
    expect(addPeriods('2025-Q4', 1)).toBe('2026-Q1');
    expect(addPeriods('2025-Q1', -5)).toBe('2023-Q4');
    expect(addPeriods('2025-H2', 1)).toBe('2026-H1');
    expect(addPeriods('2025-H1', -1)).toBe('2024-H2');
    expect(addPeriods('2025', 10)).toBe('2035');
    expect(addPeriods('2025-Q2', 0)).toBe('2025-Q2');
  });

  it('next and previous', () => {
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(nextPeriod('2025-Q4')).toBe('2026-Q1');
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(nextPeriod('2025-H2')).toBe('2026-H1');
    expect(previousPeriod('2025')).toBe('2024');
  });

  it('refuses to leave the supported years or to move by a fraction', () => {
    expect(() => previousPeriod('1900-01')).toThrow(PeriodError);
    expect(() => nextPeriod('2200-Q4')).toThrow(PeriodError);
    expect(() => addPeriods('2025-Q1', 1.5)).toThrow(PeriodError);
  });

  it('counts the distance between keys of one frequency', () => {
    expect(periodDistance('2024-11', '2025-02')).toBe(3);
    expect(periodDistance('2025-Q3', '2025-Q1')).toBe(-2);
    expect(periodDistance('2020', '2025')).toBe(5);
    expect(() => periodDistance('2025-Q1', '2025-03')).toThrow(PeriodError);
  });
});

describe('periodOfDate', () => {
  it.each([
    ['2025-01-01', 'month', '2025-01'],
    ['2025-03-31', 'quarter', '2025-Q1'],
    ['2025-04-01', 'quarter', '2025-Q2'],
    ['2025-06-30', 'half_year', '2025-H1'],
    ['2025-07-01', 'half_year', '2025-H2'],
    ['2025-12-31', 'year', '2025'],
    ['2024-02-29', 'month', '2024-02'],
    ['2025-09-15T23:30:00Z', 'quarter', '2025-Q3'],
  ] as const)('%s lies in %s %s', (date, frequency, expected) => {
    expect(periodOfDate(date, frequency)).toBe(expected);
  });

  it('reads a Date in UTC', () => {
    expect(periodOfDate(new Date('2025-03-31T23:59:59Z'), 'quarter')).toBe('2025-Q1');
    expect(periodOfDate(new Date('2025-04-01T00:00:00Z'), 'month')).toBe('2025-04');
  });

  it.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-5', 'tomorrow', ''])(
    'rejects the non-date %j instead of rolling it over',
    (date) => {
      expect(() => periodOfDate(date, 'month')).toThrow(PeriodError);
    },
  );

  it('rejects an invalid Date and dates outside the supported years', () => {
    expect(() => periodOfDate(new Date('nope'), 'month')).toThrow(PeriodError);
    expect(() => periodOfDate('1850-06-01', 'year')).toThrow(PeriodError);
  });
});

describe('periodIndexFraction', () => {
  it('counts equal steps per period, whatever the number of days', () => {
    expect(periodIndexFraction('2024-Q4', '2025-Q4', '2024-Q4')).toBe(0);
    // 40 at 2024-Q4 to 120 at 2025-Q4: 60, 80, 100, 120 (a day count gives 60.07 for Q1).
    expect(40 + 80 * periodIndexFraction('2024-Q4', '2025-Q4', '2025-Q1')).toBe(60);
    expect(40 + 80 * periodIndexFraction('2024-Q4', '2025-Q4', '2025-Q2')).toBe(80);
    expect(40 + 80 * periodIndexFraction('2024-Q4', '2025-Q4', '2025-Q3')).toBe(100);
    expect(periodIndexFraction('2024-Q4', '2025-Q4', '2025-Q4')).toBe(1);
    expect(periodIndexFraction('2025-01', '2025-04', '2025-02')).toBeCloseTo(1 / 3, 12);
    expect(periodIndexFraction('2025-Q2', '2025-Q3', '2025-Q1')).toBe(-1);
  });

  it('is 1 when start and end coincide', () => {
    expect(periodIndexFraction('2025-Q1', '2025-Q1', '2025-Q1')).toBe(1);
  });
});

describe('period state', () => {
  it('is open until the period ends, reporting until its due date, then closed', () => {
    expect(periodDueDate('2026-Q3', 30)).toBe('2026-10-30');
    expect(periodDueDate('2026-02', 0)).toBe('2026-02-28');
    expect(periodDueDate('2026-12', 30)).toBe('2027-01-30');
    expect(periodStateOn('2026-Q3', '2026-09-30', 30)).toBe('open');
    expect(periodStateOn('2026-Q3', '2026-10-01', 30)).toBe('reporting');
    expect(periodStateOn('2026-Q3', '2026-10-30', 30)).toBe('reporting');
    expect(periodStateOn('2026-Q3', '2026-10-31', 30)).toBe('closed');
    expect(periodStateOn('2026-11', '2026-12-01', 30)).toBe('reporting');
    expect(periodStateOn('2026-12', '2026-12-01', 30)).toBe('open');
  });

  it('reads a moment as its day in UTC', () => {
    expect(isoDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});
