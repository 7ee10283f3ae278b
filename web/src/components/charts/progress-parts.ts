// The parts of the progress chart that are not drawing: which series are drawn (a measured value
// of an incomplete period is drawn apart, as preliminary), the legend naming exactly those, the
// tooltip lines and the accessible table. Pure, so the chart component stays a drawing.
import type { LegendItem } from './ChartFrame';
import type { TooltipRow } from './ChartTooltip';
import { CHART_COLORS } from './palette';

export interface ProgressDatum {
  period: string;
  value: number | null;
  trajectory: number | null;
  trend: number | null;
  target: number | null;
  /**
   * Set when the period is not complete yet (still open, or not every expected reporter's value
   * counts): its value is preliminary. The counts say how far reporting has come.
   */
  preliminary?: { reported?: number; expected?: number } | null;
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
  /** The legend entry of preliminary values, e.g. "Preliminary (not everyone has reported)". */
  preliminary: string;
  trajectory: string;
  trend: string;
  target: string;
  baseline: string;
  meeting: string;
  activity: string;
  period: string;
}

/** A datum as drawn: the value split into the complete line and the preliminary (draft) line. */
export interface DrawnDatum extends ProgressDatum {
  complete: number | null;
  draft: number | null;
}

export const isPreliminary = (d: ProgressDatum): boolean => d.value !== null && Boolean(d.preliminary);

/** The markers whose period is on the chart's time axis. */
export function shownMarkers(data: readonly ProgressDatum[], markers: readonly ChartMarker[]): ChartMarker[] {
  const periods = new Set(data.map((d) => d.period));
  return markers.filter((m) => periods.has(m.period));
}

/**
 * Complete values make the solid line. Preliminary values make a lighter, dashed line that starts
 * at the complete neighbour, so the eye follows the series without taking the draft for a fact.
 */
export function drawnData(data: readonly ProgressDatum[]): DrawnDatum[] {
  return data.map((d, i) => {
    const before = data[i - 1];
    const after = data[i + 1];
    const draft = isPreliminary(d) || (d.value !== null && ((before && isPreliminary(before)) || (after && isPreliminary(after))));
    return { ...d, complete: isPreliminary(d) ? null : d.value, draft: draft ? d.value : null };
  });
}

export interface LegendInput {
  data: readonly ProgressDatum[];
  labels: ProgressChartLabels;
  hasTarget: boolean;
  hasBaseline: boolean;
  markerKinds: ReadonlySet<ChartMarker['kind']>;
}

/** The legend: only what is drawn, in the order of importance. */
export function progressLegend({ data, labels, hasTarget, hasBaseline, markerKinds }: LegendInput): LegendItem[] {
  const has = (key: 'trajectory' | 'trend' | 'target') => data.some((d) => d[key] !== null);
  const legend: LegendItem[] = [];
  if (data.some((d) => d.value !== null && !isPreliminary(d))) legend.push({ label: labels.value, color: CHART_COLORS.value, shape: 'line' });
  if (data.some(isPreliminary)) legend.push({ label: labels.preliminary, color: CHART_COLORS.preliminary, shape: 'hollow' });
  if (has('trajectory')) legend.push({ label: labels.trajectory, color: CHART_COLORS.trajectory, shape: 'dashed' });
  if (has('trend')) legend.push({ label: labels.trend, color: CHART_COLORS.trend, shape: 'dotted' });
  if (hasTarget || has('target')) legend.push({ label: labels.target, color: CHART_COLORS.target, shape: 'ring' });
  if (hasBaseline) legend.push({ label: labels.baseline, color: CHART_COLORS.baseline, shape: 'dot' });
  if (markerKinds.has('meeting')) legend.push({ label: labels.meeting, color: CHART_COLORS.meeting, shape: 'dashed' });
  if (markerKinds.has('activity')) legend.push({ label: labels.activity, color: CHART_COLORS.activity, shape: 'band' });
  return legend;
}

export interface Describers {
  labels: ProgressChartLabels;
  formatValue: (value: number) => string;
  periodLabel: (period: string) => string;
  /** Words for a preliminary period, e.g. "preliminary: 3 of 5 reported". */
  describePreliminary: (preliminary: NonNullable<ProgressDatum['preliminary']>) => string;
  /** Words for a period without a value, e.g. a figure withheld in a public view ("fewer than 5"). */
  describeMissing?: (period: string) => string | null;
}

/** The tooltip of one period: the value (marked when preliminary), then the plan. */
export function progressTooltipRows(d: ProgressDatum | undefined, w: Describers): TooltipRow[] {
  if (!d) return [];
  const rows: TooltipRow[] = [];
  const add = (label: string, value: number | null, color: string) => {
    if (value !== null) rows.push({ label, value: w.formatValue(value), color });
  };
  const note = d.preliminary ? w.describePreliminary(d.preliminary) : undefined;
  if (d.value !== null) {
    rows.push({ label: w.labels.value, value: w.formatValue(d.value), color: note ? CHART_COLORS.preliminary : CHART_COLORS.value, note });
  } else {
    const missing = w.describeMissing?.(d.period);
    if (missing) rows.push({ label: w.labels.value, value: missing, color: CHART_COLORS.value, note });
  }
  add(w.labels.target, d.target, CHART_COLORS.target);
  add(w.labels.trajectory, d.trajectory, CHART_COLORS.trajectory);
  add(w.labels.trend, d.value === null ? d.trend : null, CHART_COLORS.trend);
  return rows;
}

/** The chart's figures as a table: one row per period, a preliminary value says so in words. */
export function progressTable(data: readonly ProgressDatum[], w: Describers) {
  const has = (key: 'trajectory' | 'trend' | 'target') => data.some((d) => d[key] !== null);
  const columns = [
    { key: 'period', header: w.labels.period },
    { key: 'value', header: w.labels.value, numeric: true },
    ...(has('trajectory') ? [{ key: 'trajectory', header: w.labels.trajectory, numeric: true }] : []),
    ...(has('trend') ? [{ key: 'trend', header: w.labels.trend, numeric: true }] : []),
    ...(has('target') ? [{ key: 'target', header: w.labels.target, numeric: true }] : []),
  ];
  const fmt = (v: number | null) => (v === null ? '–' : w.formatValue(v));
  const rows = data.map((d) => {
    const shown = d.value === null ? (w.describeMissing?.(d.period) ?? null) : w.formatValue(d.value);
    const note = d.preliminary && shown !== null ? ` (${w.describePreliminary(d.preliminary)})` : '';
    return {
      key: d.period,
      cells: {
        period: w.periodLabel(d.period),
        value: shown === null ? '–' : `${shown}${note}`,
        trajectory: fmt(d.trajectory),
        trend: fmt(d.trend),
        target: fmt(d.target),
      },
    };
  });
  return { columns, rows };
}
