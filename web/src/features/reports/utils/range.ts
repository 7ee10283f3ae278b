// The quarters a report can cover, and the range offered first: the last four finished quarters,
// i.e. a rolling year, which is what boards and funders usually ask for.
import { addPeriods, comparePeriods, enumeratePeriods, isPeriodKey, periodOfDate, periodStart, type CsvSeparator, type Locale } from '@ci/shared';
import { defaultPeriod } from '../../../lib/period-options';

/** How far back the chooser reaches when no indicator has a baseline (three years). */
const FALLBACK_QUARTERS = 12;

export interface QuarterRange {
  from: string;
  to: string;
}

export function defaultRange(today = new Date()): QuarterRange {
  const to = defaultPeriod('quarter', today);
  return { from: addPeriods(to, -3), to };
}

/**
 * The quarters of the initiative, newest first: from the quarter of the earliest baseline (when
 * that reaches further back than three years) to the current, still open, quarter.
 */
export function quarterOptions(baselinePeriods: readonly (string | null)[], today = new Date()): string[] {
  const current = periodOfDate(today, 'quarter');
  let first = addPeriods(current, -FALLBACK_QUARTERS);
  for (const key of baselinePeriods) {
    if (!key || !isPeriodKey(key)) continue;
    const quarter = periodOfDate(periodStart(key), 'quarter');
    if (comparePeriods(quarter, first) < 0) first = quarter;
  }
  return enumeratePeriods(first, current).reverse();
}

export function isRangeInOrder(range: QuarterRange): boolean {
  return comparePeriods(range.from, range.to) <= 0;
}

/**
 * Swedish and Danish Excel read a semicolon between columns and a comma before decimals;
 * English Excel reads commas and decimal points. The default follows the language on screen.
 */
export function defaultSeparator(locale: Locale): CsvSeparator {
  return locale === 'en' ? 'comma' : 'semicolon';
}
