import type { ReactNode } from 'react';

export interface DataTableColumn {
  key: string;
  header: ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

export interface DataTableProps {
  caption?: ReactNode;
  columns: DataTableColumn[];
  rows: { key: string; cells: Record<string, ReactNode> }[];
  /** The first column names the row (a row header for screen readers). */
  rowHeader?: boolean;
  className?: string;
}

export function DataTable({ caption, columns, rows, rowHeader = true, className }: DataTableProps) {
  return (
    <div className={['table-wrap', className].filter(Boolean).join(' ')}>
      <table className="table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {columns.map((c, i) =>
                i === 0 && rowHeader ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {row.cells[c.key]}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {row.cells[c.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
