// An indicator over time: the measured value, the straight trajectory from baseline to target,
// the trend forecast, targets, and activities and meetings marked on the time axis.
import type { ReactNode } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame, ChartLegend, type LegendItem } from './ChartFrame';
import { ChartTooltip, type TooltipRow } from './ChartTooltip';
import { CHART_COLORS } from './palette';

export interface ProgressDatum {
  period: string;
  value: number | null;
  trajectory: number | null;
  trend: number | null;
  target: number | null;
}

export interface ChartMarker {
  id: string;
  /** Shown on the chart and in the list under it. */
  number: number;
  kind: 'meeting' | 'activity';
  period: string;
  /** Activities span periods; meetings have none. */
  endPeriod?: string;
  label: string;
}

export interface ProgressChartLabels {
  value: string;
  trajectory: string;
  trend: string;
  target: string;
  baseline: string;
  meeting: string;
  activity: string;
  period: string;
}

export interface ProgressChartProps {
  data: ProgressDatum[];
  baseline: { period: string; value: number } | null;
  target: { period: string; value: number } | null;
  markers?: ChartMarker[];
  labels: ProgressChartLabels;
  periodLabel: (period: string) => string;
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  title?: ReactNode;
  summary?: ReactNode;
  unitLabel?: string;
  height?: number;
  /** `large` is for a projector: big type, thick lines, readable from the back of a room. */
  size?: ProgressChartSize;
  /** Words for a period without a value, e.g. a figure withheld in a public view ("fewer than 5"). */
  describeMissing?: (period: string) => string | null;
}

export type ProgressChartSize = 'normal' | 'large';

const SIZES = {
  normal: { font: 13, markerFont: 12, value: 3.5, trajectory: 2, trend: 2.5, guide: 1.5, dot: 3.5, activeDot: 6, ring: 6, ringStroke: 3, axis: 64, xAxis: 30, tickMargin: 2, dash: 1, gap: 16, margin: { top: 24, right: 24, bottom: 8, left: 8 } },
  large: { font: 28, markerFont: 22, value: 9, trajectory: 5, trend: 5, guide: 3, dot: 8, activeDot: 12, ring: 13, ringStroke: 6, axis: 132, xAxis: 64, tickMargin: 14, dash: 2.2, gap: 40, margin: { top: 36, right: 56, bottom: 20, left: 16 } },
} as const;

type Series = 'value' | 'trajectory' | 'trend' | 'target';

export function ProgressChart({
  data,
  baseline,
  target,
  markers = [],
  labels,
  periodLabel,
  formatValue,
  formatTick,
  title,
  summary,
  unitLabel,
  height = 360,
  size = 'normal',
  describeMissing,
}: ProgressChartProps) {
  const z = SIZES[size];
  const dash = (...parts: number[]) => parts.map((n) => n * z.dash).join(' ');
  const has = (key: Series) => data.some((d) => d[key] !== null);
  const byPeriod = new Map(data.map((d) => [d.period, d]));
  const inRange = (period: string) => byPeriod.has(period);

  const legend: LegendItem[] = [{ label: labels.value, color: CHART_COLORS.value, shape: 'line' }];
  if (has('trajectory')) legend.push({ label: labels.trajectory, color: CHART_COLORS.trajectory, shape: 'dashed' });
  if (has('trend')) legend.push({ label: labels.trend, color: CHART_COLORS.trend, shape: 'dotted' });
  if (target || has('target')) legend.push({ label: labels.target, color: CHART_COLORS.target, shape: 'dot' });
  if (baseline && inRange(baseline.period)) legend.push({ label: labels.baseline, color: CHART_COLORS.baseline, shape: 'dot' });
  if (markers.some((m) => m.kind === 'meeting')) legend.push({ label: labels.meeting, color: CHART_COLORS.meeting, shape: 'dashed' });
  if (markers.some((m) => m.kind === 'activity')) legend.push({ label: labels.activity, color: CHART_COLORS.activity, shape: 'band' });

  const tooltipRows = (period: string): TooltipRow[] => {
    const d = byPeriod.get(period);
    if (!d) return [];
    const rows: TooltipRow[] = [];
    const add = (label: string, value: number | null, color: string) => {
      if (value !== null) rows.push({ label, value: formatValue(value), color });
    };
    add(labels.value, d.value, CHART_COLORS.value);
    const missing = d.value === null ? describeMissing?.(period) : null;
    if (missing) rows.push({ label: labels.value, value: missing, color: CHART_COLORS.value });
    add(labels.target, d.target, CHART_COLORS.target);
    add(labels.trajectory, d.trajectory, CHART_COLORS.trajectory);
    add(labels.trend, d.value === null ? d.trend : null, CHART_COLORS.trend);
    return rows;
  };

  const columns = [
    { key: 'period', header: labels.period },
    { key: 'value', header: labels.value, numeric: true },
    ...(has('trajectory') ? [{ key: 'trajectory', header: labels.trajectory, numeric: true }] : []),
    ...(has('trend') ? [{ key: 'trend', header: labels.trend, numeric: true }] : []),
    ...(has('target') ? [{ key: 'target', header: labels.target, numeric: true }] : []),
  ];
  const fmt = (v: number | null) => (v === null ? '–' : formatValue(v));
  const rows = data.map((d) => ({
    key: d.period,
    cells: {
      period: periodLabel(d.period),
      value: d.value === null ? (describeMissing?.(d.period) ?? '–') : formatValue(d.value),
      trajectory: fmt(d.trajectory),
      trend: fmt(d.trend),
      target: fmt(d.target),
    },
  }));

  return (
    <ChartFrame
      className={size === 'large' ? 'chart--large' : undefined}
      title={title}
      summary={summary}
      legend={<ChartLegend items={legend} />}
      table={{ columns, rows, caption: title }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <ComposedChart data={data} margin={z.margin} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={periodLabel}
            tick={{ fill: CHART_COLORS.axis, fontSize: z.font }}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            interval="preserveStartEnd"
            minTickGap={z.gap}
            height={z.xAxis}
            tickMargin={z.tickMargin}
          />
          <YAxis
            tickFormatter={formatTick}
            tick={{ fill: CHART_COLORS.axis, fontSize: z.font }}
            tickLine={false}
            axisLine={false}
            width={z.axis}
            label={unitLabel ? { value: unitLabel, angle: -90, position: 'insideLeft', fill: CHART_COLORS.axis, fontSize: z.font } : undefined}
          />
          {markers
            .filter((m) => m.kind === 'activity' && inRange(m.period))
            .map((m) => (
              <ReferenceArea
                key={m.id}
                x1={m.period}
                x2={m.endPeriod && inRange(m.endPeriod) ? m.endPeriod : data[data.length - 1]?.period}
                fill={CHART_COLORS.activity}
                fillOpacity={0.08}
                ifOverflow="hidden"
              />
            ))}
          {markers
            .filter((m) => m.kind === 'activity' && inRange(m.period))
            .map((m) => (
              // The start is a line with the number, so overlapping activities stay apart.
              <ReferenceLine
                key={`${m.id}-start`}
                x={m.period}
                stroke={CHART_COLORS.activity}
                strokeWidth={2}
                label={{ value: String(m.number), position: 'insideTopLeft', fill: '#1D2733', fontSize: 12, fontWeight: 700 }}
              />
            ))}
          {markers
            .filter((m) => m.kind === 'meeting' && inRange(m.period))
            .map((m) => (
              <ReferenceLine
                key={m.id}
                x={m.period}
                stroke={CHART_COLORS.meeting}
                strokeDasharray={dash(4, 4)}
                strokeWidth={z.guide}
                label={{ value: String(m.number), position: 'top', fill: '#1D2733', fontSize: z.markerFont, fontWeight: 700 }}
              />
            ))}
          {target ? (
            <ReferenceLine y={target.value} stroke={CHART_COLORS.target} strokeDasharray={dash(2, 6)} strokeWidth={z.guide} ifOverflow="extendDomain" />
          ) : null}
          <Line
            type="linear"
            dataKey="trajectory"
            name={labels.trajectory}
            stroke={CHART_COLORS.trajectory}
            strokeWidth={z.trajectory}
            strokeDasharray={dash(8, 5)}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="linear"
            dataKey="trend"
            name={labels.trend}
            stroke={CHART_COLORS.trend}
            strokeWidth={z.trend}
            strokeDasharray={dash(2, 5)}
            strokeLinecap="round"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="linear"
            dataKey="value"
            name={labels.value}
            stroke={CHART_COLORS.value}
            strokeWidth={z.value}
            dot={{ r: z.dot, fill: CHART_COLORS.value, strokeWidth: 0 }}
            activeDot={{ r: z.activeDot }}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            type="linear"
            dataKey="target"
            name={labels.target}
            stroke="none"
            dot={{ r: z.ring, fill: '#fff', stroke: CHART_COLORS.target, strokeWidth: z.ringStroke }}
            activeDot={false}
            isAnimationActive={false}
            legendType="none"
          />
          {baseline && inRange(baseline.period) ? (
            <ReferenceDot x={baseline.period} y={baseline.value} r={z.ring} fill={CHART_COLORS.baseline} stroke="#fff" strokeWidth={z.ringStroke / 1.5} />
          ) : null}
          <Tooltip
            content={(props) => <ChartTooltip active={props.active} label={props.label} rows={tooltipRows} title={periodLabel} />}
            cursor={{ stroke: '#9AA4B1', strokeWidth: 1 }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
