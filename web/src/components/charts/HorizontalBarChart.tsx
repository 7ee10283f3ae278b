// One bar per named thing (e.g. each actor in one period), longest first: readable with many rows
// because names sit on their own lines instead of crowding an axis.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { CHART_COLORS } from './palette';
import type { DataTableProps } from './DataTable';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  color?: string;
}

export interface HorizontalBarChartProps {
  rows: BarRow[];
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  title?: ReactNode;
  summary?: ReactNode;
  /** The data as a table; leave out when the caller shows its own table next to the chart. */
  table?: DataTableProps;
  rowHeight?: number;
}

const MAX_LABEL = 28;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

export function HorizontalBarChart({ rows, formatValue, formatTick, title, summary, table, rowHeight = 30 }: HorizontalBarChartProps) {
  const height = Math.max(120, rows.length * rowHeight + 40);
  return (
    <ChartFrame title={title} summary={summary} table={table}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }} accessibilityLayer={false} barCategoryGap={6}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" tickFormatter={formatTick} tick={{ fill: CHART_COLORS.axis, fontSize: 13 }} tickLine={false} axisLine={false} />
          <YAxis
            type="category"
            dataKey="label"
            width={200}
            tickFormatter={shorten}
            tick={{ fill: '#1D2733', fontSize: 13 }}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            interval={0}
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]}>
            {rows.map((r) => (
              <Cell key={r.key} fill={r.color ?? CHART_COLORS.value} />
            ))}
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')} fill="#1D2733" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
