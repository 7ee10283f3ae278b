// Recurrence of a meeting series: RFC 5545 RRULE validation and expansion in the series' time zone.
//
// The rule is expanded on "floating" wall-clock times: DTSTART is the series' start read on the
// clock of its time zone, the rrule package repeats that local date and time, and every result is
// turned back into an instant in the zone. A quarterly meeting at 16:00 in Stockholm therefore
// stays at 16:00 local time on both sides of a daylight-saving change.
// Limits: a local time that does not exist on a spring-forward day moves forward by the gap; an
// ambiguous one on a fall-back day takes the first of the two instants. Rules finer than daily
// (HOURLY, MINUTELY, SECONDLY) are refused: no meeting cadence needs them, and they would make
// expansion over years expensive. Expansion is bounded in steps of the rule's frequency, not in
// matches (see `MAX_STEPS`), so a rule that matches never or only every few decades cannot hold the
// event loop; such a rule is refused when it has no occurrence within that bound. An UNTIL in UTC (`...Z`) is compared as the zone's local time of
// that instant; a date-only UNTIL includes the whole day.
import rrulePkg from 'rrule';
import { ValidationError } from '../../lib/errors.js';

const { RRule } = rrulePkg;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/**
 * Steps of the rule's frequency (days, weeks, months or years) one expansion may walk through,
 * matching or not: a step of the rrule package costs up to ~50 µs, so this keeps one expansion
 * well under 100 ms. Daily and weekly rules without COUNT start walking just before the range.
 */
export const MAX_STEPS = 2_000;
/** More than any zone's distance from UTC: the margin for comparing local times with instants. */
const DAY_MS = 86_400_000;

function integerList(min: number, max: number, signed: boolean) {
  return (value: string) =>
    value.split(',').every((part) => {
      if (!/^[+-]?\d{1,3}$/.test(part)) return false;
      if (!signed && /^[+-]/.test(part)) return false;
      const n = Math.abs(Number(part));
      return n >= min && n <= max;
    });
}

function validUntil(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d && +h < 24 && +mi < 60 && +s < 61;
}

const PARTS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => FREQUENCIES.includes(v),
  UNTIL: validUntil,
  COUNT: (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1,
  INTERVAL: (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1,
  BYSECOND: integerList(0, 60, false),
  BYMINUTE: integerList(0, 59, false),
  BYHOUR: integerList(0, 23, false),
  BYDAY: (v) =>
    v.split(',').every((day) => {
      const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(day);
      if (!m || !WEEKDAYS.includes(m[2])) return false;
      return m[1] === undefined || (Math.abs(Number(m[1])) >= 1 && Math.abs(Number(m[1])) <= 53);
    }),
  BYMONTHDAY: integerList(1, 31, true),
  BYYEARDAY: integerList(1, 366, true),
  BYWEEKNO: integerList(1, 53, true),
  BYMONTH: integerList(1, 12, false),
  BYSETPOS: integerList(1, 366, true),
  WKST: (v) => WEEKDAYS.includes(v),
};

/** The rule in canonical form (upper case, without an `RRULE:` prefix), or a reason it is not valid. */
export function parseRrule(input: string): { rule: string; until: string | null } | { error: string } {
  const text = input.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (/[\r\n]/.test(text) || text.includes('DTSTART')) {
    return { error: 'Give only the RRULE, e.g. FREQ=MONTHLY;INTERVAL=3; the series start is its DTSTART' };
  }
  const seen = new Map<string, string>();
  for (const part of text.split(';')) {
    const m = /^([A-Z]+)=(.+)$/.exec(part);
    if (!m) return { error: `"${part}" is not NAME=VALUE` };
    const [, name, value] = m;
    const check = PARTS[name];
    if (!check) return { error: `Unknown RRULE part ${name}` };
    if (seen.has(name)) return { error: `${name} is given twice` };
    if (!check(value)) {
      return name === 'FREQ' && ['HOURLY', 'MINUTELY', 'SECONDLY'].includes(value)
        ? { error: `FREQ=${value} is too frequent for a meeting series; use DAILY, WEEKLY, MONTHLY or YEARLY` }
        : { error: `${name}=${value} is not valid` };
    }
    seen.set(name, value);
  }
  if (!seen.has('FREQ')) return { error: 'FREQ is required' };
  if (seen.has('UNTIL') && seen.has('COUNT')) return { error: 'UNTIL and COUNT cannot both be given' };
  try {
    // The package is the final judge of what it can expand.
    new RRule({ ...RRule.parseString(text), dtstart: new Date(Date.UTC(2000, 0, 1)) });
  } catch (err) {
    return { error: (err as Error).message };
  }
  return { rule: text, until: seen.get('UNTIL') ?? null };
}

// ---------------------------------------------------------------- wall-clock times

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local time of an instant in a zone, as a Date whose UTC fields read as that local time. */
export function toWallClock(instant: Date, timeZone: string): Date {
  const p = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second, instant.getUTCMilliseconds()));
}

/**
 * The instant at which the zone's clocks show the given wall-clock time: the earlier one when the
 * time occurs twice (autumn), and the time moved forward by the gap when it does not occur (spring).
 */
export function fromWallClock(wall: Date, timeZone: string): Date {
  const w = wall.getTime();
  const offsetAt = (t: number) => toWallClock(new Date(t), timeZone).getTime() - t;
  // Offset changes are months apart, so a day either side gives the offsets around any change.
  const before = offsetAt(w - DAY_MS);
  const after = offsetAt(w + DAY_MS);
  const matches = [w - before, w - after].filter((t) => toWallClock(new Date(t), timeZone).getTime() === w);
  return new Date(matches.length ? Math.min(...matches) : w - before);
}

// ---------------------------------------------------------------- expansion

export interface Recurrence {
  rrule: string;
  startsAt: Date;
  timezone: string;
}

function untilAsWallClock(until: string, timeZone: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until)!;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59, 999));
  const at = new Date(Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6])));
  return m[7] === 'Z' ? toWallClock(at, timeZone) : at;
}

/** Days in one step of the frequencies whose steps can be skipped without changing the result. */
const SKIPPABLE_STEP_DAYS: Record<number, number> = { [RRule.DAILY]: 1, [RRule.WEEKLY]: 7 };

/**
 * An RRule that walks through at most `maxSteps` steps. The package checks its matches, not its
 * steps, against UNTIL and COUNT, so a rule that never matches would walk to the year 9999; its
 * loop re-reads `options.interval` on every step (twice) and stops when it reads 0.
 */
function boundedRule(options: Partial<rrulePkg.Options>, maxSteps: number): { rule: rrulePkg.RRule; exhausted: () => boolean } {
  const rule = new RRule(options, true);
  const { interval } = rule.options;
  let reads = 0;
  Object.defineProperty(rule.options, 'interval', { get: () => (++reads > 2 * maxSteps + 1 ? 0 : interval) });
  return { rule, exhausted: () => reads > 2 * maxSteps + 1 };
}

/**
 * Occurrence start instants with `from <= start <= to`, at most `limit`, in order, found within
 * `MAX_STEPS` steps; `exhausted` says the bound was reached before the range or the limit was.
 */
export function expandWithin(
  series: Recurrence,
  range: { from: Date; to?: Date; limit: number },
): { starts: Date[]; exhausted: boolean } {
  const parsed = parseRrule(series.rrule);
  if ('error' in parsed) return { starts: [], exhausted: false };
  const options = RRule.parseString(parsed.rule);
  if (parsed.until) options.until = untilAsWallClock(parsed.until, series.timezone);
  const { rule, exhausted } = boundedRule({ ...options, dtstart: toWallClock(series.startsAt, series.timezone) }, MAX_STEPS);
  // Skipping whole steps (the parsed options already hold what the start implied: weekday, time)
  // gives the same dates from one step after the new start on; one step of margin before `from`.
  const stepDays = SKIPPABLE_STEP_DAYS[rule.options.freq];
  if (stepDays && !rule.options.count) {
    const stepMs = stepDays * DAY_MS * rule.options.interval;
    const steps = Math.floor((range.from.getTime() - 2 * DAY_MS - rule.options.dtstart.getTime()) / stepMs) - 1;
    if (steps > 0) rule.options.dtstart = new Date(rule.options.dtstart.getTime() + steps * stepMs);
  }
  const out: Date[] = [];
  // Converting a local time to an instant is the costly step; skip dates clearly before `from`.
  const skipBefore = range.from.getTime() - DAY_MS;
  rule.all((wall) => {
    if (wall.getTime() < skipBefore) return true;
    const start = fromWallClock(wall, series.timezone);
    if (range.to && start > range.to) return false;
    if (start >= range.from) out.push(start);
    return out.length < range.limit;
  });
  return { starts: out, exhausted: exhausted() };
}

/** Occurrence start instants with `from <= start <= to`, at most `limit`, in order. */
export function expandOccurrences(series: Recurrence, range: { from: Date; to?: Date; limit: number }): Date[] {
  return expandWithin(series, range).starts;
}

/** Whether an instant is one of the series' occurrences. */
export function isOccurrence(series: Recurrence, instant: Date): boolean {
  const [first] = expandOccurrences(series, { from: instant, to: instant, limit: 1 });
  return first !== undefined && first.getTime() === instant.getTime();
}

/**
 * The canonical rule of a series, or a 400 on `body.rrule` when it is not a valid RRULE or has no
 * occurrence from the series' start within the step bound (e.g. the 30th of February, the 31st of
 * April, or an UNTIL before it).
 */
export function validRecurrence(series: Recurrence): string {
  const parsed = parseRrule(series.rrule);
  const fail = (message: string) =>
    new ValidationError('The recurrence rule is not valid', [{ field: 'body.rrule', message }]);
  if ('error' in parsed) throw fail(parsed.error);
  const canonical = { ...series, rrule: parsed.rule };
  const first = expandWithin(canonical, { from: series.startsAt, limit: 1 });
  if (first.starts.length === 0) {
    throw fail(
      first.exhausted
        ? `The rule has no occurrence within ${MAX_STEPS} repetitions of the series start; it matches too rarely or never`
        : 'The rule has no occurrence from the series start',
    );
  }
  return parsed.rule;
}
