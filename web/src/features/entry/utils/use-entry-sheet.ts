// The state of one period's sheet: what was typed, what the server said last, which cells someone
// else changed meanwhile. Typed text is only dropped when it was saved or the person chose so.
import { useCallback, useMemo, useState } from 'react';
import type { Actor, Indicator, Locale, Measurement } from '@ci/shared';
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

  const saved = useMemo(() => {
    const map = new Map<string, Measurement>();
    for (const m of measurements) map.set(savedKey(m.indicatorId, m.actorId ?? AREA, m.period), m);
    for (const [key, m] of reported) {
      const e = effective(map.get(key), m);
      if (e) map.set(key, e);
      else map.delete(key);
    }
    return map;
  }, [measurements, reported]);

  const isEditable = useCallback(
    (line: EntryLine, column: EntryColumn) =>
      !readOnly && cellExists(line, column) && isExpectedCell(line, column, period, access) && canWriteColumn(access, column),
    [readOnly, access, period],
  );

  const conflictKeys = useMemo(() => new Set(conflicts.map((c) => savedKey(c.indicatorId, c.actorId ?? AREA, c.period))), [conflicts]);

  const cell = useCallback(
    (line: EntryLine, column: EntryColumn) => {
      const exists = cellExists(line, column);
      const problem = exists ? problemOf(drafts, saved, period, line, column.id, locale) : null;
      return {
        exists,
        expected: exists && isExpectedCell(line, column, period, access),
        editable: isEditable(line, column),
        text: exists ? cellText(drafts, saved, period, line, column.id, locale) : '',
        dirty: exists && isDirty(drafts, saved, period, line, column.id, locale),
        invalid: problem !== null,
        problem,
        conflict: conflictKeys.has(savedKey(line.indicator.id, column.id, period)),
        saved: exists ? saved.get(savedKey(line.indicator.id, column.id, period)) : undefined,
      };
    },
    [drafts, saved, period, locale, access, isEditable, conflictKeys],
  );

  const edit = useCallback(
    (edits: { line: EntryLine; column: EntryColumn; text: string }[]) => {
      setDrafts((current) =>
        edits.reduce(
          (acc, e) => (isEditable(e.line, e.column) ? withDraft(acc, saved, period, e.line, e.column.id, e.text, locale) : acc),
          current,
        ),
      );
    },
    [isEditable, saved, period, locale],
  );

  const changes = useMemo(
    () => collectChanges(lines, columns, drafts, saved, period, locale, isEditable),
    [lines, columns, drafts, saved, period, locale, isEditable],
  );

  /** After a 409: remember the current values (and versions) and which cells they are. */
  const reportConflicts = useCallback((found: Conflict[]) => {
    setReported((current) => {
      const next = new Map(current);
      for (const c of found) next.set(savedKey(c.indicatorId, c.actorId ?? AREA, c.period), c.current);
      return next;
    });
    setConflicts(found);
  }, []);

  const keepTheirs = useCallback((found: readonly Conflict[]) => {
    setDrafts((current) => found.reduce((acc, c) => withoutCell(acc, c.indicatorId, c.actorId ?? AREA), current));
    setConflicts((current) => current.filter((c) => !found.includes(c)));
  }, []);

  const keepMine = useCallback((found: readonly Conflict[]) => {
    setConflicts((current) => current.filter((c) => !found.includes(c)));
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

  return { lines, columns, saved, drafts, cell, edit, changes, conflicts, reportConflicts, keepTheirs, keepMine, markSaved, discard, isEditable };
}

export type EntrySheetState = ReturnType<typeof useEntrySheet>;
