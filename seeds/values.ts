// Invented but plausible shared-measurement values for one demo indicator.
// The aggregate follows the straight line from baseline to target, bent by the indicator's
// trend so that its status in the latest period is the one the demo wants to show; each
// reporter gets a share of the aggregate, and the shares are rounded so that the aggregate of the
// rounded values is still the intended one.
import { enumeratePeriods, lastSubPeriod, periodEnd, periodIndexFraction, periodOfDate, periodStart, periodStateOn, type PeriodState } from '@ci/shared';
import { currentPeriod, todayIso, yearFromToday } from './calendar.js';
import type { DemoActor, DemoIndicator, DemoTrend } from './types.js';
import type { Random } from './random.js';

export interface GeneratedValue {
  /** Null for a population-level value. */
  actorKey: string | null;
  period: string;
  /** Index into the indicator's disaggregation categories; null for the total. */
  category: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Shortfall behind the trajectory in the latest period, as a share of |target − baseline|. */
const GAP: Record<DemoTrend, number> = { on_track: -0.06, at_risk: 0.05, off_track: 0.3 };
/** Distance from the target of a `maintain` indicator, as a share of the target. */
const MAINTAIN_GAP: Record<DemoTrend, number> = { on_track: 0.015, at_risk: 0.075, off_track: 0.16 };

export function indicatorPeriods(ind: DemoIndicator, dataFrom: string) {
  const periods = enumeratePeriods(periodOfDate(dataFrom, ind.frequency), currentPeriod(ind.frequency));
  const targetPeriod = lastSubPeriod(String(yearFromToday(ind.targetYearOffset)), ind.frequency);
  return { periods, baselinePeriod: periods[0], targetPeriod };
}

/** Rounds to `decimals` so that the rounded values add up to the rounded sum (largest remainder). */
export function roundKeepingSum(values: number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const scaled = values.map((v) => v * scale);
  const floors = scaled.map(Math.floor);
  let missing = Math.round(scaled.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors.map((v) => v / scale);
}

function isMember(actor: DemoActor, period: string): boolean {
  return actor.joinedOn <= periodEnd(period) && (!actor.leftOn || actor.leftOn >= periodStart(period));
}

/** The latest period that has ended: the demo's headline is there or just before it. */
function lastEndedIndex(periods: string[]): number {
  const today = todayIso();
  for (let i = periods.length - 1; i >= 0; i--) if (periodEnd(periods[i]) < today) return i;
  return periods.length - 1;
}

/** The aggregate value the demo wants in each period. */
function aggregatePath(ind: DemoIndicator, periods: string[], baselinePeriod: string, targetPeriod: string, random: Random) {
  const last = lastEndedIndex(periods);
  const phase = random.between(0, Math.PI * 2);
  if (ind.direction === 'maintain') {
    return periods.map((_, t) => {
      const drift = MAINTAIN_GAP[ind.trend] * (last === 0 ? 1 : t / last);
      const wobble = t === last ? 0 : random.between(-0.01, 0.01);
      return ind.target * (1 - drift + wobble);
    });
  }
  const span = ind.target - ind.baseline;
  const fractionNow = Math.max(periodIndexFraction(baselinePeriod, targetPeriod, periods[last]), 0.05);
  const factor = 1 - GAP[ind.trend] / fractionNow;
  return periods.map((period, t) => {
    const progress = factor * periodIndexFraction(baselinePeriod, targetPeriod, period);
    if (ind.cumulative) return ind.baseline + span * Math.max(0, progress + 0.015 * Math.sin(t * 0.8 + phase) * (t / Math.max(last, 1)));
    // No noise at the start and where the headline falls, so that the demo shows the status it means to.
    const quiet = t === 0 || t >= last - 1;
    const noise = quiet ? 0 : (random.between(-0.025, 0.025) + 0.015 * Math.sin(t * 0.9 + phase)) * Math.abs(span);
    const value = ind.baseline + span * progress + noise;
    return ind.measureType === 'percentage' ? Math.min(99, Math.max(1, value)) : Math.max(0, value);
  });
}

/**
 * Whether a reporter's value for a period is left out, as in real reporting: nothing yet for a
 * period that has not ended, about half while its values are being collected, and a few that
 * never came (late) in closed periods, a few more in the most recently closed one where many
 * organisations report (a backbone chases the few reporters of a small indicator until all are in).
 */
function isMissing(ind: DemoIndicator, state: PeriodState, latestClosed: boolean, random: Random): boolean {
  if (state === 'open') return true;
  if (state === 'reporting') return random.chance(0.5);
  if (ind.cumulative) return false;
  if (latestClosed) return ind.reporters.length >= 4 && random.chance(0.06);
  return random.chance(0.02);
}

export function generateValues(
  ind: DemoIndicator,
  actors: Map<string, DemoActor>,
  dataFrom: string,
  random: Random,
  reportingDays = 30,
): GeneratedValue[] {
  const { periods, baselinePeriod, targetPeriod } = indicatorPeriods(ind, dataFrom);
  const today = todayIso();
  const states = periods.map((p) => periodStateOn(p, today, reportingDays));
  const latestClosed = states.lastIndexOf('closed');
  const path = aggregatePath(ind, periods, baselinePeriod, targetPeriod, random);
  const out: GeneratedValue[] = [];

  if (ind.actorAggregation === 'none') {
    // The backbone enters the district's figure once the statistics are out: for every period that has ended.
    periods.forEach((period, t) => {
      if (states[t] !== 'open') out.push(populationValue(ind, period, path[t], t));
    });
    return out;
  }

  const reporters = ind.reporters.map((key) => {
    const actor = actors.get(key);
    if (!actor) throw new Error(`Indicator ${ind.code}: unknown reporter ${key}`);
    return { actor, weight: random.between(0.5, 1.5) };
  });
  const totalWeight = reporters.reduce((a, r) => a + r.weight, 0);

  periods.forEach((period, t) => {
    // Every member's share of the whole is worked out; those who have not reported are then left
    // out, so a half-reported period adds up to part of the whole, as it does in real reporting.
    const present = reporters.filter((r) => isMember(r.actor, period));
    const reported = present.map(() => !isMissing(ind, states[t], t === latestClosed, random));
    if (!reported.includes(true)) return;
    const shares = present.map((r) => r.weight * (ind.cumulative ? 1 : random.between(0.92, 1.08)));
    const shareSum = shares.reduce((a, b) => a + b, 0);

    if (ind.measureType === 'percentage') {
      const denominators = present.map((r) => Math.max(5, Math.round((ind.denominator ?? 100) * r.weight * random.between(0.95, 1.05))));
      const p = path[t] / 100;
      const rates = present.map(() => Math.min(0.99, Math.max(0.01, p * (1 + random.between(-0.08, 0.08)))));
      const raw = denominators.map((d, i) => d * rates[i]);
      const wanted = p * denominators.reduce((a, b) => a + b, 0);
      const scale = wanted / raw.reduce((a, b) => a + b, 0);
      const numerators = roundKeepingSum(raw.map((x) => x * scale), 0);
      present.forEach((r, i) => {
        if (!reported[i]) return;
        out.push({
          actorKey: r.actor.key,
          period,
          category: null,
          value: null,
          numerator: Math.min(numerators[i], denominators[i]),
          denominator: denominators[i],
        });
      });
      return;
    }

    let values: number[];
    if (ind.cumulative) {
      // Fixed shares of the whole keep every reporter's running total from ever falling.
      values = present.map((r) => Math.round(path[t] * (r.weight / totalWeight) * 10 ** ind.decimals) / 10 ** ind.decimals);
    } else if (ind.actorAggregation === 'sum') {
      values = roundKeepingSum(shares.map((s) => (path[t] * s) / shareSum), ind.decimals);
    } else {
      const mean = shareSum / shares.length;
      values = roundKeepingSum(shares.map((s) => path[t] * (1 + 0.12 * (s / mean - 1))), ind.decimals);
    }
    present.forEach((r, i) => {
      if (!reported[i]) return;
      out.push({ actorKey: r.actor.key, period, category: null, value: values[i], numerator: null, denominator: null });
      if (ind.disaggregation) out.push(...categoryValues(ind, r.actor.key, period, values[i], random));
    });
  });
  return out;
}

function populationValue(ind: DemoIndicator, period: string, value: number, t: number): GeneratedValue {
  if (ind.measureType === 'percentage') {
    // The population grows a little every period.
    const denominator = Math.round((ind.denominator ?? 1000) * (1 + 0.004 * t));
    return { actorKey: null, period, category: null, value: null, numerator: Math.round((value / 100) * denominator), denominator };
  }
  const rounded = roundKeepingSum([value], ind.decimals)[0];
  return { actorKey: null, period, category: null, value: rounded, numerator: null, denominator: null };
}

/** Splits one reporter's total over the categories; the parts add up to the total. */
function categoryValues(ind: DemoIndicator, actorKey: string, period: string, total: number, random: Random): GeneratedValue[] {
  const categories = ind.disaggregation?.categories ?? [];
  const raw = categories.map((c) => c.share * random.between(0.85, 1.15));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const parts = roundKeepingSum(
    raw.map((r) => (total * r) / rawSum),
    ind.decimals,
  );
  return parts.map((value, category) => ({ actorKey, period, category, value, numerator: null, denominator: null }));
}
