// The sheet itself, on react-datasheet-grid: arrow keys, Tab, Enter to edit, Escape to cancel,
// Shift+arrows to select a block, Ctrl+C / Ctrl+V of blocks from and to Excel or LibreOffice.
// Cells hold the text as typed; the model decides what it means.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createTextColumn, DynamicDataSheetGrid, keyColumn, type CellProps, type Column, type DataSheetGridRef } from 'react-datasheet-grid';
import 'react-datasheet-grid/dist/style.css';
import '../entry-grid.css';
import type { Locale } from '@ci/shared';
import { formatReadable, parseNumber } from '../../../lib/parse-number';
import { useCellLabels } from '../utils/use-cell-labels';
import { useSideScroll } from '../utils/use-side-scroll';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { MarkedTextCell, type MarkedColumnData } from './MarkedTextCell';

export interface GridAxisItem {
  id: string;
  /** What the header shows (may be a short form). */
  label: ReactNode;
  /** The full name, for the tooltip and the cell description. */
  title: string;
}

export interface GridCellState {
  exists: boolean;
  editable: boolean;
  dirty: boolean;
  invalid: boolean;
  conflict: boolean;
  /** The saved value's status, where it needs to stand out: sent back, or a draft not submitted. */
  mark: 'returned' | 'draft' | null;
  /** Comments in the value's discussion: a cell with a thread carries a small mark. */
  comments: number;
  /** What the cell says beyond its number (why it was sent back, what is wrong); empty for nothing. */
  description: string;
  /** Its figures are entered per category (the cell shows their total). */
  disaggregated: boolean;
}

export interface EntryGridProps {
  rows: readonly GridAxisItem[];
  columns: readonly GridAxisItem[];
  /** The text of a cell. */
  text: (rowId: string, columnId: string) => string;
  state: (rowId: string, columnId: string) => GridCellState;
  onEdit: (edits: { rowId: string; columnId: string; text: string }[]) => void;
  onActiveCellChange: (cell: { rowId: string; columnId: string } | null) => void;
  locale: Locale;
  rowHeaderTitle: string;
  gridRef?: React.Ref<DataSheetGridRef>;
  /** Opens a disaggregated cell into its categories (its in-cell button, or a double click). */
  onOpenCategories?: (cell: { rowId: string; columnId: string }, element: Element | null) => void;
  /** The label of a disaggregated cell's button. */
  openLabel?: string;
  /**
   * One organisation's sheet laid out like a form across the whole width: each row header carries
   * the indicator and its details (unit, period, status) in columns named by `header`.
   */
  form?: { header: ReactNode; details: (rowId: string) => ReactNode };
  /** What the columns are, for the words about scrolling sideways. */
  columnsAre?: 'actors' | 'indicators';
}

type Row = Record<string, string | null>;

const ROW_HEIGHT = 40;
const COLUMN_WIDTH = 128;
const ROW_HEADER_WIDTH = 280;
/** A sheet of one or two columns (a partner's own organisation) has room for whole indicator names. */
const WIDE_ROW_HEADER_WIDTH = 440;
const HEADER_HEIGHT = 64;
/** The value column of a one-organisation form: room for a big number and its marks. */
const FORM_VALUE_WIDTH = 200;
/** The row header of a form never gets narrower than this (below it the sheet scrolls). */
const FORM_MIN_ROW_HEADER = 520;

/** Big numbers read with grouping when the cell is not being edited; anything else as typed. */
function display(text: string | null, locale: Locale): string {
  if (!text) return '';
  const parsed = parseNumber(text, locale);
  return !parsed.ok || parsed.value === null ? text : formatReadable(parsed.value, locale);
}

interface RowHeaderData {
  rows: readonly GridAxisItem[];
  details?: (rowId: string) => ReactNode;
}

function RowHeader({ rowIndex, columnData }: CellProps<Row, RowHeaderData>) {
  const item = columnData.rows[rowIndex];
  if (columnData.details && item) {
    return (
      <div className="entry-grid__row-header entry-grid__form-row" title={item.title}>
        <span className="entry-grid__form-name">{item.label}</span>
        {columnData.details(item.id)}
      </div>
    );
  }
  return (
    <div className="entry-grid__row-header" title={item?.title}>
      {item?.label}
    </div>
  );
}

/** The width the sheet has, for a form layout that fills it. */
function useWidth(ref: React.RefObject<HTMLElement | null>, enabled: boolean): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}

export function EntryGrid({
  rows,
  columns,
  text,
  state,
  onEdit,
  onActiveCellChange,
  locale,
  rowHeaderTitle,
  gridRef,
  onOpenCategories,
  openLabel,
  form,
  columnsAre = 'actors',
}: EntryGridProps) {
  const { t } = useTranslation();
  const value = useMemo(
    () => rows.map((row) => Object.fromEntries(columns.map((c) => [c.id, text(row.id, c.id)])) as Row),
    [rows, columns, text],
  );
  const valueRef = useRef(value);
  valueRef.current = value;

  const gridColumns = useMemo(() => {
    const cell = createTextColumn<string | null>({
      alignRight: true,
      continuousUpdates: false,
      parseUserInput: (s) => s,
      formatBlurredInput: (s) => display(s, locale),
      formatInputOnFocus: (s) => s ?? '',
      formatForCopy: (s) => s ?? '',
      parsePastedValue: (s) => s.replace(/\u00a0/g, ' ').trim(),
      deletedValue: '',
    });
    return columns.map(
      (c, index): Column<Row> => ({
        ...keyColumn<Row, string>(c.id, {
          ...cell,
          component: MarkedTextCell as never,
          columnData: {
            text: cell.columnData,
            describe: (rowIndex: number) => state(rows[rowIndex]!.id, c.id).description,
            columnKey: String(index),
            opener: (rowIndex: number) => (state(rows[rowIndex]!.id, c.id).disaggregated && openLabel ? openLabel : null),
            onOpen: (rowIndex: number, element: Element | null) => onOpenCategories?.({ rowId: rows[rowIndex]!.id, columnId: c.id }, element),
          } satisfies MarkedColumnData,
        }),
        title: (
          <span className="entry-grid__col-header" title={c.title}>
            {c.label}
          </span>
        ),
        // Fixed widths: the sheet keeps its shape whatever the container measures while the page
        // is still settling (a growing column was sometimes drawn narrower than its selection).
        basis: form ? FORM_VALUE_WIDTH : COLUMN_WIDTH,
        grow: 0,
        shrink: 0,
        minWidth: form ? FORM_VALUE_WIDTH : COLUMN_WIDTH,
        disabled: ({ rowIndex }) => !state(rows[rowIndex]!.id, c.id).editable,
        cellClassName: ({ rowIndex }) => {
          const s = state(rows[rowIndex]!.id, c.id);
          return [
            'entry-cell',
            !s.exists && 'entry-cell--none',
            s.exists && !s.editable && 'entry-cell--readonly',
            s.dirty && 'entry-cell--dirty',
            !s.dirty && s.mark && `entry-cell--${s.mark}`,
            s.invalid && 'entry-cell--invalid',
            s.conflict && 'entry-cell--conflict',
            s.comments > 0 && 'entry-cell--discussed',
            s.disaggregated && 'entry-cell--categories',
          ]
            .filter(Boolean)
            .join(' ');
        },
      }),
    );
  }, [columns, rows, state, locale, openLabel, onOpenCategories, form]);

  const onChange = (next: Row[]) => {
    const edits: { rowId: string; columnId: string; text: string }[] = [];
    next.forEach((row, r) => {
      const before = valueRef.current[r];
      const rowItem = rows[r];
      if (!before || !rowItem) return;
      for (const c of columns) {
        const after = row[c.id] ?? '';
        if (after !== (before[c.id] ?? '')) edits.push({ rowId: rowItem.id, columnId: c.id, text: after });
      }
    });
    if (edits.length > 0) onEdit(edits);
  };

  const containerRef = useRef<HTMLDivElement>(null);
  const activeRef = useRef<{ rowId: string; columnId: string } | null>(null);
  useCellLabels(containerRef);

  const height = Math.min(HEADER_HEIGHT + rows.length * ROW_HEIGHT + 2, 600);
  const width = useWidth(containerRef, Boolean(form));
  const rowHeaderWidth = form
    ? Math.max(FORM_MIN_ROW_HEADER, width - FORM_VALUE_WIDTH - 2)
    : columns.length <= 2
      ? WIDE_ROW_HEADER_WIDTH
      : ROW_HEADER_WIDTH;
  const side = useSideScroll(containerRef, columns.length, COLUMN_WIDTH, rowHeaderWidth);
  const wide = !form && (side.before || side.after);
  const rowHeaderData = useMemo<RowHeaderData>(() => ({ rows, details: form?.details }), [rows, form]);
  const grid = (
    <div
      className={['entry-grid', side.before && 'entry-grid--more-before', side.after && 'entry-grid--more-after', form && 'entry-grid--form']
        .filter(Boolean)
        .join(' ')}
      style={{ '--entry-gutter': `${rowHeaderWidth}px` } as React.CSSProperties}
      ref={containerRef}
      onDoubleClick={(event) => {
        const cell = (event.target as Element).closest('.dsg-cell');
        const at = activeRef.current;
        if (cell && at && state(at.rowId, at.columnId).disaggregated) onOpenCategories?.(at, cell);
      }}
    >
      <DynamicDataSheetGrid<Row>
        ref={gridRef}
        value={value}
        onChange={onChange}
        columns={gridColumns}
        gutterColumn={{
          component: RowHeader as never,
          columnData: rowHeaderData,
          basis: rowHeaderWidth,
          minWidth: rowHeaderWidth,
          grow: 0,
          shrink: 0,
          title: form ? form.header : <span className="entry-grid__corner">{rowHeaderTitle}</span>,
        }}
        lockRows
        disableContextMenu
        disableExpandSelection
        rowHeight={ROW_HEIGHT}
        headerRowHeight={HEADER_HEIGHT}
        height={height}
        rowKey={({ rowIndex }) => rows[rowIndex]?.id ?? String(rowIndex)}
        onActiveCellChange={({ cell }) => {
          const row = cell ? rows[cell.row] : undefined;
          const column = cell ? columns[cell.col] : undefined;
          activeRef.current = row && column ? { rowId: row.id, columnId: column.id } : null;
          onActiveCellChange(activeRef.current);
        }}
      />
    </div>
  );
  if (!wide) return grid;
  // A sheet wider than the page says so: how many organisations are in view, and buttons that
  // scroll (the arrow keys and Tab reach every column too: the grid scrolls to the active cell).
  return (
    <div className="entry-grid-frame">
      <div className="entry-grid-scroll">
        <p className="entry-grid-scroll__text" aria-live="polite">
          {t(`entry.scroll.${columnsAre}.showing`, { first: side.first, last: side.last, count: columns.length })}
        </p>
        <div className="entry-grid-scroll__buttons">
          <Button className="button--small" isDisabled={!side.before} onPress={() => side.scrollBy(-1)}>
            <Icon name="arrowLeft" size={16} />
            {t(`entry.scroll.${columnsAre}.earlier`)}
          </Button>
          <Button className="button--small" isDisabled={!side.after} onPress={() => side.scrollBy(1)}>
            {t(`entry.scroll.${columnsAre}.later`)}
            <span className="entry-grid-scroll__forward">
              <Icon name="arrowLeft" size={16} />
            </span>
          </Button>
        </div>
      </div>
      {grid}
    </div>
  );
}
