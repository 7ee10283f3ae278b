import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { CHART_COLORS } from './palette';

export interface SparklinePoint {
  period: string;
  value: number | null;
}

/** A small trend line without axes. Decorative: the card around it states the numbers in words. */
export function Sparkline({ data, height = 44, color = CHART_COLORS.value }: { data: SparklinePoint[]; height?: number; color?: string }) {
  const last = findLastIndex(data, (d) => d.value !== null);
  if (last < 1) return <div className="sparkline sparkline--empty" style={{ height }} aria-hidden="true" />;
  return (
    <div className="sparkline" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 200, height }}>
        <LineChart data={data} margin={{ top: 6, right: 6, bottom: 6, left: 6 }} accessibilityLayer={false}>
          <YAxis hide domain={['dataMin', 'dataMax']} />
          <Line
            type="monotone"
            dataKey="value"
            stroke={color}
            strokeWidth={2.5}
            connectNulls
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; index?: number }) =>
              props.index === last && props.cx !== undefined && props.cy !== undefined ? (
                <circle key="last" cx={props.cx} cy={props.cy} r={4} fill={color} />
              ) : (
                <g key={`d${props.index}`} />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
