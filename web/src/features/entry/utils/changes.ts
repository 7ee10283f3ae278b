// From typed cells to what is sent: one batch item per changed (indicator, column), carrying the
// version that was on screen, and the cells that were emptied (deleted one by one afterwards).
import { figureOf, type Locale, type Measurement, type MeasurementBatchItem } from '@ci/shared';
import {
  actorIdOf,
  isDirty,
  problemOf,
  savedKey,
  type Drafts,
  type EntryColumn,
  type EntryLine,
  type Problem,
  type Saved,
} from './entry-model';
import { parseNumber } from '../../../lib/parse-number';
import {
  categoryDirty,
  cellFigures,
  disaggregatedDirty,
  disaggregatedProblem,
  isDisaggregated,
  partsOf,
  savedCategoryKey,
  type CellInput,
  type SavedCategories,
} from './categories';

export interface CellProblem {
  line: EntryLine;
  column: EntryColumn;
  problem: Problem;
  /** A disaggregated cell's problem in one category: which one, and the text typed there. */
  category?: { categoryId: string; text: string };
}

export interface CategoryChange {
  categoryId: string;
  saved: Measurement | undefined;
  /** null: the category was emptied. */
  next: { value: number } | { numerator: number; denominator: number } | null;
}

export interface ChangedCell {
  indicatorId: string;
  column: EntryColumn;
  saved: Measurement | undefined;
  /** null: the cell was emptied. */
  next: { value: number } | { numerator: number; denominator: number } | null;
  /** A disaggregated cell: its changed categories (the total is derived from all of them). */
  categories?: CategoryChange[];
  /** A disaggregated cell: every saved category value (they go when the total is deleted). */
  savedCategories?: Measurement[];
}

export interface Changes {
  cells: ChangedCell[];
  problems: CellProblem[];
}

export function collectChanges(
  lines: readonly EntryLine[],
  columns: readonly EntryColumn[],
  drafts: Drafts,
  saved: Saved,
  period: string,
  locale: Locale,
  isEditable: (line: EntryLine, column: EntryColumn) => boolean,
  savedCategories: SavedCategories = new Map(),
): Changes {
  const problems: CellProblem[] = [];
  const cells = new Map<string, ChangedCell>();
  for (const line of lines) {
    for (const column of columns) {
      if (!isEditable(line, column)) continue;
      if (isDisaggregated(line.indicator)) {
        // One figure per cell, whichever of its lines (numerator, denominator) comes first.
        const key = savedKey(line.indicator.id, column.id, period);
        if (cells.has(key) || problems.some((p) => p.line.indicator.id === line.indicator.id && p.column.id === column.id)) continue;
        const c: CellInput = { drafts, saved, savedCategories, period, indicator: line.indicator, columnId: column.id, locale };
        const problem = disaggregatedProblem(c);
        if (problem) {
          problems.push({ line, column, problem: problem.problem, ...(problem.input ? { category: { categoryId: problem.input.categoryId, text: problem.text } } : {}) });
        }
        if (disaggregatedDirty(c)) cells.set(key, disaggregatedChange(c, column, key));
        continue;
      }
      const problem = problemOf(drafts, saved, period, line, column.id, locale);
      if (problem) problems.push({ line, column, problem });
      if (!isDirty(drafts, saved, period, line, column.id, locale)) continue;
      const key = savedKey(line.indicator.id, column.id, period);
      if (cells.has(key)) continue;
      cells.set(key, { indicatorId: line.indicator.id, column, saved: saved.get(key), next: nextValue(line, column, drafts, saved, period, locale) });
    }
  }
  return { cells: [...cells.values()], problems };
}

function nextValue(line: EntryLine, column: EntryColumn, drafts: Drafts, saved: Saved, period: string, locale: Locale): ChangedCell['next'] {
  const read = (part: EntryLine['part']) => {
    const key = `${line.indicator.id}|${column.id}|${part}`;
    const text = drafts[key];
    if (text !== undefined) {
      const parsed = parseNumber(text, locale);
      return parsed.ok ? parsed.value : null;
    }
    return saved.get(savedKey(line.indicator.id, column.id, period))?.[part] ?? null;
  };
  if (line.indicator.measureType === 'percentage') {
    const numerator = read('numerator');
    const denominator = read('denominator');
    return numerator === null || denominator === null ? null : { numerator, denominator };
  }
  const value = read('value');
  return value === null ? null : { value };
}

function disaggregatedChange(c: CellInput, column: EntryColumn, key: string): ChangedCell {
  const figures = cellFigures(c);
  const categories = c.indicator.dimensions.flatMap((d) =>
    d.categories.flatMap((category): CategoryChange[] => {
      if (!partsOf(c.indicator).some((part) => categoryDirty(c, category.id, part))) return [];
      const next = figures.categories.get(category.id)!;
      return [
        {
          categoryId: category.id,
          saved: c.savedCategories.get(savedCategoryKey(c.indicator.id, c.columnId, c.period, category.id)),
          next: figureOf(c.indicator.measureType, next),
        },
      ];
    }),
  );
  const savedCategories = c.indicator.dimensions.flatMap((d) =>
    d.categories.flatMap((category) => c.savedCategories.get(savedCategoryKey(c.indicator.id, c.columnId, c.period, category.id)) ?? []),
  );
  return { indicatorId: c.indicator.id, column, saved: c.saved.get(key), next: figures.total, categories, savedCategories };
}

export interface SavePlan {
  items: MeasurementBatchItem[];
  deletions: Measurement[];
  /** Every stored value the plan removes: deletions, emptied categories, and the categories of deleted totals. */
  gone: Measurement[];
  /** Changed cells whose saved value was approved: the change needs a reason. */
  approved: ChangedCell[];
}

export function planSave(cells: readonly ChangedCell[], period: string, reason?: string): SavePlan {
  const items: MeasurementBatchItem[] = [];
  const deletions: Measurement[] = [];
  const gone: Measurement[] = [];
  for (const cell of cells) {
    const needsReason = isApproved(cell) && reason ? { reason } : {};
    const actorId = actorIdOf(cell.column.id);
    if (cell.next === null) {
      // A deleted total takes its categories with it (the server does the same).
      if (cell.saved) deletions.push(cell.saved);
      gone.push(...(cell.saved ? [cell.saved] : []), ...(cell.savedCategories ?? []));
      continue;
    }
    // A disaggregated cell's total always travels with its categories, with its version.
    items.push({
      indicatorId: cell.indicatorId,
      actorId,
      period,
      categoryId: null,
      ...cell.next,
      ...(cell.saved ? { version: cell.saved.version } : {}),
      ...needsReason,
    });
    for (const category of cell.categories ?? []) {
      if (category.next === null && !category.saved) continue;
      if (category.next === null) gone.push(category.saved!);
      items.push({
        indicatorId: cell.indicatorId,
        actorId,
        period,
        categoryId: category.categoryId,
        // No figure: the category's value is removed.
        ...(category.next ?? { value: null }),
        ...(category.saved ? { version: category.saved.version } : {}),
        ...needsReason,
      });
    }
  }
  return { items, deletions, gone, approved: cells.filter(isApproved) };
}

/** A change to an approved figure needs a reason: the total, or any of its categories, was approved. */
function isApproved(cell: ChangedCell): boolean {
  return cell.saved?.status === 'approved' || (cell.categories ?? []).some((c) => c.saved?.status === 'approved');
}
