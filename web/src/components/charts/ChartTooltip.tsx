import type { TooltipContentProps } from 'recharts';

export interface TooltipRow {
  label: string;
  value: string;
  color: string;
  /** A qualification under the value, e.g. "preliminary: 3 of 5 reported". */
  note?: string;
}

/** A tooltip with the period as heading and one line per series; formatting is the caller's. */
export function ChartTooltip({
  active,
  label,
  rows,
  title,
}: Pick<TooltipContentProps<number, string>, 'active' | 'label'> & {
  rows: (label: string) => TooltipRow[];
  title: (label: string) => string;
}) {
  if (!active || label === undefined || label === null) return null;
  const key = String(label);
  const lines = rows(key);
  if (lines.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__title">{title(key)}</div>
      <dl className="chart-tooltip__rows">
        {lines.map((row) => (
          <div key={row.label} className="chart-tooltip__row">
            <dt>
              <span className="chart-tooltip__swatch" style={{ background: row.color }} aria-hidden="true" />
              {row.label}
            </dt>
            <dd>
              {row.value}
              {row.note ? <span className="chart-tooltip__note">{row.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
