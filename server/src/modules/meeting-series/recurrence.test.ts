import { describe, expect, it } from 'vitest';
import { expandOccurrences, fromWallClock, isOccurrence, parseRrule, toWallClock, validRecurrence } from './recurrence.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('parseRrule', () => {
  it('accepts RFC 5545 rules in any case, with or without the RRULE: prefix, and canonicalises them', () => {
    expect(parseRrule('rrule:freq=monthly;interval=3')).toEqual({ rule: 'FREQ=MONTHLY;INTERVAL=3', until: null });
    expect(parseRrule('FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20261231')).toEqual({ rule: 'FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20261231', until: '20261231' });
    expect(parseRrule('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15;WKST=MO')).toHaveProperty('rule');
  });

  it('says why a rule is refused, including values the rrule package would silently accept', () => {
    const errors = ['FREQ=MONTHLY;INTERVAL=x', 'FREQ=MONTHLY;INTERVAL=3;INTERVAL=2', 'FREQ=WEEKLY;BYDAY=MO,XX', 'FREQ=MONTHLY;UNTIL=20250230', 'FREQ=MINUTELY', ''].map(
      (rule) => ('error' in parseRrule(rule) ? 'refused' : 'accepted'),
    );
    expect(errors).toEqual(Array(6).fill('refused'));
    expect(parseRrule('FREQ=MONTHLY;COUNT=3;UNTIL=20300101T000000Z')).toEqual({ error: 'UNTIL and COUNT cannot both be given' });
  });
});

describe('wall-clock conversion', () => {
  it('round-trips instants through local time in a zone with daylight-saving time', () => {
    for (const at of ['2025-01-15T15:00:00Z', '2025-07-15T14:00:00Z', '2025-10-26T00:30:00Z']) {
      const instant = new Date(at);
      expect(fromWallClock(toWallClock(instant, 'Europe/Stockholm'), 'Europe/Stockholm').toISOString()).toBe(instant.toISOString());
    }
    expect(toWallClock(new Date('2025-07-15T14:00:00Z'), 'Europe/Stockholm').toISOString()).toBe('2025-07-15T16:00:00.000Z');
    // 02:30 on 26 October 2025 happens twice in Stockholm (CEST, then CET): the first one is taken.
    expect(fromWallClock(new Date('2025-10-26T02:30:00Z'), 'Europe/Stockholm').toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('moves a local time that does not exist (spring forward) forward by the gap', () => {
    // 02:30 on 30 March 2025 does not exist in Stockholm; 03:30 CEST is 01:30 UTC.
    expect(fromWallClock(new Date('2025-03-30T02:30:00Z'), 'Europe/Stockholm').toISOString()).toBe('2025-03-30T01:30:00.000Z');
  });
});

describe('expandOccurrences', () => {
  const quarterly = { rrule: 'FREQ=MONTHLY;INTERVAL=3', startsAt: new Date('2025-01-15T15:00:00Z'), timezone: 'Europe/Stockholm' };

  it('repeats the local time of the start, and honours from, to and limit', () => {
    expect(iso(expandOccurrences(quarterly, { from: new Date('2025-03-01T00:00:00Z'), to: new Date('2026-01-15T15:00:00Z'), limit: 10 }))).toEqual([
      '2025-04-15T14:00:00.000Z',
      '2025-07-15T14:00:00.000Z',
      '2025-10-15T14:00:00.000Z',
      '2026-01-15T15:00:00.000Z',
    ]);
    expect(expandOccurrences(quarterly, { from: new Date('2030-01-01T00:00:00Z'), limit: 2 })).toHaveLength(2);
  });

  it('reads a UTC UNTIL as an instant and a date-only UNTIL as the whole local day', () => {
    const weekly = { ...quarterly, rrule: 'FREQ=WEEKLY;UNTIL=20250129T150000Z' };
    expect(iso(expandOccurrences(weekly, { from: new Date(0), limit: 10 }))).toEqual([
      '2025-01-15T15:00:00.000Z',
      '2025-01-22T15:00:00.000Z',
      '2025-01-29T15:00:00.000Z',
    ]);
    const byDate = { ...quarterly, rrule: 'FREQ=WEEKLY;UNTIL=20250129' };
    expect(expandOccurrences(byDate, { from: new Date(0), limit: 10 })).toHaveLength(3);
  });

  it('knows its own occurrences to the millisecond', () => {
    expect(isOccurrence(quarterly, new Date('2025-10-15T14:00:00Z'))).toBe(true);
    expect(isOccurrence(quarterly, new Date('2025-10-15T15:00:00Z'))).toBe(false);
    expect(isOccurrence(quarterly, new Date('2025-10-15T14:00:00.001Z'))).toBe(false);
  });

  it('refuses a valid rule that never occurs from the start', () => {
    expect(() => validRecurrence({ ...quarterly, rrule: 'FREQ=MONTHLY;UNTIL=20241231T000000Z' })).toThrow(/not valid/);
    expect(validRecurrence({ ...quarterly, rrule: 'freq=monthly;count=1' })).toBe('FREQ=MONTHLY;COUNT=1');
  });
});

describe('bounded expansion', () => {
  const start = { startsAt: new Date('2025-01-15T15:00:00Z'), timezone: 'Europe/Stockholm' };

  it('refuses a rule that never matches, quickly (the 31st of April, every day)', () => {
    const t0 = performance.now();
    expect(() => validRecurrence({ ...start, rrule: 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31' })).toThrow(/not valid/);
    expect(() => validRecurrence({ ...start, rrule: 'FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30' })).toThrow(/not valid/);
    expect(expandOccurrences({ ...start, rrule: 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31' }, { from: new Date(0), limit: 5 })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses a rule that matches only every few decades', () => {
    // A Monday 29 February: 2044, then 2072.
    expect(() => validRecurrence({ ...start, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO' })).toThrow(/not valid/);
    expect(validRecurrence({ ...start, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO' })).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO');
  });

  it('finds daily and weekly occurrences far from the start as a walk from the start would', () => {
    for (const rrule of ['FREQ=DAILY;INTERVAL=3', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', 'FREQ=WEEKLY;BYDAY=FR;BYSETPOS=-1', 'FREQ=DAILY;BYDAY=TU;BYMONTH=3']) {
      const series = { ...start, rrule };
      const far = expandOccurrences(series, { from: new Date('2029-03-01T00:00:00Z'), limit: 6 });
      const walked = expandOccurrences(series, { from: start.startsAt, limit: 2000 }).filter((d) => d >= new Date('2029-03-01T00:00:00Z')).slice(0, 6);
      expect(far.length).toBe(6);
      expect(iso(far)).toEqual(iso(walked));
    }
    // A daily rule still has occurrences a century after its start.
    expect(expandOccurrences({ ...start, rrule: 'FREQ=DAILY' }, { from: new Date('2125-06-01T00:00:00Z'), limit: 1 })).toHaveLength(1);
  });
});
