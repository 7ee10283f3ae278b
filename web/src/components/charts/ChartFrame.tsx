// The frame every chart is drawn in: a title, a plain-language summary, the drawing (hidden from
// screen readers, which get the table instead), an optional legend, and the data as a table.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableProps } from './DataTable';

export interface ChartFrameProps {
  title?: ReactNode;
  summary?: ReactNode;
  legend?: ReactNode;
  table?: DataTableProps;
  /** Show the table open (e.g. when the chart would be too small to read). */
  tableOpen?: boolean;
  children: ReactNode;
  className?: string;
}

export function ChartFrame({ title, summary, legend, table, tableOpen = false, children, className }: ChartFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <figure className={['chart', className].filter(Boolean).join(' ')} aria-labelledby={title ? titleId : undefined}>
      {title ? (
        <figcaption className="chart__title" id={titleId}>
          {title}
        </figcaption>
      ) : null}
      {summary ? <p className="chart__summary">{summary}</p> : null}
      <div className="chart__canvas" aria-hidden="true">
        {children}
      </div>
      {legend ? <div className="chart__legend">{legend}</div> : null}
      {table ? (
        <details className="chart__table" open={tableOpen}>
          <summary>{t('charts.showTable')}</summary>
          <DataTable {...table} />
        </details>
      ) : null}
    </figure>
  );
}

export interface LegendItem {
  /** Defaults to the label; give one when labels can repeat. */
  key?: string;
  label: string;
  color: string;
  /** How the series is drawn, repeated in the legend so it does not rely on colour. */
  shape: 'line' | 'dashed' | 'dotted' | 'box' | 'dot' | 'band' | 'hollow' | 'ring';
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.key ?? item.label} className="legend__item">
          <svg width="28" height="14" aria-hidden="true" className="legend__swatch">
            {item.shape === 'box' ? <rect x="6" y="1" width="14" height="12" rx="2" fill={item.color} /> : null}
            {item.shape === 'band' ? <rect x="1" y="1" width="26" height="12" fill={item.color} opacity="0.3" /> : null}
            {item.shape === 'dot' ? <circle cx="14" cy="7" r="5" fill={item.color} /> : null}
            {item.shape === 'ring' ? <circle cx="14" cy="7" r="4.5" fill="#fff" stroke={item.color} strokeWidth={2.5} /> : null}
            {item.shape === 'hollow' ? (
              <>
                <line x1="1" y1="7" x2="27" y2="7" stroke={item.color} strokeWidth={2.5} strokeDasharray="5 3" />
                <circle cx="14" cy="7" r="4.5" fill="#fff" stroke={item.color} strokeWidth={2.5} />
              </>
            ) : null}
            {item.shape === 'line' || item.shape === 'dashed' || item.shape === 'dotted' ? (
              <line
                x1="1"
                y1="7"
                x2="27"
                y2="7"
                stroke={item.color}
                strokeWidth={item.shape === 'line' ? 3.5 : 2.5}
                strokeDasharray={item.shape === 'dashed' ? '7 4' : item.shape === 'dotted' ? '2 4' : undefined}
                strokeLinecap="round"
              />
            ) : null}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
