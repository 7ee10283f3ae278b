import { comparePeriods, type Indicator, type Measurement } from '@ci/shared';

export interface ReviewGroup {
  indicator: Pick<Indicator, 'id' | 'code' | 'name' | 'decimals' | 'unit' | 'measureType'>;
  items: Measurement[];
}

/**
 * Submitted values grouped by indicator in the indicators' own order, newest period first inside
 * each group, then by actor name. Values of an indicator the list does not know (archived or
 * removed meanwhile) still get a group, so nothing waiting is hidden.
 */
export function groupForReview(items: readonly Measurement[], indicators: readonly Indicator[], actorName: (id: string | null) => string): ReviewGroup[] {
  const byIndicator = new Map<string, Measurement[]>();
  for (const m of items) {
    const list = byIndicator.get(m.indicatorId) ?? [];
    list.push(m);
    byIndicator.set(m.indicatorId, list);
  }
  const order = new Map(indicators.map((ind, i) => [ind.id, i]));
  const known = new Map(indicators.map((ind) => [ind.id, ind]));
  return [...byIndicator.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([indicatorId, list]) => ({
      indicator: known.get(indicatorId) ?? { id: indicatorId, code: '', name: indicatorId, decimals: 0, unit: '', measureType: 'number' as const },
      items: [...list].sort((a, b) => comparePeriods(b.period, a.period) || actorName(a.actorId).localeCompare(actorName(b.actorId))),
    }));
}

/** The distinct periods of the values, newest first. */
export function periodsNewestFirst(items: readonly Measurement[]): string[] {
  return [...new Set(items.map((m) => m.period))].sort((a, b) => comparePeriods(b, a));
}
