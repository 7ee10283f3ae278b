import { curveLinear, curveMonotoneX, line, type CurveFactory } from 'd3-shape';
import { CHART_COLORS } from './palette';

export interface SparklinePoint {
  period: string;
  value: number | null;
  /** False while the period's figures are preliminary; the point is drawn hollow, its segment dashed. */
  complete?: boolean;
}

/** The drawing's own units: x runs 0–100 across the width, y 0–100 down the height. */
const SPAN = 100;
const MARGIN = 6;

const preliminary = (d: SparklinePoint | undefined) => d !== undefined && d.value !== null && d.complete === false;

interface Plotted {
  x: number;
  y: number;
}

/**
 * A small trend line without axes. Decorative: the card around it states the numbers in words.
 * Complete periods make the solid line; preliminary ones continue it lighter and dashed, and the
 * last point is hollow when it is preliminary, so a half-reported period never reads as a fact.
 *
 * Drawn as plain SVG (d3-shape's curves) rather than with the chart library: the overview shows one
 * per indicator, and it should not wait for, or spend its first render on, a full chart each.
 * The line stretches with the card (a 0–100 drawing box, strokes kept at their width); the end
 * point is placed in percent beside it, so it stays round at any width.
 */
export function Sparkline({ data, height = 44, color = CHART_COLORS.value }: { data: SparklinePoint[]; height?: number; color?: string }) {
  const last = findLastIndex(data, (d) => d.value !== null);
  if (last < 1) return <div className="sparkline sparkline--empty" style={{ height }} aria-hidden="true" />;
  const lastComplete = findLastIndex(data, (d) => d.value !== null && !preliminary(d));
  const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (i: number) => (data.length === 1 ? SPAN / 2 : (i / (data.length - 1)) * SPAN);
  // Highest value at the top; a flat series runs through the middle.
  const y = (v: number) => (high === low ? SPAN / 2 : ((high - v) / (high - low)) * SPAN);
  const plot = (keep: (d: SparklinePoint, i: number) => boolean): Plotted[] =>
    data.flatMap((d, i) => (d.value !== null && keep(d, i) ? [{ x: x(i), y: y(d.value) }] : []));

  const solid = plot((d) => !preliminary(d));
  // The draft line starts at the last complete point, so the two lines join.
  const draft = plot((d, i) => preliminary(d) || (i === lastComplete && data.slice(i + 1).some(preliminary)));
  const endsPreliminary = preliminary(data[last]);
  const end = { x: x(last), y: y(data[last].value as number) };

  return (
    <div className="sparkline" aria-hidden="true" style={{ height, padding: MARGIN }}>
      <svg className="sparkline__svg" width="100%" height="100%" overflow="visible" focusable="false">
        <svg viewBox={`0 0 ${SPAN} ${SPAN}`} preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
          {solid.length > 1 ? <path d={path(solid, curveMonotoneX)} fill="none" stroke={color} strokeWidth={2.5} vectorEffect="non-scaling-stroke" /> : null}
          {endsPreliminary && draft.length > 1 ? (
            <path
              d={path(draft, curveLinear)}
              fill="none"
              stroke={color}
              strokeOpacity={0.7}
              strokeWidth={2}
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
            />
          ) : null}
        </svg>
        <circle
          className={endsPreliminary ? 'sparkline__end sparkline__end--preliminary' : 'sparkline__end'}
          cx={`${end.x}%`}
          cy={`${end.y}%`}
          r={endsPreliminary ? 3.5 : 4}
          fill={endsPreliminary ? '#fff' : color}
          stroke={color}
          strokeWidth={endsPreliminary ? 2 : 0}
        />
      </svg>
    </div>
  );
}

function path(points: Plotted[], curve: CurveFactory): string {
  return (
    line<Plotted>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curve)(points) ?? ''
  );
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
