// How a submitted value compares with the same cell one period earlier.
import type { PreviousCellValue, ReviewItem } from '@ci/shared';

type Shown = Pick<ReviewItem, 'value' | 'numerator' | 'denominator'>;

/** The number a value stands for: the value, or 100 × numerator / denominator for a percentage. */
export function shownValue(v: Shown | PreviousCellValue): number | null {
  if (v.value !== null) return v.value;
  if (v.numerator !== null && v.denominator) return (100 * v.numerator) / v.denominator;
  return null;
}

/** Why a value stands out from the previous one; null when it does not. */
export type OutlierKind = 'above' | 'below' | 'fromZero';

/** A change by more than three times, or to under a third, of the previous value, or away from 0. */
export const OUTLIER_FACTOR = 3;

export interface Comparison {
  /** Value minus previous value (percentage points for a percentage); null without a previous value. */
  change: number | null;
  outlier: OutlierKind | null;
}

export function compareWithPrevious(item: Shown & { previous: PreviousCellValue | null }): Comparison {
  const now = shownValue(item);
  const before = item.previous ? shownValue(item.previous) : null;
  if (now === null || before === null) return { change: null, outlier: null };
  const change = now - before;
  // Magnitudes, so that the rule reads the same for a value that can be negative.
  const a = Math.abs(now);
  const b = Math.abs(before);
  let outlier: OutlierKind | null = null;
  if (b === 0) outlier = a === 0 ? null : 'fromZero';
  else if (a > OUTLIER_FACTOR * b) outlier = 'above';
  else if (a < b / OUTLIER_FACTOR) outlier = 'below';
  return { change, outlier };
}
