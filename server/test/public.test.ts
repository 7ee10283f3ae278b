import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { PublicInitiative } from '@ci/shared';
import { indicators, initiatives } from '../src/db/schema/index.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture({ publicView: true });
  await f.db.insert(indicators).values({ initiativeId: f.initiativeId, code: 'OLD', name: 'Retired measure', archived: true });
});

async function view() {
  const res = await f.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${f.initiativeId}` });
  expect(res.statusCode).toBe(200);
  return res.json() as PublicInitiative;
}

describe('GET /public/initiatives/:initiativeId', () => {
  it('shows the agenda and the headline indicators without login', async () => {
    const body = await view();
    expect(body).toMatchObject({ id: f.initiativeId, area: 'North District', vision: 'Every young person finds a way into work.', publicThreshold: 5 });
    expect(body.goals.map((g) => g.title)).toEqual(['Everyone completes school', 'Everyone finds work']);
    expect(body.indicators.map((i) => i.code)).toEqual(['P1', 'S1', 'H1']);
    const p1 = body.indicators[0];
    expect(p1.baseline).toEqual({ period: '2024-Q1', value: 100 });
    expect(p1.target).toEqual({ period: '2025-Q4', value: 200 });
    expect(p1.points.slice(0, 3)).toEqual([
      expect.objectContaining({ period: '2024-Q1', value: 110, suppressed: false, trajectory: 100 }),
      expect.objectContaining({ period: '2024-Q2', value: 125, suppressed: false }),
      expect.objectContaining({ period: '2024-Q3', value: 141, suppressed: false }),
    ]);
    // Never per actor, never drafts.
    const text = JSON.stringify(body);
    expect(text).not.toContain('byActor');
    expect(text).not.toContain('Actor A');
    expect(text).not.toContain('999');
    expect(text).not.toContain('numerator');
  });

  it('withholds small counts and percentages of few people', async () => {
    const body = await view();
    const p1 = body.indicators.find((i) => i.code === 'P1')!;
    // 3 + 1 people in 2024-Q4: below the threshold of 5.
    expect(p1.points.find((p) => p.period === '2024-Q4')).toMatchObject({ value: null, suppressed: true });
    expect(p1.latest).toEqual({ period: '2024-Q4', value: null, suppressed: true });
    const s1 = body.indicators.find((i) => i.code === 'S1')!;
    expect(s1.points.find((p) => p.period === '2024-Q1')).toMatchObject({ value: 37.5, suppressed: false });
    // 3 of 4: the denominator is below the threshold.
    expect(s1.points.find((p) => p.period === '2024-Q2')).toMatchObject({ value: null, suppressed: true });
    // A mean with decimals is not a count.
    const h1 = body.indicators.find((i) => i.code === 'H1')!;
    expect(h1.points.find((p) => p.period === '2024-Q1')).toMatchObject({ value: 7.375, suppressed: false });
    expect(h1.points.find((p) => p.period === '2024-Q2')).toMatchObject({ value: 4.5, suppressed: false });

    await f.db.update(initiatives).set({ publicThreshold: 0 }).where(eq(initiatives.id, f.initiativeId));
    const open = await view();
    expect(open.indicators[0].points.find((p) => p.period === '2024-Q4')).toMatchObject({ value: 4, suppressed: false });
    await f.db.update(initiatives).set({ publicThreshold: 5 }).where(eq(initiatives.id, f.initiativeId));
  });

  it('publishes the same figures, with the same suppression, as CSV', async () => {
    const res = await f.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${f.initiativeId}/measurements.csv?separator=semicolon` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(res.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['indicator_code', 'indicator_name', 'unit', 'period', 'period_start', 'value', 'target', 'trajectory', 'suppressed']);
    const cell = (code: string, period: string) => rows.find((r) => r.indicator_code === code && r.period === period)!;
    expect(cell('P1', '2024-Q3')).toMatchObject({ value: '141', suppressed: 'false', period_start: '2024-07-01' });
    expect(cell('P1', '2024-Q4')).toMatchObject({ value: '', suppressed: 'true' });
    expect(cell('S1', '2024-Q1')).toMatchObject({ value: '37,5', suppressed: 'false' });
    expect(cell('S1', '2024-Q2')).toMatchObject({ value: '', suppressed: 'true' });
    expect(cell('P1', '2025-Q4').target).toBe('200');
    expect(res.body).not.toContain('Actor');
    const view = await f.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${f.initiativeId}/measurements.csv?separator=pipe` });
    expect(view.statusCode).toBe(400);
    expect(view.json().error.details[0].field).toBe('querystring.separator');
  });

  it("gives headers, period labels and yes/no in the initiative's or a chosen language with labels=language", async () => {
    const sv = await createReportFixture({ locale: 'sv', publicView: true });
    const csv = (query: string) => sv.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${sv.initiativeId}/measurements.csv${query}` });
    const machine = parse((await csv('')).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(machine[0])).toEqual(['indicator_code', 'indicator_name', 'unit', 'period', 'period_start', 'value', 'target', 'trajectory', 'suppressed']);

    const res = await csv('?labels=language&separator=semicolon');
    expect(res.statusCode).toBe(200);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(res.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['Indikatorkod', 'Indikator', 'Enhet', 'Period', 'Periodens början', 'Värde', 'Mål', 'Planerad väg', 'Visas inte']);
    const cell = (code: string, period: string) => rows.find((r) => r['Indikatorkod'] === code && r['Period'] === period)!;
    expect(cell('S1', 'kv. 1 2024')).toMatchObject({ Värde: '37,5', 'Visas inte': 'Nej' });
    expect(cell('P1', 'kv. 4 2024')).toMatchObject({ Värde: '', 'Visas inte': 'Ja' });

    const english = parse((await csv('?labels=language&lang=en')).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(english.find((r) => r['Indicator code'] === 'P1' && r['Period'] === 'Q3 2024')).toMatchObject({ Value: '141', Withheld: 'No' });
  });

  it('does not exist unless the initiative has switched the public view on', async () => {
    const closed = await createReportFixture({ publicView: false });
    for (const path of ['', '/measurements.csv']) {
      const res = await f.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${closed.initiativeId}${path}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/public/initiatives/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/public/initiatives/nope' })).statusCode).toBe(400);
  });
});
