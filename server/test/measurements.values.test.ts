// Values valid at the door: what is stored is exactly what every view and export shows.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { indicators } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements } from './measurement-fixtures.js';
import { addActor } from './series-fixtures.js';

type Detail = { field: string; message: string };
const details = (res: { json(): { error: { details: Detail[] } } }) => res.json().error.details;

describe('PUT /measurements: numbers the views can show', () => {
  it('refuses more decimals than the indicator has, at the field, and writes nothing of the batch', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    // C1 counts young people with 0 decimals: "13,5" is refused, never rounded to 14.
    const res = await putBatch(f, 'partner', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 12 },
      { indicatorId: f.count, actorId: a, period: '2025-Q2', value: 13.5 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_error');
    expect(details(res)).toEqual([{ field: 'body.items.1.value', message: 'This indicator counts whole numbers: no decimals' }]);
    expect(await storedMeasurements(f)).toEqual([]);

    // Y1 has 2 decimals: 7.25 is fine, 7.255 is not.
    const ok = await putBatch(f, 'backbone', [{ indicatorId: f.population, actorId: null, period: '2024', value: 7.25 }]);
    expect(ok.statusCode).toBe(200);
    const tooFine = await putBatch(f, 'backbone', [{ indicatorId: f.population, actorId: null, period: '2025', value: 7.255 }]);
    expect(tooFine.statusCode).toBe(400);
    expect(details(tooFine)[0]).toMatchObject({ field: 'body.items.0.value', message: expect.stringContaining('at most 2') });
  });

  it('refuses numbers beyond ±1e12, and non-positive denominators', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1e308 },
      { indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 1e308, denominator: 1e-308 },
      { indicatorId: f.share, actorId: a, period: '2025-Q2', numerator: 1, denominator: 0 },
      { indicatorId: f.share, actorId: a, period: '2025-Q3', numerator: -1, denominator: 5 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(details(res).map((d) => d.field).sort()).toEqual([
      'body.items.0.value',
      'body.items.1.numerator',
      'body.items.2.denominator',
      'body.items.3.numerator',
    ]);
    // 1e-308 is within the size limit, but has more than six decimals.
    const tiny = await putBatch(f, 'backbone', [{ indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 1, denominator: 1e-308 }]);
    expect(tiny.statusCode).toBe(400);
    expect(details(tiny)[0].field).toBe('body.items.0.denominator');
    expect(await storedMeasurements(f)).toEqual([]);

    // The largest allowed magnitude is accepted.
    const edge = await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1e12 }]);
    expect(edge.statusCode).toBe(200);
  });

  it('refuses a numerator above its denominator unless the indicator allows it', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const over = { indicatorId: f.share, actorId: a, period: '2025-Q1', numerator: 61, denominator: 60 };
    const refused = await putBatch(f, 'partner', [over]);
    expect(refused.statusCode).toBe(400);
    expect(details(refused)[0]).toMatchObject({ field: 'body.items.0.numerator', message: expect.stringContaining('larger than the denominator') });
    await f.db.update(indicators).set({ numeratorCanExceedDenominator: true }).where(eq(indicators.id, f.share));
    const allowed = await putBatch(f, 'partner', [over]);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().items[0]).toMatchObject({ numerator: 61, denominator: 60 });
  });

  it('refuses a value for a period in which the organisation was not a member at all', async () => {
    const f = await createMeasurementFixture();
    const newcomer = await addActor(f, 'Newcomer', { joinedOn: '2025-05-01', leftOn: '2025-10-15' });
    const res = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: newcomer, period: '2025-Q1', value: 1 },
      { indicatorId: f.count, actorId: newcomer, period: '2026-Q1', value: 1 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(details(res).map((d) => d.field)).toEqual(['body.items.0.period', 'body.items.1.period']);
    expect(details(res)[0].message).toContain('Newcomer was not a member during 2025-Q1');
    // Part of the quarter is enough: it joined in May and left in October.
    const ok = await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: newcomer, period: '2025-Q2', value: 1 },
      { indicatorId: f.count, actorId: newcomer, period: '2025-Q4', value: 1 },
    ]);
    expect(ok.statusCode).toBe(200);
  });
});

describe('indicator numbers at the door', () => {
  it('refuses a baseline or target beyond ±1e12 or with more decimals than the indicator shows', async () => {
    const f = await createMeasurementFixture();
    const post = (payload: Record<string, unknown>) =>
      f.app.inject({ method: 'POST', url: f.url('/indicators'), headers: f.auth('backbone'), payload: { name: 'N', frequency: 'quarter', ...payload } });
    const huge = await post({ code: 'H', baselineValue: -1.7e308, baselinePeriod: '2025-Q1', targetValue: 1, targetPeriod: '2026-Q1' });
    expect(huge.statusCode).toBe(400);
    expect(details(huge).map((d) => d.field)).toContain('body.baselineValue');
    const fine = await post({ code: 'F', decimals: 0, baselineValue: 1.5, baselinePeriod: '2025-Q1', targetValue: 2, targetPeriod: '2026-Q1', targets: [{ period: '2025-Q3', value: 1.75 }] });
    expect(fine.statusCode).toBe(400);
    expect(details(fine).map((d) => d.field).sort()).toEqual(['body.baselineValue', 'body.targets.0.value']);
    const ok = await post({ code: 'OK', decimals: 1, baselineValue: 1.5, baselinePeriod: '2025-Q1', targetValue: 2, targetPeriod: '2026-Q1' });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses fewer decimals while reported values have more, so nothing is shown rounded', async () => {
    const f = await createMeasurementFixture();
    await putBatch(f, 'backbone', [{ indicatorId: f.population, actorId: null, period: '2024', value: 7.25 }]);
    const patch = (decimals: number) =>
      f.app.inject({ method: 'PATCH', url: f.url(`/indicators/${f.population}`), headers: f.auth('backbone'), payload: { decimals } });
    const res = await patch(1);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toMatchObject({ fields: ['body.decimals'], measurements: 1 });
    expect((await patch(3)).statusCode).toBe(200);
  });
});
