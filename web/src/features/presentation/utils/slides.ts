// The slides of a quarterly meeting: a title, one slide per indicator in the order of the common
// agenda, and the open action items to close with.
import type { Frequency, OverviewIndicator, OverviewResponse, SeriesResponse } from '@ci/shared';
import { periodEnd, periodStart } from '@ci/shared';
import type { ProgressDatum } from '../../../components/charts/ProgressChart';

export type Slide =
  | { kind: 'title'; key: 'title' }
  | { kind: 'indicator'; key: string; indicator: OverviewIndicator; goal: { number: number; title: string } | null }
  | { kind: 'closing'; key: 'closing' };

export function buildSlides(overview: OverviewResponse): Slide[] {
  const slides: Slide[] = [{ kind: 'title', key: 'title' }];
  overview.goals.forEach((goal, index) => {
    for (const indicator of goal.indicators) {
      slides.push({ kind: 'indicator', key: indicator.id, indicator, goal: { number: index + 1, title: goal.title } });
    }
  });
  for (const indicator of overview.indicatorsWithoutGoal) slides.push({ kind: 'indicator', key: indicator.id, indicator, goal: null });
  slides.push({ kind: 'closing', key: 'closing' });
  return slides;
}

/** A quarterly meeting looks at quarters: monthly figures are shown per quarter, coarser ones as they are. */
export function slideFrequency(own: Frequency): Frequency {
  return own === 'month' ? 'quarter' : own;
}

/**
 * The chart of a slide: the measured values of the periods begun by the end of the quarter being
 * presented (a half-reported later quarter would look like a drop), and the plan (trajectory,
 * targets) all the way out. The same cut as the headline figure (changeSincePrevious).
 */
export function slideChartData(series: SeriesResponse, through: string): ProgressDatum[] {
  const limit = periodEnd(through);
  return series.points.map((p) => ({
    period: p.period,
    value: periodStart(p.period) <= limit ? p.value : null,
    trajectory: p.trajectory ?? null,
    trend: null,
    target: p.target ?? null,
  }));
}

/** The slide number from the address (1-based), kept within the deck. */
export function slideIndexFromParam(param: string | null, count: number): number {
  const n = Number.parseInt(param ?? '', 10);
  if (!Number.isFinite(n) || count === 0) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}
