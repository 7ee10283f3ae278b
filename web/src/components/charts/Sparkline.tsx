import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { CHART_COLORS } from './palette';

export interface SparklinePoint {
  period: string;
  value: number | null;
  /** False while the period's figures are preliminary; the point is drawn hollow, its segment dashed. */
  complete?: boolean;
}

interface Drawn extends SparklinePoint {
  solid: number | null;
  draft: number | null;
}

const preliminary = (d: SparklinePoint | undefined) => d !== undefined && d.value !== null && d.complete === false;

/**
 * A small trend line without axes. Decorative: the card around it states the numbers in words.
 * Complete periods make the solid line; preliminary ones continue it lighter and dashed, and the
 * last point is hollow when it is preliminary, so a half-reported period never reads as a fact.
 */
export function Sparkline({ data, height = 44, color = CHART_COLORS.value }: { data: SparklinePoint[]; height?: number; color?: string }) {
  const last = findLastIndex(data, (d) => d.value !== null);
  if (last < 1) return <div className="sparkline sparkline--empty" style={{ height }} aria-hidden="true" />;
  const lastComplete = findLastIndex(data, (d) => d.value !== null && !preliminary(d));
  const drawn: Drawn[] = data.map((d, i) => ({
    ...d,
    solid: preliminary(d) ? null : d.value,
    // The draft line starts at the last complete point, so the two lines join.
    draft: preliminary(d) || (i === lastComplete && data.slice(i + 1).some(preliminary)) ? d.value : null,
  }));
  const endDot = (hollow: boolean) => (props: { cx?: number; cy?: number; index?: number }) =>
    props.index === last && props.cx !== undefined && props.cy !== undefined ? (
      <circle
        key="last"
        className={hollow ? 'sparkline__end sparkline__end--preliminary' : 'sparkline__end'}
        cx={props.cx}
        cy={props.cy}
        r={hollow ? 3.5 : 4}
        fill={hollow ? '#fff' : color}
        stroke={color}
        strokeWidth={hollow ? 2 : 0}
      />
    ) : (
      <g key={`d${props.index}`} />
    );
  const endsPreliminary = preliminary(data[last]);
  return (
    <div className="sparkline" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 200, height }}>
        <LineChart data={drawn} margin={{ top: 6, right: 6, bottom: 6, left: 6 }} accessibilityLayer={false}>
          <YAxis hide domain={['dataMin', 'dataMax']} />
          <Line
            type="monotone"
            dataKey="solid"
            stroke={color}
            strokeWidth={2.5}
            connectNulls
            isAnimationActive={false}
            dot={endsPreliminary ? false : endDot(false)}
          />
          {endsPreliminary ? (
            <Line
              type="linear"
              dataKey="draft"
              stroke={color}
              strokeOpacity={0.7}
              strokeWidth={2}
              strokeDasharray="3 3"
              connectNulls
              isAnimationActive={false}
              dot={endDot(true)}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
