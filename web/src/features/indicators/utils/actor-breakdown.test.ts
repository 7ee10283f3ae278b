import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@ci/shared';
import { OTHERS_COLOR, SERIES_COLORS } from '../../../components/charts/palette';
import { OTHERS_KEY, isAdditive, periodBreakdown, periodsWithActors, stackedActorSeries, topActorIds } from './actor-breakdown';

const actorId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const name = (id: string) => `Actor ${Number(id.slice(-12))}`;

/** 40 actors; actor n reports n × 10 in every period (actor 40 is the largest). */
function manyActors(periods: string[]): SeriesPoint[] {
  return periods.map((period) => {
    const byActor = Array.from({ length: 40 }, (_, i) => ({ actorId: actorId(i + 1), value: (i + 1) * 10 }));
    return { period, value: byActor.reduce((s, a) => s + a.value, 0), byActor, state: 'closed', complete: true };
  });
}

describe('stackedActorSeries', () => {
  it('keeps forty actors readable: the top six by name and one "others" part', () => {
    const { series, rows } = stackedActorSeries(manyActors(['2025-Q1', '2025-Q2']), name, 6, 'All others');
    expect(series.map((s) => s.label)).toEqual(['Actor 40', 'Actor 39', 'Actor 38', 'Actor 37', 'Actor 36', 'Actor 35', 'All others']);
    expect(series.slice(0, 6).map((s) => s.color)).toEqual(SERIES_COLORS.slice(0, 6));
    expect(series[6]).toMatchObject({ key: OTHERS_KEY, color: OTHERS_COLOR });
    expect(rows).toHaveLength(2);
    // Others: actors 1..34 → 10 × (1 + … + 34) = 5950; the stack still adds up to the total.
    expect(rows[0].values[OTHERS_KEY]).toBe(5950);
    const stackTotal = Object.values(rows[0].values).reduce((a, b) => a + b, 0);
    expect(stackTotal).toBe(8200);
  });

  it('has no "others" part when every actor is named', () => {
    const points: SeriesPoint[] = [{ state: 'closed', complete: true, period: '2025-Q1', value: 30, byActor: [{ actorId: actorId(1), value: 10 }, { actorId: actorId(2), value: 20 }] }];
    const { series } = stackedActorSeries(points, name, 6, 'All others');
    expect(series.map((s) => s.key)).toEqual([actorId(2), actorId(1)]);
  });

  it('leaves out periods without any actor values and a missing actor stays missing, not zero', () => {
    const points: SeriesPoint[] = [
      { state: 'closed', complete: true, period: '2025-Q1', value: 10, byActor: [{ actorId: actorId(1), value: 10 }] },
      { state: 'closed', complete: true, period: '2025-Q2', value: null, byActor: [] },
      { state: 'closed', complete: true, period: '2025-Q3', value: 20, byActor: [{ actorId: actorId(2), value: 20 }] },
    ];
    const { rows } = stackedActorSeries(points, name, 6, 'All others');
    expect(rows.map((r) => r.period)).toEqual(['2025-Q1', '2025-Q3']);
    expect(rows[0].values).toEqual({ [actorId(1)]: 10 });
  });

  it('ranks by the size of contributions over all periods', () => {
    const points: SeriesPoint[] = [
      { state: 'closed', complete: true, period: '2025-Q1', value: 0, byActor: [{ actorId: actorId(1), value: 50 }, { actorId: actorId(2), value: 10 }] },
      { state: 'closed', complete: true, period: '2025-Q2', value: 0, byActor: [{ actorId: actorId(2), value: 60 }] },
    ];
    expect(topActorIds(points, 1)).toEqual([actorId(2)]);
  });
});

describe('periodBreakdown', () => {
  const point: SeriesPoint = {
    state: 'closed',
    complete: true,
    period: '2025-Q1',
    value: 100,
    byActor: [
      { actorId: actorId(1), value: 25 },
      { actorId: actorId(2), value: 75 },
    ],
  };

  it('gives each actor its share of the total for indicators that add up, largest first', () => {
    const rows = periodBreakdown(point, name, { actorAggregation: 'sum', measureType: 'number' });
    expect(rows.map((r) => [r.name, r.value, r.share])).toEqual([
      ['Actor 2', 75, 0.75],
      ['Actor 1', 25, 0.25],
    ]);
  });

  it('gives no shares where the actors’ values do not add up to the total', () => {
    expect(periodBreakdown(point, name, { actorAggregation: 'mean', measureType: 'number' }).every((r) => r.share === null)).toBe(true);
    expect(periodBreakdown(point, name, { actorAggregation: 'sum', measureType: 'percentage' }).every((r) => r.share === null)).toBe(true);
  });

  it('carries numerator and denominator for percentages', () => {
    const pct: SeriesPoint = { state: 'closed', complete: true, period: '2025-Q1', value: 40, byActor: [{ actorId: actorId(1), value: 40, numerator: 4, denominator: 10 }] };
    expect(periodBreakdown(pct, name, { actorAggregation: 'sum', measureType: 'percentage' })[0]).toMatchObject({ numerator: 4, denominator: 10 });
  });
});

describe('what adds up, and which periods have actors', () => {
  it('isAdditive only for sums of numbers', () => {
    expect(isAdditive({ actorAggregation: 'sum', measureType: 'number' })).toBe(true);
    expect(isAdditive({ actorAggregation: 'max', measureType: 'number' })).toBe(false);
    expect(isAdditive({ actorAggregation: 'sum', measureType: 'percentage' })).toBe(false);
  });

  it('lists the periods with actor values, latest first', () => {
    expect(periodsWithActors(manyActors(['2025-Q1', '2025-Q2']))).toEqual(['2025-Q2', '2025-Q1']);
  });
});
