// The one module that understands period keys: `2025-03` (month), `2025-Q1`, `2025-H1`, `2025`.
// Everything else (server, SQL parameters, web formatting) goes through these functions.
import { FREQUENCIES, type Frequency, type PERIOD_STATES } from './enums.js';

export interface Period {
  frequency: Frequency;
  year: number;
  /** 1-based position inside the year: month 1-12, quarter 1-4, half 1-2, year 1. */
  index: number;
}

const MONTHS_PER: Record<Frequency, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const PER_YEAR: Record<Frequency, number> = { month: 12, quarter: 4, half_year: 2, year: 1 };
const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/**
 * Keys parsed before: a series, report or export parses the same few hundred keys again and again.
 * Only valid keys are kept (a few thousand exist in the supported years), frozen, as they are shared.
 */
const parsed = new Map<string, Readonly<Period>>();

/** Parses a canonical key; returns null for anything that is not one. */
export function tryParsePeriod(key: string): Period | null {
  if (typeof key !== 'string') return null;
  const known = parsed.get(key);
  if (known) return known;
  const period = parseKey(key);
  if (period) parsed.set(key, Object.freeze(period));
  return period;
}

function parseKey(key: string): Period | null {
  const m = PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { frequency: 'month', year, index: month };
  }
  if (m[3] !== undefined) return { frequency: 'quarter', year, index: Number(m[3]) };
  if (m[4] !== undefined) return { frequency: 'half_year', year, index: Number(m[4]) };
  return { frequency: 'year', year, index: 1 };
}

export function parsePeriod(key: string): Period {
  const p = tryParsePeriod(key);
  if (!p) throw new PeriodError(`"${key}" is not a period key (expected 2025-03, 2025-Q1, 2025-H1 or 2025)`);
  return p;
}

export function isPeriodKey(key: unknown): key is string {
  return typeof key === 'string' && tryParsePeriod(key) !== null;
}

export function formatPeriod(p: Period): string {
  switch (p.frequency) {
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'half_year':
      return `${p.year}-H${p.index}`;
    case 'year':
      return `${p.year}`;
  }
}

export function frequencyOf(key: string): Frequency {
  return parsePeriod(key).frequency;
}

/** Rank of a frequency: larger is coarser. */
export function frequencyRank(f: Frequency): number {
  return FREQUENCIES.indexOf(f);
}

export function isCoarserOrEqual(coarse: Frequency, fine: Frequency): boolean {
  return frequencyRank(coarse) >= frequencyRank(fine);
}

function firstMonth(p: Period): number {
  return (p.index - 1) * MONTHS_PER[p.frequency] + 1;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Results kept per argument for the conversions a series makes for every row; `limit` bounds what
 * arbitrary input could make it hold (valid period keys are a few thousand).
 */
function remembered<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

const startOf = remembered((key) => {
  const p = parsePeriod(key);
  return isoDate(p.year, firstMonth(p), 1);
});

const endOf = remembered((key) => {
  const p = parsePeriod(key);
  const lastMonth = firstMonth(p) + MONTHS_PER[p.frequency] - 1;
  const day = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return isoDate(p.year, lastMonth, day);
});

/** First day of the period as `YYYY-MM-DD`. */
export function periodStart(key: string): string {
  return startOf(key);
}

/** Last day of the period as `YYYY-MM-DD`. */
export function periodEnd(key: string): string {
  return endOf(key);
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Year and month of a `YYYY-MM-DD` string (a longer ISO timestamp is read by its date part). */
function yearMonthOf(date: string): { year: number; month: number } {
  const m = DATE_PREFIX.exec(date);
  // `new Date('2025-02-30')` silently rolls over into March, so the day is checked by hand.
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const valid = m !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!valid) throw new PeriodError(`"${date}" is not a date (expected YYYY-MM-DD)`);
  return { year, month };
}

/** The period of the given frequency that contains a date (`YYYY-MM-DD` or a Date, read in UTC). */
export function periodOfDate(date: string | Date, frequency: Frequency): string {
  return typeof date === 'string' ? periodOfDay(`${frequency} ${date}`) : computePeriodOfDate(date, frequency);
}

const periodOfDay = remembered((key) => {
  const space = key.indexOf(' ');
  return computePeriodOfDate(key.slice(space + 1), key.slice(0, space) as Frequency);
});

function computePeriodOfDate(date: string | Date, frequency: Frequency): string {
  let year: number;
  let month: number;
  if (typeof date === 'string') {
    ({ year, month } = yearMonthOf(date));
  } else {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new PeriodError(`"${String(date)}" is not a date`);
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
  }
  const index = Math.floor((month - 1) / MONTHS_PER[frequency]) + 1;
  return formatPeriod(inRange({ frequency, year, index }));
}

/** Keys outside the supported years would not parse back, so producing one is an error. */
function inRange(p: Period): Period {
  if (p.year < MIN_YEAR || p.year > MAX_YEAR) {
    throw new PeriodError(`periods must lie between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  return p;
}

/** Converts a key to a coarser (or the same) frequency: `2025-03` → `2025-Q1`. */
export function toFrequency(key: string, frequency: Frequency): string {
  const p = parsePeriod(key);
  if (!isCoarserOrEqual(frequency, p.frequency)) {
    throw new PeriodError(`cannot convert ${key} (${p.frequency}) to the finer frequency ${frequency}`);
  }
  return periodOfDate(periodStart(key), frequency);
}

/** Orders keys by start date; at the same start the finer period comes first. */
export function comparePeriods(a: string, b: string): number {
  const sa = periodStart(a);
  const sb = periodStart(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return frequencyRank(frequencyOf(a)) - frequencyRank(frequencyOf(b));
}

export function sortPeriods(keys: readonly string[]): string[] {
  return [...keys].sort(comparePeriods);
}

function ordinal(p: Period): number {
  return p.year * PER_YEAR[p.frequency] + (p.index - 1);
}

function fromOrdinal(frequency: Frequency, n: number): Period {
  const per = PER_YEAR[frequency];
  return { frequency, year: Math.floor(n / per), index: (n % per) + 1 };
}

export function addPeriods(key: string, count: number): string {
  if (!Number.isInteger(count)) throw new PeriodError(`cannot move a period by ${count} periods`);
  const p = parsePeriod(key);
  return formatPeriod(inRange(fromOrdinal(p.frequency, ordinal(p) + count)));
}

export function nextPeriod(key: string): string {
  return addPeriods(key, 1);
}

export function previousPeriod(key: string): string {
  return addPeriods(key, -1);
}

/** Number of periods from `from` to `to` (same frequency); negative when `to` is earlier. */
export function periodDistance(from: string, to: string): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a.frequency !== b.frequency) throw new PeriodError(`${from} and ${to} have different frequencies`);
  return ordinal(b) - ordinal(a);
}

/** Every key from `from` to `to` inclusive, in the given frequency (default: that of `from`). */
export function enumeratePeriods(from: string, to: string, frequency?: Frequency, limit = 10_000): string[] {
  const f = frequency ?? frequencyOf(from);
  const start = parsePeriod(inFrequency(from, f, 'first'));
  const end = parsePeriod(inFrequency(to, f, 'last'));
  const first = ordinal(start);
  const last = ordinal(end);
  if (last < first) return [];
  if (last - first + 1 > limit) throw new PeriodError(`the range ${from}..${to} has more than ${limit} periods`);
  const out: string[] = [];
  for (let n = first; n <= last; n++) out.push(formatPeriod(fromOrdinal(f, n)));
  return out;
}

/** A key in another frequency: the containing period when coarser, else the first or last sub-period. */
export function inFrequency(key: string, frequency: Frequency, edge: 'first' | 'last'): string {
  const p = parsePeriod(key);
  if (isCoarserOrEqual(frequency, p.frequency)) return toFrequency(key, frequency);
  return edge === 'first' ? firstSubPeriod(key, frequency) : lastSubPeriod(key, frequency);
}

/** The last sub-period of a key in a finer frequency: (`2025-Q1`, month) → `2025-03`. */
export function lastSubPeriod(key: string, frequency: Frequency): string {
  return periodOfDate(periodEnd(key), frequency);
}

/** The first sub-period of a key in a finer frequency: (`2025-Q1`, month) → `2025-01`. */
export function firstSubPeriod(key: string, frequency: Frequency): string {
  return periodOfDate(periodStart(key), frequency);
}

/** Whether `key` lies inside `container` (e.g. `2025-02` inside `2025-Q1`). */
export function periodContains(container: string, key: string): boolean {
  return periodStart(key) >= periodStart(container) && periodEnd(key) <= periodEnd(container);
}

/**
 * Fraction of the way from `from` to `to` at which `at` lies, counted in periods of their (common)
 * frequency: equal steps per period, so a quarter is a quarter whatever its number of days.
 */
export function periodIndexFraction(from: string, to: string, at: string): number {
  const span = periodDistance(from, to);
  if (span === 0) return 1;
  return periodDistance(from, at) / span;
}

/** Days after a period's end within which its values are due, unless the initiative says otherwise. */
export const DEFAULT_REPORTING_DAYS = 30;

function addDaysIso(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day on which a period's values are on time: its end plus the reporting days. */
export function periodDueDate(key: string, reportingDays: number): string {
  return dueDateOf(`${reportingDays} ${key}`);
}

const dueDateOf = remembered((daysAndKey) => {
  const space = daysAndKey.indexOf(' ');
  return addDaysIso(periodEnd(daysAndKey.slice(space + 1)), Number(daysAndKey.slice(0, space)));
});

export type PeriodState = (typeof PERIOD_STATES)[number];

/**
 * Where a period stands on a day (`YYYY-MM-DD`): `open` until it ends, `reporting` until its due
 * date, then `closed`.
 */
export function periodStateOn(key: string, today: string, reportingDays: number): PeriodState {
  if (today <= periodEnd(key)) return 'open';
  if (today <= periodDueDate(key, reportingDays)) return 'reporting';
  return 'closed';
}

/** A moment as the calendar day (`YYYY-MM-DD`) in UTC. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
