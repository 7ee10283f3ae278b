// How a withheld figure is shown to the public. A count is "fewer than N" (never 0, which would be
// a different and false statement); a percentage is withheld because it is a share of fewer than N
// people, whatever the share itself is.
import type { PublicIndicator } from '@ci/shared';

export type SuppressionWording = { key: 'publicView.fewerThan'; n: number } | { key: 'publicView.fewerThanPeople'; n: number };

export function suppressionWording(indicator: Pick<PublicIndicator, 'measureType'>, threshold: number): SuppressionWording {
  return indicator.measureType === 'percentage' ? { key: 'publicView.fewerThanPeople', n: threshold } : { key: 'publicView.fewerThan', n: threshold };
}

/** The periods whose figure is withheld, oldest first. */
export function suppressedPeriods(indicator: Pick<PublicIndicator, 'points'>): string[] {
  return indicator.points.filter((p) => p.suppressed).map((p) => p.period);
}

/** Whether any figure on the page is withheld, so the explanation is only shown where it matters. */
export function anySuppressed(indicators: readonly Pick<PublicIndicator, 'points'>[]): boolean {
  return indicators.some((i) => i.points.some((p) => p.suppressed));
}
