// The slides of a quarterly meeting: a title, one slide per indicator in the order of the common
// agenda, the most supported open ideas (when there are any), and the open action items to close with.
import { INDICATOR_STATUSES, type Frequency, type Idea, type OverviewIndicator, type OverviewResponse, type SeriesResponse } from '@ci/shared';
import type { ProgressDatum } from '../../../components/charts/ProgressChart';
import { drawnValue } from '../../../lib/series-chart';

export type Slide =
  | { kind: 'title'; key: 'title' }
  | { kind: 'indicator'; key: string; indicator: OverviewIndicator; goal: { number: number; title: string } | null }
  | { kind: 'ideas'; key: 'ideas'; ideas: Idea[] }
  | { kind: 'closing'; key: 'closing' };

/** As many ideas as a projector shows legibly. */
export const IDEAS_SHOWN = 5;

/** The open ideas with the most organisations behind them; ties keep the server's order. */
export function topIdeas(openIdeas: readonly Idea[]): Idea[] {
  return [...openIdeas].sort((a, b) => b.supportCount - a.supportCount).slice(0, IDEAS_SHOWN);
}

export function buildSlides(overview: OverviewResponse, openIdeas: readonly Idea[] = []): Slide[] {
  const slides: Slide[] = [{ kind: 'title', key: 'title' }];
  overview.goals.forEach((goal, index) => {
    for (const indicator of goal.indicators) {
      slides.push({ kind: 'indicator', key: indicator.id, indicator, goal: { number: index + 1, title: goal.title } });
    }
  });
  for (const indicator of overview.indicatorsWithoutGoal) slides.push({ kind: 'indicator', key: indicator.id, indicator, goal: null });
  if (openIdeas.length > 0) slides.push({ kind: 'ideas', key: 'ideas', ideas: topIdeas(openIdeas) });
  slides.push({ kind: 'closing', key: 'closing' });
  return slides;
}

/** A quarterly meeting looks at quarters: monthly figures are shown per quarter, coarser ones as they are. */
export function slideFrequency(own: Frequency): Frequency {
  return own === 'month' ? 'quarter' : own;
}

/**
 * The chart of a slide: every period of the series with the plan (trajectory, targets) all the
 * way out. A period that is not complete yet keeps its value, marked preliminary, so the chart
 * draws it apart (hollow, dashed) instead of hiding it or letting it pass for a drop.
 */
export function slideChartData(series: SeriesResponse): ProgressDatum[] {
  return series.points.map((p) => ({
    period: p.period,
    ...drawnValue(p),
    trajectory: p.trajectory ?? null,
    trend: null,
    target: p.target ?? null,
  }));
}

/** Indicators per status, counted from the statuses the slides show: the overview's, one per indicator. */
export function statusCounts(slides: readonly Slide[]): { status: OverviewIndicator['status']; count: number }[] {
  const counts = new Map<OverviewIndicator['status'], number>();
  for (const s of slides) if (s.kind === 'indicator') counts.set(s.indicator.status, (counts.get(s.indicator.status) ?? 0) + 1);
  return INDICATOR_STATUSES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! }));
}

/** The slide number from the address (1-based), kept within the deck. */
export function slideIndexFromParam(param: string | null, count: number): number {
  const n = Number.parseInt(param ?? '', 10);
  if (!Number.isFinite(n) || count === 0) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}
