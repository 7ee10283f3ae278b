import type { Indicator, ReviewItem } from '@ci/shared';

export type ReviewIndicator = Pick<Indicator, 'id' | 'code' | 'name' | 'decimals' | 'unit' | 'measureType'>;

/**
 * One figure as a partner reported it: an indicator's value for an actor and period, that is the
 * total and, for a disaggregated indicator, its categories. It is approved or returned as a whole.
 */
export interface ReviewCell {
  key: string;
  indicator: ReviewIndicator;
  actorId: string | null;
  period: string;
  /** The total, then the categories in the indicator's order (as the server sends them). */
  rows: ReviewItem[];
  ids: string[];
}

export interface ReviewGroup {
  indicator: ReviewIndicator;
  cells: ReviewCell[];
}

/** What the table draws, one entry per table row: an indicator's heading, or one value of a cell. */
export type ReviewLine =
  | { kind: 'group'; key: string; group: ReviewGroup }
  | { kind: 'value'; key: string; cell: ReviewCell; item: ReviewItem; first: boolean };

export const cellKeyOf = (m: Pick<ReviewItem, 'indicatorId' | 'actorId' | 'period'>) => `${m.indicatorId}|${m.actorId ?? ''}|${m.period}`;

/**
 * Groups the review list (already in review order: indicator, newest period, actor, total before
 * categories) into indicators and cells without reordering it. Values of an indicator the list of
 * indicators does not know (archived or removed meanwhile) still get a group, so nothing is hidden.
 */
export function groupForReview(items: readonly ReviewItem[], indicators: readonly Indicator[]): ReviewGroup[] {
  const known = new Map(indicators.map((ind) => [ind.id, ind]));
  const groups: ReviewGroup[] = [];
  const cells = new Map<string, ReviewCell>();
  for (const m of items) {
    let group = groups.at(-1);
    if (group?.indicator.id !== m.indicatorId) {
      const indicator = known.get(m.indicatorId) ?? { id: m.indicatorId, code: '', name: m.indicatorId, decimals: 0, unit: '', measureType: 'number' as const };
      group = { indicator, cells: [] };
      groups.push(group);
    }
    const key = cellKeyOf(m);
    let cell = cells.get(key);
    if (!cell) {
      cell = { key, indicator: group.indicator, actorId: m.actorId, period: m.period, rows: [], ids: [] };
      cells.set(key, cell);
      group.cells.push(cell);
    }
    cell.rows.push(m);
    cell.ids.push(m.id);
  }
  return groups;
}

/** The rows of the table, in order. */
export function linesOf(groups: readonly ReviewGroup[]): ReviewLine[] {
  const lines: ReviewLine[] = [];
  for (const group of groups) {
    lines.push({ kind: 'group', key: `group:${group.indicator.id}`, group });
    for (const cell of group.cells) {
      cell.rows.forEach((item, i) => lines.push({ kind: 'value', key: item.id, cell, item, first: i === 0 }));
    }
  }
  return lines;
}
