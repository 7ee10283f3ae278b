import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesResponse } from '@ci/shared';
import { createFixture, type Fixture } from './helpers.js';
import { addIndicator, addMeasurements, getSeries } from './series-fixtures.js';

describe('GET /initiatives/:initiativeId/indicators/:indicatorId/series', () => {
  let f: Fixture;
  let quarterly: string;
  beforeAll(async () => {
    f = await createFixture('Series routes');
    quarterly = await addIndicator(f, {
      frequency: 'quarter',
      baselinePeriod: '2024-Q4',
      baselineValue: 10,
      targetPeriod: '2025-Q4',
      targetValue: 50,
    });
    await addMeasurements(f, quarterly, [
      { actorId: f.actorIds[0], period: '2024-Q3', value: 1 },
      { actorId: f.actorIds[0], period: '2025-Q1', value: 12 },
      { actorId: f.actorIds[1], period: '2025-Q1', value: 8 },
      { actorId: f.actorIds[0], period: '2025-Q2', value: 25 },
    ]);
  });

  it('answers every member with the series over the default range, baseline to target', async () => {
    for (const role of ['admin', 'backbone', 'steering', 'partner'] as const) {
      const res = await getSeries(f, quarterly, {}, role);
      expect(res.statusCode).toBe(200);
      const body = res.json() as SeriesResponse;
      expect(body).toMatchObject({
        indicatorId: quarterly,
        frequency: 'quarter',
        baseline: { period: '2024-Q4', value: 10 },
        target: { period: '2025-Q4', value: 50 },
        latest: { period: '2025-Q2', value: 25 },
      });
      // The value before the baseline (2024-Q3) is outside the default range.
      expect(body.points.map((p) => [p.period, p.value])).toEqual([
        ['2024-Q4', null],
        ['2025-Q1', 20],
        ['2025-Q2', 25],
        ['2025-Q3', null],
        ['2025-Q4', null],
      ]);
      expect(body.points[1].byActor).toEqual(
        expect.arrayContaining([
          { actorId: f.actorIds[0], value: 12 },
          { actorId: f.actorIds[1], value: 8 },
        ]),
      );
      expect(['on_track', 'at_risk', 'off_track']).toContain(body.status);
      expect(body.trend?.points.at(-1)?.period).toBe('2025-Q4');
    }
  });

  it('accepts from/to of any frequency and a coarser frequency', async () => {
    const res = await getSeries(f, quarterly, { from: '2024-08', to: '2025-05', frequency: 'half_year' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as SeriesResponse;
    expect(body.frequency).toBe('half_year');
    // 2024-H2: the 1 of Q3; 2025-H1: 12 + 8 + 25.
    expect(body.points.map((p) => [p.period, p.value])).toEqual([
      ['2024-H2', 1],
      ['2025-H1', 45],
    ]);
  });

  it('starts at the first data and ends at the last without baseline and target; empty without any data', async () => {
    const plain = await addIndicator(f, { frequency: 'month' });
    await addMeasurements(f, plain, [
      { actorId: f.actorIds[0], period: '2025-02', value: 1 },
      { actorId: f.actorIds[0], period: '2025-04', value: 3 },
    ]);
    const body = (await getSeries(f, plain)).json() as SeriesResponse;
    expect(body.points.map((p) => [p.period, p.value])).toEqual([
      ['2025-02', 1],
      ['2025-03', null],
      ['2025-04', 3],
    ]);
    expect(body.status).toBe('no_data');

    const empty = (await getSeries(f, await addIndicator(f))).json() as SeriesResponse;
    expect(empty).toMatchObject({ points: [], latest: null, trend: null, status: 'no_data', baseline: null, target: null });
  });

  it('keeps the latest 600 periods when a default start lies too far back', async () => {
    const long = await addIndicator(f, { frequency: 'month' });
    await addMeasurements(f, long, [
      { actorId: f.actorIds[0], period: '1950-01', value: 1 },
      { actorId: f.actorIds[0], period: '2025-12', value: 2 },
    ]);
    const body = (await getSeries(f, long, { to: '2025-12' })).json() as SeriesResponse;
    // Fifty years of months: 1976-01 to 2025-12.
    expect(body.points).toHaveLength(600);
    expect(body.points[0]).toMatchObject({ period: '1976-01', value: null });
    expect(body.points[599]).toMatchObject({ period: '2025-12', value: 2 });
  });

  it.each([
    [{ from: '2025-13' }, 'querystring.from'],
    [{ to: '2025-Q5' }, 'querystring.to'],
    [{ from: '25-Q1' }, 'querystring.from'],
    [{ frequency: 'week' }, 'querystring.frequency'],
    [{ frequency: 'month' }, 'querystring.frequency'],
    [{ from: '2025-Q3', to: '2025-Q1' }, 'querystring.to'],
    [{ from: '1950-Q1', to: '2199-Q4' }, 'querystring.from'],
  ])('rejects %j with 400 and the field', async (query, field) => {
    const res = await getSeries(f, quarterly, query as Record<string, string>);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_error');
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 400 for an indicator id that is not a uuid', async () => {
    const res = await getSeries(f, 'not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('params.indicatorId');
  });

  it('answers 404 for an unknown indicator and for one of another initiative', async () => {
    expect((await getSeries(f, randomUUID())).statusCode).toBe(404);
    const other = await createFixture('Other');
    const foreign = await addIndicator(other);
    const res = await getSeries(f, foreign);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toEqual({ code: 'not_found', message: 'Indicator not found' });
  });

  it('hides the initiative from an outsider and requires sign-in', async () => {
    expect((await getSeries(f, quarterly, {}, 'outsider')).statusCode).toBe(404);
    const anonymous = await f.app.inject({ method: 'GET', url: f.url(`/indicators/${quarterly}/series`) });
    expect(anonymous.statusCode).toBe(401);
  });
});
