// Status of an indicator's headline and the trend of a series: pure functions over period keys.
import {
  addPeriods,
  comparePeriods,
  frequencyOf,
  periodDistance,
  type Direction,
  type IndicatorStatus,
  type PeriodValue,
  type SeriesTrend,
} from '@ci/shared';
import { planAt, type PlanIndicator } from './series.plan.js';

/** How many periods with data the trend line is fitted through. */
export const TREND_WINDOW = 8;
/** At risk: behind the trajectory by at most this share of |target − baseline|. */
export const AT_RISK_SHARE = 0.1;
/** `maintain`: on track within this share of the target, at risk within AT_RISK_SHARE. */
export const MAINTAIN_ON_TRACK_SHARE = 0.05;

function tolerance(scale: number): number {
  return 1e-9 * Math.max(1, Math.abs(scale));
}

/**
 * The status of the headline (a period of the indicator's own frequency) against the plan (see
 * DESIGN): increase/decrease compare with the trajectory at that period by period index, held at
 * the baseline before it and at the target after it; maintain compares with the target and needs
 * no baseline.
 */
export function indicatorStatus(direction: Direction, headline: PeriodValue | null, plan: PlanIndicator): IndicatorStatus {
  const { baseline, target } = plan;
  if (!headline || !target) return 'no_data';
  if (direction === 'maintain') {
    const off = Math.abs(headline.value - target.value);
    const eps = tolerance(target.value);
    if (off <= MAINTAIN_ON_TRACK_SHARE * Math.abs(target.value) + eps) return 'on_track';
    if (off <= AT_RISK_SHARE * Math.abs(target.value) + eps) return 'at_risk';
    return 'off_track';
  }
  if (!baseline) return 'no_data';
  const expected = planAt(plan, headline.period)!;
  const behind = direction === 'increase' ? expected - headline.value : headline.value - expected;
  const span = Math.abs(target.value - baseline.value);
  const eps = tolerance(Math.max(span, Math.abs(expected)));
  if (behind <= eps) return 'on_track';
  if (behind <= AT_RISK_SHARE * span + eps) return 'at_risk';
  return 'off_track';
}

/**
 * Least-squares line through the last (up to) TREND_WINDOW complete periods with data (x = position in
 * periods, so gaps count), drawn from the first of them to the later of the last data and the
 * target period. Fewer than two periods with data: no trend.
 */
export function leastSquaresTrend(
  data: readonly PeriodValue[],
  targetPeriod: string | null,
  maxPoints: number,
): SeriesTrend | null {
  const window = data.slice(-TREND_WINDOW);
  if (window.length < 2) return null;
  const origin = window[0].period;
  const xs = window.map((p) => periodDistance(origin, p.period));
  const ys = window.map((p) => p.value);
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - meanX) * (ys[i] - meanY);
    sxx += (xs[i] - meanX) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const lastData = window[window.length - 1].period;
  const sameFrequency = targetPeriod !== null && frequencyOf(targetPeriod) === frequencyOf(origin);
  const end = sameFrequency && comparePeriods(targetPeriod, lastData) > 0 ? targetPeriod : lastData;
  const count = Math.min(periodDistance(origin, end) + 1, maxPoints);
  const points: PeriodValue[] = [];
  for (let x = 0; x < count; x++) points.push({ period: addPeriods(origin, x), value: intercept + slope * x });
  return { slope, points };
}
