// A disaggregated value is one figure: a total and its category values. Every write leaves each
// cell it touched consistent by the shared rule (@ci/shared `disaggregationIssues`): the total is
// validated, never derived behind the caller's back, so what was sent is what is stored.
import { sql } from 'drizzle-orm';
import {
  cellKey,
  disaggregationIssues,
  disaggregationMessage,
  type DisaggregatedIndicator,
  type Figure,
  type MeasureType,
  type MeasurementBatchItem,
} from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import { Unprocessable } from '../../lib/errors.js';
import { rowsOf, type FieldError } from './measurements.rules.js';
import { array, sameCells } from './measurements.cells.js';

export interface Cell {
  indicatorId: string;
  actorId: string | null;
  period: string;
}

/** The key of the cell an item belongs to, whatever its category. */
export const cellOf = (c: Cell) => cellKey({ indicatorId: c.indicatorId, actorId: c.actorId, period: c.period, categoryId: null });

/** A category item without value, numerator and denominator: that category's value is removed. */
export function isRemoval(item: MeasurementBatchItem): boolean {
  return (
    !!item.categoryId &&
    (item.value === undefined || item.value === null) &&
    (item.numerator === undefined || item.numerator === null) &&
    (item.denominator === undefined || item.denominator === null)
  );
}

/**
 * Category items whose cell's total is not in the batch. The total travels with its categories so
 * that its version guards the whole figure: two people changing different categories of the same
 * cell meet at the total, and the second one is told (409) instead of silently mixing figures.
 */
export function categoriesWithoutTotal(items: readonly MeasurementBatchItem[]): FieldError[] {
  const totals = new Set(items.filter((i) => !i.categoryId).map(cellOf));
  return items.flatMap((item, i) =>
    item.categoryId && !totals.has(cellOf(item))
      ? [{ field: `body.items.${i}.categoryId`, message: "A category value is saved together with its cell's total: send the total in the same batch" }]
      : [],
  );
}

interface IndicatorRules {
  measureType: string;
  decimals: number;
}

/** The dimensions and categories of the given indicators, in display order; indicators without any are absent. */
async function dimensionsOf(db: DbOrTx, indicatorIds: readonly string[]) {
  const out = new Map<string, DisaggregatedIndicator['dimensions'][number][]>();
  if (indicatorIds.length === 0) return out;
  const ids = sql.join(
    indicatorIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ indicatorId: string; dimensionId: string; dimension: string; categoryId: string }>(
    await db.execute(sql`
      select dd.indicator_id::text as "indicatorId", dd.id::text as "dimensionId", dd.name as dimension, dc.id::text as "categoryId"
      from disaggregation_dimensions dd
      join disaggregation_categories dc on dc.dimension_id = dd.id
      where dd.indicator_id in (${ids})
      order by dd.indicator_id, dd.position, dd.id, dc.position, dc.id`),
  );
  for (const r of rows) {
    const dims = out.get(r.indicatorId) ?? [];
    let dim = dims.find((d) => d.id === r.dimensionId);
    if (!dim) {
      dim = { id: r.dimensionId, name: r.dimension, categories: [] };
      dims.push(dim);
    }
    (dim.categories as { id: string }[]).push({ id: r.categoryId });
    out.set(r.indicatorId, dims);
  }
  return out;
}

/**
 * Checks the stored state of the given cells (inside the writing transaction, after the writes)
 * and throws 422 when a cell's categories do not combine to its total. `fieldOf` says which field
 * of the request an inconsistent cell is reported at.
 */
export async function checkCells(
  db: DbOrTx,
  initiativeId: string,
  cells: readonly Cell[],
  rules: ReadonlyMap<string, IndicatorRules>,
  fieldOf: (cell: Cell) => string,
): Promise<void> {
  const dimensions = await dimensionsOf(db, [...new Set(cells.map((c) => c.indicatorId))]);
  const unique = new Map(cells.filter((c) => dimensions.has(c.indicatorId)).map((c) => [cellOf(c), c]));
  if (unique.size === 0) return;
  const stored = [...unique.values()];
  const rows = rowsOf<Cell & Figure & { categoryId: string | null }>(
    await db.execute(sql`
      with x as (
        select * from unnest(${array(stored.map((c) => c.indicatorId))}::uuid[], ${array(stored.map((c) => c.actorId))}::uuid[],
          ${array(stored.map((c) => c.period))}::text[]) as x(indicator_id, actor_id, period)
      )
      select m.indicator_id::text as "indicatorId", m.actor_id::text as "actorId", m.period, m.category_id::text as "categoryId",
        m.value, m.numerator, m.denominator
      from measurements m
      where m.initiative_id = ${initiativeId} and m.id in (${sameCells(sql`x`, sql`m.id`, { anyCategory: true })})`),
  );
  const totals = new Map<string, Figure>();
  const categories = new Map<string, Map<string, Figure>>();
  for (const r of rows) {
    const key = cellOf(r);
    if (r.categoryId === null) totals.set(key, r);
    else categories.set(key, (categories.get(key) ?? new Map()).set(r.categoryId, r));
  }
  const errors: FieldError[] = [];
  for (const [key, cell] of unique) {
    const rule = rules.get(cell.indicatorId)!;
    const indicator = { measureType: rule.measureType as MeasureType, decimals: rule.decimals, dimensions: dimensions.get(cell.indicatorId)! };
    for (const issue of disaggregationIssues(indicator, totals.get(key), categories.get(key) ?? new Map())) {
      errors.push({ field: fieldOf(cell), message: disaggregationMessage(issue) });
    }
  }
  if (errors.length > 0) throw new Unprocessable(`${errors[0].message}; nothing was saved`, errors);
}

/** Where a batch's inconsistent cell is reported: at its total's figure, else at its first category. */
export function batchFieldOf(items: readonly MeasurementBatchItem[], measureTypes: ReadonlyMap<string, IndicatorRules>) {
  return (cell: Cell) => {
    const key = cellOf(cell);
    const total = items.findIndex((i) => !i.categoryId && cellOf(i) === key);
    if (total >= 0) {
      const part = measureTypes.get(cell.indicatorId)?.measureType === 'percentage' ? 'numerator' : 'value';
      return `body.items.${total}.${part}`;
    }
    return `body.items.${items.findIndex((i) => cellOf(i) === key)}.categoryId`;
  };
}
