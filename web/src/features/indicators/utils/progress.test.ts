import { describe, expect, it } from 'vitest';
import { seriesResponse, type SeriesResponse } from '@ci/shared';
import { firstWithData, newestPreliminary, progressData, rangeFrom, viewFrequencies } from './progress';

const INDICATOR = 'a1a1a1a1-a1a1-4a1a-8a1a-a1a1a1a1a1a1';

function series(overrides: Partial<SeriesResponse> = {}): SeriesResponse {
  return seriesResponse.parse({
    indicatorId: INDICATOR,
    frequency: 'quarter',
    baseline: { period: '2024-Q1', value: 100 },
    target: { period: '2024-Q4', value: 160 },
    status: 'at_risk',
    latest: { period: '2024-Q2', value: 115 },
    previous: { period: '2024-Q1', value: 100 },
    trend: { slope: 15, points: [{ period: '2024-Q1', value: 100 }, { period: '2024-Q2', value: 115 }, { period: '2024-Q3', value: 130 }, { period: '2024-Q4', value: 145 }] },
    points: [
      { period: '2024-Q1', value: 100, trajectory: 100, byActor: [], state: 'closed', complete: true },
      { period: '2024-Q2', value: 115, trajectory: 120, byActor: [], state: 'closed', complete: true },
      { period: '2024-Q3', value: null, trajectory: 140, byActor: [], state: 'closed', complete: true },
      { period: '2024-Q4', value: null, trajectory: 160, target: 160, byActor: [], state: 'closed', complete: true },
    ],
    ...overrides,
  });
}

describe('progressData', () => {
  it('lines up value, trajectory, trend and target per period', () => {
    expect(progressData(series())).toEqual([
      { period: '2024-Q1', value: 100, trajectory: 100, trend: 100, target: null, preliminary: null },
      { period: '2024-Q2', value: 115, trajectory: 120, trend: 115, target: null, preliminary: null },
      { period: '2024-Q3', value: null, trajectory: 140, trend: 130, target: null, preliminary: null },
      { period: '2024-Q4', value: null, trajectory: 160, trend: 145, target: 160, preliminary: null },
    ]);
  });

  it('keeps periods without data as gaps (null), never as zero', () => {
    const rows = progressData(series({ trend: null }));
    expect(rows.map((r) => r.value)).toEqual([100, 115, null, null]);
    expect(rows.every((r) => r.trend === null)).toBe(true);
  });

  it('adds forecast periods that lie beyond the points, in time order', () => {
    const s = series();
    s.trend!.points.push({ period: '2025-Q1', value: 160 });
    const rows = progressData(s);
    expect(rows.at(-1)).toEqual({ period: '2025-Q1', value: null, trajectory: null, trend: 160, target: null, preliminary: null });
    expect(rows.map((r) => r.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
  });
});

describe('preliminary periods', () => {
  // 2024-Q2 is reported by 3 of 5 expected partners; 2024-Q3 is still open and empty.
  const incomplete = () =>
    series({
      points: [
        { period: '2024-Q1', value: 100, trajectory: 100, byActor: [], state: 'closed', complete: true },
        { period: '2024-Q2', value: 61, trajectory: 120, byActor: [], state: 'reporting', complete: false, reported: 3, expected: 5 },
        { period: '2024-Q3', value: null, trajectory: 140, byActor: [], state: 'open', complete: false, reported: 0, expected: 5 },
      ],
      trend: null,
    });

  it('marks a value of an incomplete period as preliminary, with how far reporting has come', () => {
    expect(progressData(incomplete()).map((r) => [r.period, r.value, r.preliminary])).toEqual([
      ['2024-Q1', 100, null],
      ['2024-Q2', 61, { reported: 3, expected: 5 }],
      // An open period without data has nothing preliminary to show.
      ['2024-Q3', null, null],
    ]);
  });

  it('names the newest period with data when it is incomplete, and nothing when it is complete', () => {
    expect(newestPreliminary(incomplete().points)).toEqual({ period: '2024-Q2', value: 61, reported: 3, expected: 5 });
    expect(newestPreliminary(series().points)).toBeNull();
  });

  it('starts the summary at the first period with data', () => {
    expect(firstWithData(series().points)).toEqual({ period: '2024-Q1', value: 100 });
    expect(firstWithData([])).toBeNull();
  });
});

describe('viewFrequencies', () => {
  it('offers the indicator’s own frequency and every coarser one', () => {
    expect(viewFrequencies('month')).toEqual(['month', 'quarter', 'half_year', 'year']);
    expect(viewFrequencies('quarter')).toEqual(['quarter', 'half_year', 'year']);
    expect(viewFrequencies('year')).toEqual(['year']);
  });
});

describe('rangeFrom', () => {
  it('starts the presets at the beginning of a year', () => {
    const today = new Date(2025, 5, 15);
    expect(rangeFrom('all', today)).toBeUndefined();
    expect(rangeFrom('thisYear', today)).toBe('2025');
    expect(rangeFrom('last2', today)).toBe('2024');
    expect(rangeFrom('last3', today)).toBe('2023');
  });
});
