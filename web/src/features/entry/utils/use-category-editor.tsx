// Opening a disaggregated cell into its categories: Enter or F2 on the cell (the grid itself does
// nothing with a cell it cannot type into), a double click, or the button in the cell. While the
// editor is open the grid has no active cell, so its keyboard handling leaves the editor's inputs
// alone; closing puts the cursor back on the cell.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DataSheetGridRef } from 'react-datasheet-grid';
import { isDisaggregated, inputsOf, partsOf, categoryText, textKey, totalText, type CategoryTexts, type CellInput } from './categories';
import type { EntryColumn, EntryLine } from './entry-model';

export interface OpenEditor {
  line: EntryLine;
  column: EntryColumn;
  initial: CategoryTexts;
}

interface Options {
  active: { line: EntryLine; column: EntryColumn } | null;
  exists: (line: EntryLine, column: EntryColumn) => boolean;
  cellInput: (line: EntryLine, column: EntryColumn) => CellInput;
  position: (line: EntryLine, column: EntryColumn) => { row: number; col: number } | null;
  gridRef: RefObject<DataSheetGridRef | null>;
  /** The element the editor is positioned in (the anchor is placed over the cell inside it). */
  containerRef: RefObject<HTMLElement | null>;
}

export function initialTexts(c: CellInput): CategoryTexts {
  const categories: Record<string, string> = {};
  for (const { categoryId, part } of inputsOf(c.indicator)) categories[textKey(categoryId, part)] = categoryText(c, categoryId, part);
  const total = Object.fromEntries(partsOf(c.indicator).map((part) => [part, totalText(c, part)]));
  return { categories, total };
}

export function useCategoryEditor({ active, exists, cellInput, position, gridRef, containerRef }: Options) {
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const anchorRef = useRef<HTMLDivElement>(null);

  const placeAnchor = useCallback(
    (cellElement: Element | null | undefined) => {
      const anchor = anchorRef.current;
      const container = containerRef.current;
      if (!anchor || !container || !cellElement) return;
      const box = cellElement.getBoundingClientRect();
      const origin = container.getBoundingClientRect();
      Object.assign(anchor.style, {
        top: `${box.top - origin.top}px`,
        left: `${box.left - origin.left}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
    },
    [containerRef],
  );

  const openAt = useCallback(
    (line: EntryLine, column: EntryColumn, cellElement?: Element | null) => {
      if (!isDisaggregated(line.indicator) || !exists(line, column)) return false;
      placeAnchor(cellElement ?? containerRef.current?.querySelector('.dsg-active-cell'));
      setOpen({ line, column, initial: initialTexts(cellInput(line, column)) });
      gridRef.current?.setActiveCell(null);
      return true;
    },
    [exists, cellInput, gridRef, containerRef, placeAnchor],
  );

  const close = useCallback(() => {
    if (open) {
      const at = position(open.line, open.column);
      if (at) gridRef.current?.setActiveCell(at);
    }
    setOpen(null);
  }, [open, position, gridRef]);

  // Before the grid's own (document) listener: Enter and F2 on a disaggregated cell open its categories.
  useEffect(() => {
    if (open || !active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== 'F2') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      // Typing in a field elsewhere on the page (a dialog, the period chooser) is not the grid's.
      if (target && target !== document.body && !containerRef.current?.contains(target)) return;
      if (openAt(active.line, active.column)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open, active, openAt, containerRef]);

  return { open, anchorRef, openAt, close };
}
