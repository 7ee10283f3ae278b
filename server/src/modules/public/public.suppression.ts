// Small-number suppression for the public view: figures that rest on so few people that someone
// could be recognised are withheld. The rule, applied to every published aggregate alike:
//
// - A `number` indicator with 0 decimals counts whole things (people, participants, pupils): an
//   aggregate value v with 0 < |v| < threshold is withheld. Zero is shown: "nobody" reveals no one.
// - A `percentage` indicator is withheld when the aggregated denominator (the number of people the
//   share is taken of) is below the threshold, whatever the share.
// - A `number` indicator with decimals (a rate, an average, an amount) is not a count and is shown.
// - Threshold 0 (or 1) withholds nothing.
//
// What is never published: per-actor figures (only the aggregate across actors is), category
// figures of disaggregated indicators (girls, boys, other: a small category next to a published
// total is exactly the small number this rule withholds, and hiding it alone would not do, as it is
// the total minus the others), numerators and denominators, and the trend line (a line through two
// points would give their values back). The public total of a disaggregated indicator is the
// same total as everywhere else and is judged by the rule above like any other aggregate.
// Baseline, target and trajectory are the initiative's stated plan and are shown as set. The status
// (on track, at risk, ...) is a category, not a figure, and is shown for every indicator.
// Preliminary figures (periods not complete yet) are published marked as such, under the same rule:
// a half-reported period rests on even fewer people, never on more.
import type { PublicPoint, SeriesPoint } from '@ci/shared';

export interface SuppressionIndicator {
  measureType: string;
  decimals: number;
}

/** Whether an aggregate must be withheld from the public. */
export function isSuppressed(indicator: SuppressionIndicator, point: Pick<SeriesPoint, 'value' | 'denominator'>, threshold: number): boolean {
  if (point.value === null || threshold <= 1) return false;
  if (indicator.measureType === 'percentage') return point.denominator === undefined || point.denominator < threshold;
  if (indicator.decimals === 0) return point.value !== 0 && Math.abs(point.value) < threshold;
  return false;
}

/** The public form of a series point: the aggregate or null, without per-actor details. */
export function publicPoint(indicator: SuppressionIndicator, point: SeriesPoint, threshold: number): PublicPoint {
  const suppressed = isSuppressed(indicator, point, threshold);
  const out: PublicPoint = { period: point.period, value: suppressed ? null : point.value, suppressed, complete: point.complete };
  if (point.target !== undefined) out.target = point.target;
  if (point.trajectory !== undefined) out.trajectory = point.trajectory;
  return out;
}
