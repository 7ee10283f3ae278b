// One value per period as columns (e.g. an actor's own figures, or people at each meeting).
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip } from './ChartTooltip';
import { CHART_COLORS } from './palette';
import type { DataTableProps } from './DataTable';

export interface ColumnDatum {
  key: string;
  label: string;
  value: number | null;
}

export interface ColumnChartProps {
  data: ColumnDatum[];
  seriesLabel: string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  title?: ReactNode;
  summary?: ReactNode;
  table: DataTableProps;
  color?: string;
  height?: number;
}

export function ColumnChart({ data, seriesLabel, formatValue, formatTick, title, summary, table, color = CHART_COLORS.value, height = 220 }: ColumnChartProps) {
  const byKey = new Map(data.map((d) => [d.key, d]));
  const labelOf = (key: string) => byKey.get(key)?.label ?? key;
  const rows = (key: string) => {
    const d = byKey.get(key);
    return d && d.value !== null ? [{ label: seriesLabel, value: formatValue(d.value), color }] : [];
  };
  return (
    <ChartFrame title={title} summary={summary} table={table}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={data} margin={{ top: 12, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false} barCategoryGap="25%">
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="key"
            tickFormatter={labelOf}
            tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis tickFormatter={formatTick} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} tickLine={false} axisLine={false} width={56} allowDecimals={false} />
          <Bar dataKey="value" fill={color} isAnimationActive={false} radius={[3, 3, 0, 0]} name={seriesLabel} />
          <Tooltip
            content={(props) => <ChartTooltip active={props.active} label={props.label} rows={rows} title={labelOf} />}
            cursor={{ fill: 'rgba(29, 39, 51, 0.06)' }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
