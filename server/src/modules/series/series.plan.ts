// The plan an indicator's values are compared with: the trajectory from baseline to target by period
// index, and per-period targets, in the indicator's own frequency or converted to a coarser one by
// the indicator's time aggregation, exactly as the values are (a quarter of a monthly flow is
// compared with three months of plan, never with one).
import {
  comparePeriods,
  enumeratePeriods,
  inFrequency,
  isCoarserOrEqual,
  isPeriodKey,
  periodIndexFraction,
  type Frequency,
  type PeriodValue,
  type TimeAggregation,
} from '@ci/shared';

export interface PlanIndicator {
  frequency: Frequency;
  timeAggregation: TimeAggregation;
  baseline: PeriodValue | null;
  target: PeriodValue | null;
}

/** A stored number that a view can use: finite and of a sane size; anything else counts as absent. */
export function usable(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) <= 1e15 ? value : null;
}

/** A baseline or target as a pair, or null when either half is missing, unusable or not a key. */
export function anchorOf(period: string | null, value: number | null): PeriodValue | null {
  const v = usable(value);
  return period !== null && isPeriodKey(period) && v !== null ? { period, value: v } : null;
}

/** The plan of a stored indicator. */
export function planOf(indicator: {
  frequency: string;
  timeAggregation: string;
  baselinePeriod: string | null;
  baselineValue: number | null;
  targetPeriod: string | null;
  targetValue: number | null;
}): PlanIndicator {
  return {
    frequency: indicator.frequency as Frequency,
    timeAggregation: indicator.timeAggregation as TimeAggregation,
    baseline: anchorOf(indicator.baselinePeriod, indicator.baselineValue),
    target: anchorOf(indicator.targetPeriod, indicator.targetValue),
  };
}

/**
 * The plan for one period of the indicator's own frequency: the straight line from baseline to
 * target by period index, held at the baseline before it and at the target after it. Only a
 * target: that level throughout; only a baseline: that level. Neither: undefined.
 */
export function planAt(plan: PlanIndicator, period: string): number | undefined {
  const { baseline, target } = plan;
  if (baseline && target) {
    const fraction = Math.min(1, Math.max(0, periodIndexFraction(baseline.period, target.period, period)));
    return baseline.value + (target.value - baseline.value) * fraction;
  }
  return (target ?? baseline)?.value;
}

/** Whether a period of the indicator's frequency lies on the trajectory (baseline to target inclusive). */
function onTrajectory(plan: PlanIndicator, period: string): boolean {
  const { baseline, target } = plan;
  return !!baseline && !!target && comparePeriods(period, baseline.period) >= 0 && comparePeriods(period, target.period) <= 0;
}

/** Combines sub-period figures over time like the values: sum, mean, or the last one. */
export function combineOverTime(values: readonly number[], timeAggregation: TimeAggregation): number | undefined {
  if (values.length === 0) return undefined;
  if (timeAggregation === 'last') return values[values.length - 1];
  const sum = values.reduce((s, v) => s + v, 0);
  return timeAggregation === 'mean' ? sum / values.length : sum;
}

/** The indicator's own periods that make up a period of the series frequency. */
export function subPeriods(period: string, indicatorFrequency: Frequency): string[] {
  return enumeratePeriods(period, period, indicatorFrequency);
}

/** The plan of a period in the series frequency: the plan of its sub-periods, combined over time. */
export function planOfPeriod(plan: PlanIndicator, period: string): number | undefined {
  const subs = subPeriods(period, plan.frequency);
  const values = subs.map((s) => planAt(plan, s)).filter((v): v is number => v !== undefined);
  return values.length === subs.length ? combineOverTime(values, plan.timeAggregation) : undefined;
}

/**
 * The trajectory at a period of the series frequency: defined where the period holds a sub-period
 * on the way from baseline to target.
 */
export function trajectoryOf(plan: PlanIndicator, period: string): number | undefined {
  if (!plan.baseline || !plan.target) return undefined;
  const subs = subPeriods(period, plan.frequency);
  if (!subs.some((s) => onTrajectory(plan, s))) return undefined;
  return planOfPeriod(plan, period);
}

/**
 * Baseline or target in the series frequency: the period that holds it, with the plan of that
 * period (for the indicator's own frequency, the value itself).
 */
export function convertedAnchor(plan: PlanIndicator, anchor: PeriodValue | null, frequency: Frequency): PeriodValue | null {
  if (!anchor) return null;
  if (frequency === plan.frequency) return anchor;
  const period = inFrequency(anchor.period, frequency, 'last');
  const value = planOfPeriod(plan, period);
  return value === undefined ? null : { period, value };
}

/**
 * Per-period targets in the series frequency. Several targets inside one series period combine by
 * the indicator's rule over time, like the values they are compared with; for `sum` only a complete
 * set of sub-period targets makes a target for the whole period.
 */
export function periodTargets(rows: readonly PeriodValue[], frequency: Frequency, plan: PlanIndicator): Map<string, number> {
  const groups = new Map<string, PeriodValue[]>();
  for (const row of rows) {
    if (!isPeriodKey(row.period) || usable(row.value) === null) continue;
    if (!isCoarserOrEqual(frequency, plan.frequency)) continue;
    const key = inFrequency(row.period, frequency, 'last');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out = new Map<string, number>();
  for (const [key, group] of groups) {
    const values = [...group].sort((a, b) => comparePeriods(a.period, b.period)).map((r) => r.value);
    if (plan.timeAggregation === 'sum' && group.length !== subPeriods(key, plan.frequency).length) continue;
    out.set(key, combineOverTime(values, plan.timeAggregation)!);
  }
  return out;
}
