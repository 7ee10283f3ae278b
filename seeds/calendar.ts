// Dates relative to today: the demo's history always ends in the current period and its
// meetings are always a year back and a few weeks ahead, whenever the demo is loaded.
import { addPeriods, periodOfDate, type Frequency } from '@ci/shared';

const today = new Date();
const DAY_MS = 86_400_000;

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Today as `YYYY-MM-DD` (UTC). */
export function todayIso(): string {
  return isoDate(today);
}

export function daysFromToday(days: number): string {
  return isoDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY_MS));
}

/** A day (1-28) in the month `months` away from the current month. */
export function monthsFromToday(months: number, day = 1): string {
  return isoDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, Math.min(day, 28))));
}

/** The first day of the quarter `quarters` away from the current quarter. */
export function quarterStartFromToday(quarters: number): string {
  const firstMonthOfQuarter = Math.floor(today.getUTCMonth() / 3) * 3;
  return isoDate(new Date(Date.UTC(today.getUTCFullYear(), firstMonthOfQuarter + quarters * 3, 1)));
}

export function yearFromToday(offset = 0): number {
  return today.getUTCFullYear() + offset;
}

/** The period of the given frequency that contains today. */
export function currentPeriod(frequency: Frequency): string {
  return periodOfDate(todayIso(), frequency);
}

export function periodsFromNow(frequency: Frequency, count: number): string {
  return addPeriods(currentPeriod(frequency), count);
}

/** Offset of a time zone from UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which a wall-clock date and time occur in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - zoneOffset(wall, timeZone);
  // Around a daylight-saving switch the first guess can be one hour off.
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}
