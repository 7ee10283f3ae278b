// From typed cells to what is sent: one batch item per changed (indicator, column), carrying the
// version that was on screen, and the cells that were emptied (deleted one by one afterwards).
import type { Locale, Measurement, MeasurementBatchItem } from '@ci/shared';
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

export interface CellProblem {
  line: EntryLine;
  column: EntryColumn;
  problem: Problem;
}

export interface ChangedCell {
  indicatorId: string;
  column: EntryColumn;
  saved: Measurement | undefined;
  /** null: the cell was emptied. */
  next: { value: number } | { numerator: number; denominator: number } | null;
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
): Changes {
  const problems: CellProblem[] = [];
  const cells = new Map<string, ChangedCell>();
  for (const line of lines) {
    for (const column of columns) {
      if (!isEditable(line, column)) continue;
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

export interface SavePlan {
  items: MeasurementBatchItem[];
  deletions: Measurement[];
  /** Changed cells whose saved value was approved: the change needs a reason. */
  approved: ChangedCell[];
}

export function planSave(cells: readonly ChangedCell[], period: string, reason?: string): SavePlan {
  const items: MeasurementBatchItem[] = [];
  const deletions: Measurement[] = [];
  for (const cell of cells) {
    const needsReason = cell.saved?.status === 'approved' && reason ? { reason } : {};
    if (cell.next === null) {
      if (cell.saved) deletions.push(cell.saved);
      continue;
    }
    items.push({
      indicatorId: cell.indicatorId,
      actorId: actorIdOf(cell.column.id),
      period,
      categoryId: null,
      ...cell.next,
      ...(cell.saved ? { version: cell.saved.version } : {}),
      ...needsReason,
    });
  }
  return { items, deletions, approved: cells.filter((c) => c.saved?.status === 'approved') };
}
