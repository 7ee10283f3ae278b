// Which periods of an indicator ask something of its reporters today: those whose values are due
// now (ended, not yet due) and those that are late (due within the last twelve months).
import { enumeratePeriods, periodDueDate, periodOfDate, periodStart, periodStateOn, type Frequency } from '@ci/shared';

/** How far back a late value is still worth asking for. */
export const LATE_MONTHS = 12;

export interface DuePeriod {
  period: string;
  dueDate: string;
  kind: 'missing' | 'late';
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same calendar day twelve months earlier (29 February compares correctly as a string). */
export function lateCutoff(today: string): string {
  return `${Number(today.slice(0, 4)) - LATE_MONTHS / 12}${today.slice(4)}`;
}

/** The first day of the oldest period that can still be late today, whatever its frequency. */
export function windowStart(today: string, reportingDays: number): string {
  return periodStart(periodOfDate(shiftDays(lateCutoff(today), -reportingDays), 'year'));
}

/**
 * The periods of a frequency that are in their reporting window today (`missing` if nothing
 * counts yet) or closed with a due date in the last twelve months (`late`), oldest first.
 */
export function duePeriods(frequency: Frequency, today: string, reportingDays: number): DuePeriod[] {
  const cutoff = lateCutoff(today);
  const first = periodOfDate(shiftDays(cutoff, -reportingDays), frequency);
  const out: DuePeriod[] = [];
  for (const period of enumeratePeriods(first, periodOfDate(today, frequency))) {
    const state = periodStateOn(period, today, reportingDays);
    const dueDate = periodDueDate(period, reportingDays);
    if (state === 'reporting') out.push({ period, dueDate, kind: 'missing' });
    else if (state === 'closed' && dueDate >= cutoff) out.push({ period, dueDate, kind: 'late' });
  }
  return out;
}
