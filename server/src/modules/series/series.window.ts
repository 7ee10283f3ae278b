// Which stored values can still change what a series shows: the periods that are not closed yet.
import { periodOfDate, periodStart, PeriodError, toFrequency, type Frequency } from '@ci/shared';
import type { ReportingContext } from '../reporting/reporting.expected.js';

/** A period computation that would leave the supported years: null (the caller falls back to no bound). */
export function withinYears<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (err) {
    if (err instanceof PeriodError) return null;
    throw err;
  }
}

function daysBefore(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The first day from which counted values can matter for the completeness of periods in the given
 * (own or coarser) frequency: periods that are closed are complete whoever reported, and closed
 * periods come before all others. Null: from the start.
 */
export function countedFrom(ctx: ReportingContext, frequency: Frequency, today: string): string | null {
  // A period is closed once its end plus the reporting days lies before today.
  return withinYears(() => periodStart(toFrequency(periodOfDate(daysBefore(today, ctx.reportingDays), ctx.frequency), frequency)));
}

