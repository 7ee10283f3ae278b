// Which periods a screen offers to choose from: the recent ones of each frequency, newest first.
import { addPeriods, enumeratePeriods, frequencyOf, isPeriodKey, periodOfDate, previousPeriod, type Frequency } from '@ci/shared';

/** How many periods back the chooser reaches, per frequency (about three years). */
const REACH: Record<Frequency, number> = { month: 36, quarter: 12, half_year: 6, year: 5 };

/** The period people report now: the latest one that has ended. */
export function defaultPeriod(frequency: Frequency, today = new Date()): string {
  return previousPeriod(periodOfDate(today, frequency));
}

/** The choosable periods of a frequency, newest first, from the current (open) one backwards. */
export function periodOptions(frequency: Frequency, today = new Date(), include?: string): string[] {
  const current = periodOfDate(today, frequency);
  const first = addPeriods(current, -REACH[frequency]);
  const keys = enumeratePeriods(first, current).reverse();
  if (include && isPeriodKey(include) && frequencyOf(include) === frequency && !keys.includes(include)) {
    return [...keys, include];
  }
  return keys;
}

/** The period in the address bar when it is a real key, else the default of the first frequency. */
export function periodFromParam(param: string | null, frequencies: readonly Frequency[], today = new Date()): string {
  if (param && isPeriodKey(param) && frequencies.includes(frequencyOf(param))) return param;
  return defaultPeriod(frequencies[0] ?? 'quarter', today);
}
