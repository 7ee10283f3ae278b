// Rows and columns of the grid in either orientation: indicators down and actors across, or the
// transpose. Both map back to the same (line, column) cells, so edits survive a switch.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridAxisItem } from '../components/EntryGrid';
import { AREA, type EntryColumn, type EntryLine } from './entry-model';

export type Orientation = 'indicators' | 'actors';

export function useAxes(lines: readonly EntryLine[], columns: readonly EntryColumn[], orientation: Orientation) {
  const { t } = useTranslation();

  const lineItems = useMemo(
    () =>
      lines.map((line): GridAxisItem => {
        const name = `${line.indicator.code} ${line.indicator.name}`;
        const part = line.part === 'value' ? '' : t(`entry.parts.${line.part}`);
        return {
          id: line.id,
          title: part ? `${name} – ${part}` : name,
          // A percentage takes two rows; the second line says which of its two numbers each is.
          label: (
            <span className={part ? 'entry-axis entry-axis--part' : 'entry-axis'}>
              <span className="entry-axis__line">
                <span className="entry-axis__code">{line.indicator.code}</span>
                <span className="entry-axis__name">{line.indicator.name}</span>
              </span>
              {part ? <span className="entry-axis__part">{part}</span> : null}
            </span>
          ),
        };
      }),
    [lines, t],
  );

  const columnItems = useMemo(
    () =>
      columns.map((column): GridAxisItem => {
        const name = column.id === AREA ? t('entry.wholeArea') : (column.actor?.name ?? '');
        return { id: column.id, title: name, label: <span className="entry-axis__name">{name}</span> };
      }),
    [columns, t],
  );

  const lineById = useMemo(() => new Map(lines.map((l) => [l.id, l])), [lines]);
  const columnById = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);

  const at = useCallback(
    (rowId: string, columnId: string): { line: EntryLine; column: EntryColumn } | null => {
      const [lineId, colId] = orientation === 'indicators' ? [rowId, columnId] : [columnId, rowId];
      const line = lineById.get(lineId);
      const column = columnById.get(colId);
      return line && column ? { line, column } : null;
    },
    [orientation, lineById, columnById],
  );

  const position = useCallback(
    (line: EntryLine, column: EntryColumn): { row: number; col: number } | null => {
      const l = lines.indexOf(line);
      const c = columns.findIndex((x) => x.id === column.id);
      if (l < 0 || c < 0) return null;
      return orientation === 'indicators' ? { row: l, col: c } : { row: c, col: l };
    },
    [lines, columns, orientation],
  );

  return orientation === 'indicators'
    ? { rows: lineItems, columns: columnItems, at, position }
    : { rows: columnItems, columns: lineItems, at, position };
}
