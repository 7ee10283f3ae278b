// The grid's text cell, wrapped so a cell can carry words beyond its number: why it was sent back,
// that it is a draft, what is wrong with it. The words show on hover (title) and are the input's
// accessible description, read when someone edits the cell with a screen reader. Moving the
// cursor onto a cell also announces them in the line above the sheet (CellInfo).
import { useLayoutEffect, useRef } from 'react';
import { createTextColumn, type CellProps } from 'react-datasheet-grid';

const text = createTextColumn<string | null>();
const TextCell = text.component!;

export interface MarkedColumnData {
  /** The text column's own settings. */
  text: unknown;
  /** What a cell says beyond its number, by row index; empty for nothing. */
  describe: (rowIndex: number) => string;
  /** Distinguishes the column in element ids. */
  columnKey: string;
  /** A disaggregated cell: the label of the button that opens its categories; null for other cells. */
  opener?: (rowIndex: number) => string | null;
  onOpen?: (rowIndex: number, cell: Element | null) => void;
}

export function MarkedTextCell(props: CellProps<string | null, MarkedColumnData>) {
  const { columnData, rowIndex } = props;
  const description = columnData.describe(rowIndex);
  const ref = useRef<HTMLSpanElement>(null);
  const id = `entry-cell-note-${columnData.columnKey}-${rowIndex}`;

  useLayoutEffect(() => {
    const input = ref.current?.querySelector('input');
    if (!input) return;
    if (description) input.setAttribute('aria-describedby', id);
    else input.removeAttribute('aria-describedby');
  }, [description, id]);

  const opener = columnData.opener?.(rowIndex) ?? null;
  return (
    <span className="entry-cell__body" ref={ref} title={description || undefined}>
      {opener ? (
        // The grid keeps keyboard focus itself (Enter or F2 opens the categories); the button is for the mouse.
        <button
          type="button"
          tabIndex={-1}
          className="entry-cell__categories"
          aria-label={opener}
          onClick={(event) => columnData.onOpen?.(rowIndex, event.currentTarget.closest('.dsg-cell'))}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      ) : null}
      <TextCell {...props} columnData={columnData.text as never} />
      {description ? (
        <span id={id} className="visually-hidden">
          {description}
        </span>
      ) : null}
    </span>
  );
}
