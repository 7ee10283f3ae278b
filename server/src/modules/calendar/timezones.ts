// Wall-clock times in a named time zone, and the VTIMEZONE block that calendar clients need to
// place a recurring meeting at the same local time across daylight-saving changes.
import { toWallClock } from '../meeting-series/recurrence.js';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local date and time of an instant in a zone. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const w = toWallClock(date, timeZone);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
  };
}

/** Minutes east of UTC at an instant. */
export function offsetMinutes(date: Date, timeZone: string): number {
  return Math.round((toWallClock(date, timeZone).getTime() - date.getTime()) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYYMMDDTHHMMSS` of a wall-clock time. */
export function icsLocal(w: WallClock): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

interface Transition {
  at: Date;
  from: number;
  to: number;
}

/** The instants in a year at which the zone's offset changes, to the minute. */
function transitions(timeZone: string, year: number): Transition[] {
  const out: Transition[] = [];
  const day = 86_400_000;
  let t = Date.UTC(year, 0, 1);
  let prev = offsetMinutes(new Date(t), timeZone);
  for (let i = 0; i < 366; i++) {
    const next = t + day;
    const offset = offsetMinutes(new Date(next), timeZone);
    if (offset !== prev) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = Math.floor((lo + hi) / 120_000) * 60_000;
        if (offsetMinutes(new Date(mid), timeZone) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: prev, to: offset });
      prev = offset;
    }
    t = next;
  }
  return out;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The n-th (or, for -1, the last) given weekday of a month, as a day of the month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n === -1) {
    const lastDow = new Date(Date.UTC(year, month - 1, days)).getUTCDay();
    return days - ((lastDow - weekday + 7) % 7);
  }
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - firstDow + 7) % 7) + (n - 1) * 7;
}

/**
 * A VTIMEZONE for an IANA zone, derived from the platform's time zone data for the given year and
 * expressed as yearly rules (e.g. the last Sunday of March), which is how the zone's clocks change.
 */
export function vtimezone(timeZone: string, year = new Date().getUTCFullYear()): string | null {
  if (!isTimeZone(timeZone)) return null;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const changes = transitions(timeZone, year);
  if (changes.length === 0) {
    const offset = icsOffset(offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    for (const change of changes) {
      // The local time at which clocks change, read on the clock before the change.
      const local = wallClock(new Date(change.at.getTime() - 60_000), timeZone);
      local.minute += 1;
      if (local.minute === 60) {
        local.minute = 0;
        local.hour += 1;
      }
      const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
      const daysInMonth = new Date(Date.UTC(local.year, local.month, 0)).getUTCDate();
      const n = local.day + 7 > daysInMonth ? -1 : Math.ceil(local.day / 7);
      const first = { ...local, year: 1970, day: nthWeekday(1970, local.month, weekday, n), second: 0 };
      const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${icsLocal(first)}`,
        `RRULE:FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${n}${WEEKDAYS[weekday]}`,
        `TZOFFSETFROM:${icsOffset(change.from)}`,
        `TZOFFSETTO:${icsOffset(change.to)}`,
        `END:${kind}`,
      );
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
