// No stored value can make a view or an export fail: the most extreme values the API accepts, and
// values stored before the limits existed, leave every read route answering 2xx with finite numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { indicators, measurements } from '../src/db/schema/index.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';
import { addIndicator } from './series-fixtures.js';

let f: ReportFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
  f = await createReportFixture({ publicView: true });
  const [a, b] = f.actorIds;
  const since = { reportingFrom: '2024-01-01' };
  ids.flow = await addIndicator(f, { code: 'W1', frequency: 'month', timeAggregation: 'sum', decimals: 0, baselineValue: -1e12, baselinePeriod: '2024-01', targetValue: 1e12, targetPeriod: '2025-12', ...since });
  ids.level = await addIndicator(f, { code: 'W2', frequency: 'quarter', actorAggregation: 'mean', timeAggregation: 'mean', decimals: 6, direction: 'maintain', targetValue: 0.000001, targetPeriod: '2025-Q4', ...since });
  ids.share = await addIndicator(f, { code: 'W3', frequency: 'quarter', measureType: 'percentage', numeratorCanExceedDenominator: true, decimals: 6, baselineValue: 0, baselinePeriod: '2024-Q1', targetValue: 1e12, targetPeriod: '2025-Q4', ...since });
  ids.population = await addIndicator(f, { code: 'W4', frequency: 'year', actorAggregation: 'none', timeAggregation: 'last', decimals: 6, ...since });
  ids.legacy = await addIndicator(f, { code: 'W5', frequency: 'quarter', baselineValue: 1, baselinePeriod: '2024-Q1', targetValue: 2, targetPeriod: '2025-Q4', ...since });

  const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
  const items = [
    ...months.flatMap((period) => [a, b].map((actorId) => ({ indicatorId: ids.flow, actorId, period, value: 1e12 }))),
    { indicatorId: ids.level, actorId: a, period: '2024-Q1', value: -1e12 },
    { indicatorId: ids.level, actorId: b, period: '2024-Q1', value: 0.000001 },
    { indicatorId: ids.share, actorId: a, period: '2024-Q1', numerator: 1e12, denominator: 0.000001 },
    { indicatorId: ids.share, actorId: b, period: '2024-Q1', numerator: 0, denominator: 1e12 },
    { indicatorId: ids.population, actorId: null, period: '2024', value: -1e12 },
  ];
  const put = await f.app.inject({ method: 'PUT', url: f.url('/measurements'), headers: f.auth('backbone'), payload: { items } });
  expect(put.statusCode).toBe(200);

  // Stored before the limits existed, straight into the database.
  await f.db.insert(measurements).values([
    { initiativeId: f.initiativeId, indicatorId: ids.legacy, actorId: a, period: '2024-Q1', periodStart: '2024-01-01', value: 1e308 },
    { initiativeId: f.initiativeId, indicatorId: ids.legacy, actorId: b, period: '2024-Q1', periodStart: '2024-01-01', value: 1e308 },
    { initiativeId: f.initiativeId, indicatorId: ids.share, actorId: a, period: '2024-Q2', periodStart: '2024-04-01', numerator: 1e308, denominator: 1e-308 },
  ]);
  await f.db.update(indicators).set({ baselineValue: -1.7e308, targetValue: 1.7e308 }).where(eq(indicators.id, ids.legacy));
});

/** Every number in a JSON answer is finite. */
function finiteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteNumbers);
  if (value && typeof value === 'object') return Object.values(value).every(finiteNumbers);
  return true;
}

describe('the worst values leave every view and export working', () => {
  it('answers every read route with 2xx', async () => {
    const urls = [
      f.url('/overview'),
      f.url('/completeness?period=2024-Q1'),
      f.url('/completeness?period=2024'),
      f.url('/indicators'),
      f.url('/measurements?limit=1000'),
      f.url('/measurements/review'),
      f.url('/todo'),
      f.url('/reports/export.xlsx'),
      f.url('/reports/measurements.csv'),
      f.url('/reports/report.pdf'),
      f.url('/reports/report.pdf?from=2024-Q1&to=2024-Q4'),
      f.url(`/actors/${f.actorIds[0]}`),
      `/api/v1/public/initiatives/${f.initiativeId}`,
      `/api/v1/public/initiatives/${f.initiativeId}/measurements.csv`,
      ...Object.values(ids).flatMap((id) => [
        f.url(`/indicators/${id}/series`),
        f.url(`/indicators/${id}/series?frequency=year`),
        f.url(`/indicators/${id}/series?from=2024-Q1&to=2026-Q4`),
      ]),
    ];
    for (const url of urls) {
      const res = await f.app.inject({ method: 'GET', url, headers: f.auth('steering') });
      expect(`${url}: ${res.statusCode}`).toBe(`${url}: 200`);
      if (res.headers['content-type']?.toString().startsWith('application/json')) expect(finiteNumbers(res.json())).toBe(true);
    }
    const pack = await f.app.inject({ method: 'POST', url: f.url(`/meetings/${f.heldMeetingId}/packs`), headers: f.auth('backbone'), payload: {} });
    expect(pack.statusCode).toBe(201);
  });

  it('adds the largest accepted values without overflow, and leaves out what no view can show', async () => {
    const flow = (await f.app.inject({ method: 'GET', url: f.url(`/indicators/${ids.flow}/series?from=2024-Q1&to=2024-Q2&frequency=quarter`), headers: f.auth('steering') })).json();
    // Two actors × three months × 1e12 per quarter.
    expect(flow.points.map((p: { value: number }) => p.value)).toEqual([6e12, 6e12]);
    const share = (await f.app.inject({ method: 'GET', url: f.url(`/indicators/${ids.share}/series?from=2024-Q1&to=2024-Q2`), headers: f.auth('steering') })).json();
    // (1e12 + 0) / (0.000001 + 1e12) × 100 ≈ 100; the legacy 1e308 / 1e-308 in Q2 is left out.
    expect(share.points[0].value).toBeCloseTo(100, 6);
    expect(share.points[1].value).toBeNull();
    const legacy = (await f.app.inject({ method: 'GET', url: f.url(`/indicators/${ids.legacy}/series`), headers: f.auth('steering') })).json();
    // The legacy values and the unusable baseline and target are left out, not shown as infinity.
    expect(legacy.baseline).toBeNull();
    expect(legacy.target).toBeNull();
    expect(legacy.status).toBe('no_data');
    expect(legacy.points.every((p: { value: number | null }) => p.value === null)).toBe(true);
  });
});
