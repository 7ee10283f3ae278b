// Where an activity or a meeting falls in a calendar year, month by month (the "annual wheel",
// drawn as twelve columns).
import type { Activity } from '@ci/shared';

export interface MonthSpan {
  /** 0-11 */
  first: number;
  /** 0-11, inclusive */
  last: number;
  /** It started before the year or goes on after it. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * The months of `year` an activity covers; null when it has no dates or lies outside the year.
 * Without an end date an activity that is not done goes on (to the end of the year and beyond).
 */
export function monthSpan(activity: Pick<Activity, 'startDate' | 'endDate' | 'status'>, year: number): MonthSpan | null {
  const start = activity.startDate ?? activity.endDate;
  if (!start) return null;
  const openEnded = activity.endDate === null && activity.status !== 'done';
  const end = activity.endDate ?? (openEnded ? `${Math.max(year, Number(start.slice(0, 4)))}-12-31` : start);
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  if (ey < year || sy > year) return null;
  return {
    first: sy < year ? 0 : sm - 1,
    last: ey > year ? 11 : em - 1,
    continuesBefore: sy < year,
    continuesAfter: ey > year || openEnded,
  };
}

/** Month (0-11) of a moment in the given time zone. */
export function monthIn(date: Date, timeZone?: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', timeZone }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') - 1 };
}
