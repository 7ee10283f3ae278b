// Parts of a total over time, one stacked bar per period. The caller limits the parts to a few
// (top N + "others") so the colours stay distinguishable.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, ChartLegend } from './ChartFrame';
import { ChartTooltip } from './ChartTooltip';
import { CHART_COLORS } from './palette';

export interface StackSeries {
  key: string;
  label: string;
  color: string;
}

export interface StackedRow {
  period: string;
  /** Values by series key; a missing key is "no value" (not zero). */
  values: Record<string, number>;
}

export interface StackedBarChartProps {
  series: StackSeries[];
  rows: StackedRow[];
  periodLabel: (period: string) => string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  labels: { period: string; total: string };
  title?: ReactNode;
  summary?: ReactNode;
  height?: number;
}

export function StackedBarChart({ series, rows, periodLabel, formatValue, formatTick, labels, title, summary, height = 340 }: StackedBarChartProps) {
  const data = rows.map((r) => ({ period: r.period, ...r.values }));
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const total = (r: StackedRow) => Object.values(r.values).reduce((a, b) => a + b, 0);

  const tooltipRows = (period: string) => {
    const row = byPeriod.get(period);
    if (!row) return [];
    // Largest part first, as people read the tooltip top-down; the stack is drawn the other way.
    return [...series]
      .reverse()
      .filter((s) => row.values[s.key] !== undefined)
      .map((s) => ({ label: s.label, value: formatValue(row.values[s.key]), color: s.color }))
      .concat([{ label: labels.total, value: formatValue(total(row)), color: 'transparent' }]);
  };

  const columns = [
    { key: 'period', header: labels.period },
    ...series.map((s) => ({ key: s.key, header: s.label, numeric: true })),
    { key: '__total', header: labels.total, numeric: true },
  ];
  const tableRows = rows.map((r) => ({
    key: r.period,
    cells: {
      period: periodLabel(r.period),
      ...Object.fromEntries(series.map((s) => [s.key, r.values[s.key] === undefined ? '–' : formatValue(r.values[s.key])])),
      __total: formatValue(total(r)),
    },
  }));

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={<ChartLegend items={series.map((s) => ({ key: s.key, label: s.label, color: s.color, shape: 'box' as const }))} />}
      table={{ columns, rows: tableRows, caption: title }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} barCategoryGap="22%">
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={periodLabel}
            tick={{ fill: CHART_COLORS.axis, fontSize: 13 }}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            interval="preserveStartEnd"
            minTickGap={16}
          />
          <YAxis tickFormatter={formatTick} tick={{ fill: CHART_COLORS.axis, fontSize: 13 }} tickLine={false} axisLine={false} width={64} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} stackId="total" fill={s.color} stroke="#fff" strokeWidth={1} isAnimationActive={false} name={s.label} />
          ))}
          <Tooltip
            content={(props) => <ChartTooltip active={props.active} label={props.label} rows={tooltipRows} title={periodLabel} />}
            cursor={{ fill: 'rgba(29, 39, 51, 0.06)' }}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
