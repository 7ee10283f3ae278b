// An indicator over time: the measured value, the straight trajectory from baseline to target,
// the trend forecast, targets, and activities and meetings marked on the time axis.
import { lazy, Suspense, type ReactNode } from 'react';
import { Deferred } from '../ui/Deferred';
import { ChartFrame, ChartLegend } from './ChartFrame';
import { progressLegend, progressTable, shownMarkers, type ChartMarker, type ProgressChartLabels, type ProgressDatum } from './progress-parts';

const ProgressDrawing = lazy(() => import('./ProgressDrawing'));

export type { ChartMarker, ProgressChartLabels, ProgressDatum } from './progress-parts';

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
  /** Pixels, or `fill`: the drawing takes the height of the chart's box that the legend leaves. */
  height?: number | 'fill';
  /** `large` is for a projector: big type, thick lines, readable from the back of a room. */
  size?: ProgressChartSize;
  /** Words for a period without a value, e.g. a figure withheld in a public view ("fewer than 5"). */
  describeMissing?: (period: string) => string | null;
  /** Words for a preliminary period in the tooltip and the table, e.g. "preliminary: 3 of 5 reported". */
  describePreliminary: (preliminary: NonNullable<ProgressDatum['preliminary']>) => string;
}

export type ProgressChartSize = 'normal' | 'large';

export function ProgressChart(props: ProgressChartProps) {
  const { data, baseline, target, markers = [], labels, periodLabel, formatValue, title, summary, height = 360, size = 'normal', describeMissing, describePreliminary } = props;
  const words = { labels, formatValue, periodLabel, describePreliminary, describeMissing };
  const legend = progressLegend({
    data,
    labels,
    hasTarget: target !== null,
    hasBaseline: baseline !== null && data.some((d) => d.period === baseline.period),
    markerKinds: new Set(shownMarkers(data, markers).map((m) => m.kind)),
  });
  const { columns, rows } = progressTable(data, words);
  const placeholder = <div className="chart__placeholder" style={{ height: height === 'fill' ? '100%' : height }} />;

  return (
    <ChartFrame
      className={[size === 'large' ? 'chart--large' : null, height === 'fill' ? 'chart--fill' : null].filter(Boolean).join(' ') || undefined}
      title={title}
      summary={summary}
      legend={<ChartLegend items={legend} />}
      table={{ columns, rows, caption: title }}
    >
      {/* The summary, legend and table are drawn at once; the drawing right after, in slices, with
          its place kept: the chart library is loaded then, and is the heaviest thing on the page. */}
      <Deferred placeholder={placeholder}>
        <Suspense fallback={placeholder}>
          <ProgressDrawing {...props} />
        </Suspense>
      </Deferred>
    </ChartFrame>
  );
}
