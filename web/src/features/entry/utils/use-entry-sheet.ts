// The state of one period's sheet: what was typed, what the server said last, which cells someone
// else changed meanwhile. Typed text is only dropped when it was saved or the person chose so.
import { useCallback, useMemo, useState } from 'react';
import { cellKey, type Actor, type Indicator, type Locale, type Measurement } from '@ci/shared';
import type { Conflict } from '../api/save-measurements';
import {
  AREA,
  canWriteColumn,
  cellExists,
  cellText,
  columnsOf,
  isDirty,
  isExpectedCell,
  linesOf,
  problemOf,
  savedKey,
  withDraft,
  withoutCell,
  type Drafts,
  type EntryAccess,
  type EntryColumn,
  type EntryLine,
} from './entry-model';
import { collectChanges } from './changes';
import {
  cellFigures,
  disaggregatedDirty,
  disaggregatedProblem,
  isDisaggregated,
  partText,
  withCategoryDrafts,
  type CategoryTexts,
  type CellInput,
} from './categories';

export interface SheetInput {
  indicators: readonly Indicator[];
  actors: readonly Actor[];
  measurements: readonly Measurement[];
  period: string;
  access: EntryAccess;
  locale: Locale;
  /** Steering, or a locked period: nothing can be typed. */
  readOnly: boolean;
}

/**
 * The newer of the server's value and the one a 409 reported. A cell reported as deleted stays
 * empty: should someone create it again, the next save answers 409 with that value.
 */
function effective(server: Measurement | undefined, reported: Measurement | null): Measurement | undefined {
  if (reported === null) return undefined;
  return server && server.version > reported.version ? server : reported;
}

export function useEntrySheet({ indicators, actors, measurements, period, access, locale, readOnly }: SheetInput) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [reported, setReported] = useState<ReadonlyMap<string, Measurement | null>>(new Map());
  const [conflicts, setConflicts] = useState<Conflict[]>([]);

  const lines = useMemo(() => linesOf(indicators), [indicators]);
  const columns = useMemo(() => columnsOf(actors, indicators, access), [actors, indicators, access]);

  // Totals by cell, and category values by cell and category; each with what a 409 reported.
  const [saved, savedCategories] = useMemo(() => {
    const totals = new Map<string, Measurement>();
    const categories = new Map<string, Measurement>();
    for (const m of measurements) {
      if (m.categoryId === null) totals.set(savedKey(m.indicatorId, m.actorId ?? AREA, m.period), m);
      else categories.set(cellKey(m), m);
    }
    for (const [key, m] of reported) {
      const map = key.endsWith('|') ? totals : categories;
      const e = effective(map.get(key), m);
      if (e) map.set(key, e);
      else map.delete(key);
    }
    return [totals, categories] as const;
  }, [measurements, reported]);

  const isEditable = useCallback(
    (line: EntryLine, column: EntryColumn) =>
      !readOnly && cellExists(line, column) && isExpectedCell(line, column, period, access) && canWriteColumn(access, column),
    [readOnly, access, period],
  );

  const conflictKeys = useMemo(() => new Set(conflicts.map((c) => savedKey(c.indicatorId, c.actorId ?? AREA, c.period))), [conflicts]);

  const cellInput = useCallback(
    (indicator: Indicator, columnId: string): CellInput => ({ drafts, saved, savedCategories, period, indicator, columnId, locale }),
    [drafts, saved, savedCategories, period, locale],
  );

  const cell = useCallback(
    (line: EntryLine, column: EntryColumn) => {
      const exists = cellExists(line, column);
      const common = {
        exists,
        expected: exists && isExpectedCell(line, column, period, access),
        editable: isEditable(line, column),
        conflict: conflictKeys.has(savedKey(line.indicator.id, column.id, period)),
        saved: exists ? saved.get(savedKey(line.indicator.id, column.id, period)) : undefined,
      };
      if (exists && isDisaggregated(line.indicator)) {
        // The grid shows the categories' total; the figures themselves are typed in the category editor.
        const c = cellInput(line.indicator, column.id);
        const problem = disaggregatedProblem(c);
        return {
          ...common,
          disaggregated: true,
          text: partText(cellFigures(c).total, line.part, locale),
          dirty: disaggregatedDirty(c),
          invalid: problem !== null,
          problem: problem?.problem ?? null,
        };
      }
      const problem = exists ? problemOf(drafts, saved, period, line, column.id, locale) : null;
      return {
        ...common,
        disaggregated: false,
        text: exists ? cellText(drafts, saved, period, line, column.id, locale) : '',
        dirty: exists && isDirty(drafts, saved, period, line, column.id, locale),
        invalid: problem !== null,
        problem,
      };
    },
    [drafts, saved, period, locale, access, isEditable, conflictKeys, cellInput],
  );

  const edit = useCallback(
    (edits: { line: EntryLine; column: EntryColumn; text: string }[]) => {
      setDrafts((current) =>
        edits.reduce(
          // A disaggregated cell is not typed into (nor pasted into): its categories are.
          (acc, e) =>
            isEditable(e.line, e.column) && !isDisaggregated(e.line.indicator) ? withDraft(acc, saved, period, e.line, e.column.id, e.text, locale) : acc,
          current,
        ),
      );
    },
    [isEditable, saved, period, locale],
  );

  /** The category editor's texts for one cell: every category input and the cell's own total. */
  const editCategories = useCallback(
    (indicator: Indicator, column: EntryColumn, texts: CategoryTexts) => {
      const line = lines.find((l) => l.indicator.id === indicator.id);
      if (!line || !isEditable(line, column)) return;
      setDrafts((current) => withCategoryDrafts(current, cellInput(indicator, column.id), texts));
    },
    [lines, isEditable, cellInput],
  );

  const changes = useMemo(
    () => collectChanges(lines, columns, drafts, saved, period, locale, isEditable, savedCategories),
    [lines, columns, drafts, saved, period, locale, isEditable, savedCategories],
  );

  /** After a 409: remember the current values (and versions) and which cells they are. */
  const reportConflicts = useCallback((found: Conflict[]) => {
    setReported((current) => {
      const next = new Map(current);
      for (const c of found) next.set(c.categoryId === null ? savedKey(c.indicatorId, c.actorId ?? AREA, c.period) : cellKey(c), c.current);
      return next;
    });
    setConflicts(found);
  }, []);

  // A category's conflict is settled with its total's: they are one figure.
  const sameCell = (found: readonly Conflict[]) => (c: Conflict) =>
    found.some((f) => f.indicatorId === c.indicatorId && f.actorId === c.actorId && f.period === c.period);

  const keepTheirs = useCallback((found: readonly Conflict[]) => {
    setDrafts((current) => found.reduce((acc, c) => withoutCell(acc, c.indicatorId, c.actorId ?? AREA), current));
    setConflicts((current) => current.filter((c) => !sameCell(found)(c)));
  }, []);

  const keepMine = useCallback((found: readonly Conflict[]) => {
    setConflicts((current) => current.filter((c) => !sameCell(found)(c)));
  }, []);

  const markSaved = useCallback(() => {
    setDrafts({});
    setReported(new Map());
    setConflicts([]);
  }, []);

  const discard = useCallback(() => {
    setDrafts({});
    setConflicts([]);
  }, []);

  return {
    lines,
    columns,
    saved,
    savedCategories,
    drafts,
    cell,
    cellInput,
    edit,
    editCategories,
    changes,
    conflicts,
    reportConflicts,
    keepTheirs,
    keepMine,
    markSaved,
    discard,
    isEditable,
  };
}

export type EntrySheetState = ReturnType<typeof useEntrySheet>;
