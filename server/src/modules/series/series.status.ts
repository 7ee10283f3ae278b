// Trajectory, per-period targets, status and trend of a series: pure functions over period keys.
import {
  addPeriods,
  comparePeriods,
  enumeratePeriods,
  frequencyOf,
  inFrequency,
  isPeriodKey,
  periodDistance,
  periodFraction,
  type Direction,
  type Frequency,
  type IndicatorStatus,
  type PeriodValue,
  type SeriesTrend,
  type TimeAggregation,
} from '@ci/shared';

/** How many periods with data the trend line is fitted through. */
export const TREND_WINDOW = 8;
/** At risk: behind the trajectory by at most this share of |target − baseline|. */
export const AT_RISK_SHARE = 0.1;
/** `maintain`: on track within this share of the target, at risk within AT_RISK_SHARE. */
export const MAINTAIN_ON_TRACK_SHARE = 0.05;

/**
 * A key of the indicator (baseline, target, per-period target) in the series frequency. A coarser
 * series takes the containing period; a key coarser than the series stands at its last sub-period.
 */
export function inSeriesFrequency(key: string | null, frequency: Frequency): string | null {
  if (key === null || !isPeriodKey(key)) return null;
  return inFrequency(key, frequency, 'last');
}

/** The straight line from baseline to target at a period between the two (inclusive); else undefined. */
export function trajectoryAt(baseline: PeriodValue, target: PeriodValue, period: string): number | undefined {
  if (comparePeriods(period, baseline.period) < 0 || comparePeriods(period, target.period) > 0) return undefined;
  return baseline.value + (target.value - baseline.value) * periodFraction(baseline.period, target.period, period);
}

/**
 * Per-period targets in the series frequency. Several targets inside one series period combine by
 * the indicator's rule over time, like the values they are compared with; for `sum` only a complete
 * set of sub-period targets makes a target for the whole period.
 */
export function periodTargets(
  rows: readonly PeriodValue[],
  frequency: Frequency,
  indicatorFrequency: Frequency,
  timeAggregation: TimeAggregation,
): Map<string, number> {
  const groups = new Map<string, PeriodValue[]>();
  for (const row of rows) {
    const key = inSeriesFrequency(row.period, frequency);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out = new Map<string, number>();
  for (const [key, group] of groups) {
    const sorted = [...group].sort((a, b) => comparePeriods(a.period, b.period));
    const values = sorted.map((r) => r.value);
    if (timeAggregation === 'last') {
      out.set(key, values[values.length - 1]);
    } else if (timeAggregation === 'mean') {
      out.set(key, values.reduce((s, v) => s + v, 0) / values.length);
    } else {
      const expected = frequency === indicatorFrequency ? 1 : enumeratePeriods(key, key, indicatorFrequency).length;
      if (group.length === expected) out.set(key, values.reduce((s, v) => s + v, 0));
    }
  }
  return out;
}

function tolerance(scale: number): number {
  return 1e-9 * Math.max(1, Math.abs(scale));
}

/**
 * The status of the latest period with data against the trajectory (see DESIGN: increase/decrease
 * compare with the trajectory at that period, clamped to the baseline before it and to the target
 * after it; maintain compares with the target and needs no baseline).
 */
export function indicatorStatus(
  direction: Direction,
  latest: PeriodValue | null,
  baseline: PeriodValue | null,
  target: PeriodValue | null,
): IndicatorStatus {
  if (!latest || !target) return 'no_data';
  if (direction === 'maintain') {
    const off = Math.abs(latest.value - target.value);
    const eps = tolerance(target.value);
    if (off <= MAINTAIN_ON_TRACK_SHARE * Math.abs(target.value) + eps) return 'on_track';
    if (off <= AT_RISK_SHARE * Math.abs(target.value) + eps) return 'at_risk';
    return 'off_track';
  }
  if (!baseline) return 'no_data';
  const fraction = Math.min(1, Math.max(0, periodFraction(baseline.period, target.period, latest.period)));
  const expected = baseline.value + (target.value - baseline.value) * fraction;
  const behind = direction === 'increase' ? expected - latest.value : latest.value - expected;
  const span = Math.abs(target.value - baseline.value);
  const eps = tolerance(Math.max(span, Math.abs(expected)));
  if (behind <= eps) return 'on_track';
  if (behind <= AT_RISK_SHARE * span + eps) return 'at_risk';
  return 'off_track';
}

/**
 * Least-squares line through the last (up to) TREND_WINDOW periods with data (x = position in
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
