// The drawing of a ProgressChart, with the chart library: a chunk of its own, loaded when a chart
// is first drawn, so a page shows its figures, summary and table without waiting for it.
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
import { ChartTooltip } from './ChartTooltip';
import { CHART_COLORS } from './palette';
import { drawnData, isPreliminary, progressTooltipRows, shownMarkers as markersInRange, type DrawnDatum } from './progress-parts';
import type { ProgressChartProps } from './ProgressChart';

const SIZES = {
  normal: { font: 13, markerFont: 12, value: 3.5, trajectory: 2, trend: 2.5, guide: 1.5, dot: 3.5, activeDot: 6, ring: 6, ringStroke: 3, axis: 64, xAxis: 30, tickMargin: 2, dash: 1, gap: 16, margin: { top: 24, right: 24, bottom: 8, left: 8 } },
  large: { font: 28, markerFont: 22, value: 9, trajectory: 5, trend: 5, guide: 3, dot: 8, activeDot: 12, ring: 13, ringStroke: 6, axis: 132, xAxis: 64, tickMargin: 14, dash: 2.2, gap: 40, margin: { top: 36, right: 56, bottom: 20, left: 16 } },
} as const;

/** A hollow point for a preliminary value; nothing for the complete neighbour the draft line starts at. */
function draftDot(r: number, strokeWidth: number) {
  return function DraftDot(props: { cx?: number; cy?: number; index?: number; payload?: DrawnDatum }) {
    const { cx, cy, index, payload } = props;
    if (cx === undefined || cy === undefined || !payload || !isPreliminary(payload)) return <g key={`draft-${index}`} />;
    return <circle key={`draft-${index}`} className="chart__draft-dot" cx={cx} cy={cy} r={r} fill="#fff" stroke={CHART_COLORS.preliminary} strokeWidth={strokeWidth} />;
  };
}

export default function ProgressDrawing({
  data,
  baseline,
  target,
  markers = [],
  labels,
  periodLabel,
  formatValue,
  formatTick,
  unitLabel,
  height = 360,
  size = 'normal',
  describeMissing,
  describePreliminary,
}: ProgressChartProps) {
  const z = SIZES[size];
  const dash = (...parts: number[]) => parts.map((n) => n * z.dash).join(' ');
  const byPeriod = new Map(data.map((d) => [d.period, d]));
  const inRange = (period: string) => byPeriod.has(period);
  const shownMarkers = markersInRange(data, markers);
  const drawn = drawnData(data);
  const words = { labels, formatValue, periodLabel, describePreliminary, describeMissing };
  return (
    <ResponsiveContainer
      width="100%"
      height={height === 'fill' ? '100%' : height}
      initialDimension={{ width: 800, height: height === 'fill' ? 400 : height }}
    >
      <ComposedChart data={drawn} margin={z.margin} accessibilityLayer={false}>
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
        {shownMarkers
          .filter((m) => m.kind === 'activity')
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
        {shownMarkers
          .filter((m) => m.kind === 'activity')
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
        {shownMarkers
          .filter((m) => m.kind === 'meeting')
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
          dataKey="draft"
          name={labels.preliminary}
          stroke={CHART_COLORS.preliminary}
          strokeWidth={z.value * 0.7}
          strokeDasharray={dash(6, 4)}
          dot={draftDot(z.dot + z.value * 0.35, z.value * 0.6)}
          activeDot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          type="linear"
          dataKey="complete"
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
          content={(props) => (
            <ChartTooltip active={props.active} label={props.label} rows={(period) => progressTooltipRows(byPeriod.get(period), words)} title={periodLabel} />
          )}
          cursor={{ stroke: '#9AA4B1', strokeWidth: 1 }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
