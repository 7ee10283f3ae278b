import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { addPeriods, periodOfDate, type PublicInitiative } from '@ci/shared';
import { indicators, initiatives } from '../src/db/schema/index.js';
import { createFixture } from './helpers.js';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';
import { addDimension, addIndicator, addMeasurements } from './series-fixtures.js';

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
    // The draft 999 as a number (an id may well contain the digits).
    expect(text).not.toMatch(/[:,[]999[,\]}]/);
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
    expect(Object.keys(rows[0])).toEqual(['indicator_code', 'indicator_name', 'unit', 'period', 'period_start', 'value', 'target', 'trajectory', 'suppressed', 'preliminary']);
    const cell = (code: string, period: string) => rows.find((r) => r.indicator_code === code && r.period === period)!;
    expect(cell('P1', '2024-Q3')).toMatchObject({ value: '141', suppressed: 'false', period_start: '2024-07-01' });
    expect(cell('P1', '2024-Q4')).toMatchObject({ value: '', suppressed: 'true' });
    expect(cell('S1', '2024-Q1')).toMatchObject({ value: '37,5', suppressed: 'false' });
    expect(cell('S1', '2024-Q2')).toMatchObject({ value: '', suppressed: 'true' });
    expect(cell('P1', '2025-Q4').target).toBe('200');
    // Every period of this fixture lies far back: closed, so nothing is preliminary.
    expect(rows.every((r) => r.preliminary === 'false')).toBe(true);
    expect(res.body).not.toContain('Actor');
    const view = await f.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${f.initiativeId}/measurements.csv?separator=pipe` });
    expect(view.statusCode).toBe(400);
    expect(view.json().error.details[0].field).toBe('querystring.separator');
  });

  it("gives headers, period labels and yes/no in the initiative's or a chosen language with labels=language", async () => {
    const sv = await createReportFixture({ locale: 'sv', publicView: true });
    const csv = (query: string) => sv.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${sv.initiativeId}/measurements.csv${query}` });
    const machine = parse((await csv('')).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(machine[0])).toEqual(['indicator_code', 'indicator_name', 'unit', 'period', 'period_start', 'value', 'target', 'trajectory', 'suppressed', 'preliminary']);

    const res = await csv('?labels=language&separator=semicolon');
    expect(res.statusCode).toBe(200);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(res.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['Indikatorkod', 'Indikator', 'Enhet', 'Period', 'Periodens början', 'Värde', 'Mål', 'Planerad väg', 'Visas inte', 'Preliminär']);
    const cell = (code: string, period: string) => rows.find((r) => r['Indikatorkod'] === code && r['Period'] === period)!;
    expect(cell('S1', 'kv. 1 2024')).toMatchObject({ Värde: '37,5', 'Visas inte': 'Nej', Preliminär: 'Nej' });
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

describe('preliminary periods in the public view', () => {
  // The current month is open: a month that not every expected actor (both, by default) has
  // reported is preliminary. Two months back both have reported, so it is complete however the
  // reporting days fall.
  const current = periodOfDate(new Date(), 'month');
  const complete = addPeriods(current, -2);

  async function publicFixture() {
    const g = await createFixture('Public preliminary');
    await g.db.update(initiatives).set({ publicView: true, publicThreshold: 5 }).where(eq(initiatives.id, g.initiativeId));
    const [a, b] = g.actorIds;
    const visits = await addIndicator(g, { code: 'V1', name: 'Visits', unit: 'visits', frequency: 'month', position: 1, reportingFrom: '2020-01-01' });
    await addMeasurements(g, visits, [
      { actorId: a, period: complete, value: 30 },
      { actorId: b, period: complete, value: 20 },
      // Only actor A so far, and only three visits: withheld, and preliminary.
      { actorId: a, period: current, value: 3 },
    ]);
    const members = await addIndicator(g, { code: 'M1', name: 'Members', unit: 'people', frequency: 'month', position: 2, reportingFrom: '2020-01-01' });
    await addMeasurements(g, members, [
      { actorId: a, period: complete, value: 8 },
      { actorId: b, period: complete, value: 9 },
      { actorId: a, period: current, value: 12 },
    ]);
    return g;
  }

  it('heads with the latest complete period and marks the newer one preliminary, withheld by the same rule', async () => {
    const g = await publicFixture();
    const res = await g.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${g.initiativeId}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as PublicInitiative;
    const [visits, members] = body.indicators;
    expect(visits.code).toBe('V1');
    // The headline is the complete month (30 + 20), not the newer month with data.
    expect(visits.latest).toEqual({ period: complete, value: 50, suppressed: false });
    expect(visits.points.find((p) => p.period === complete)).toMatchObject({ value: 50, suppressed: false, complete: true });
    // 3 visits rest on too few people: withheld, though only preliminary.
    expect(visits.points.find((p) => p.period === current)).toMatchObject({ value: null, suppressed: true, complete: false });
    expect(JSON.stringify(visits)).not.toContain('"reported"');

    expect(members.latest).toEqual({ period: complete, value: 17, suppressed: false });
    expect(members.points.find((p) => p.period === current)).toMatchObject({ value: 12, suppressed: false, complete: false });
  });

  it('withholds a headline that rests on too few people', async () => {
    const g = await publicFixture();
    await g.db.update(initiatives).set({ publicThreshold: 60 }).where(eq(initiatives.id, g.initiativeId));
    const body = (await g.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${g.initiativeId}` })).json() as PublicInitiative;
    expect(body.indicators[0].latest).toEqual({ period: complete, value: null, suppressed: true });
    expect(body.indicators[1].latest).toEqual({ period: complete, value: null, suppressed: true });
  });

  it('says in the CSV which rows are preliminary', async () => {
    const g = await publicFixture();
    const res = await g.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${g.initiativeId}/measurements.csv` });
    const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    const cell = (code: string, period: string) => rows.find((r) => r.indicator_code === code && r.period === period)!;
    expect(cell('V1', complete)).toMatchObject({ value: '50', suppressed: 'false', preliminary: 'false' });
    expect(cell('V1', current)).toMatchObject({ value: '', suppressed: 'true', preliminary: 'true' });
    expect(cell('M1', current)).toMatchObject({ value: '12', suppressed: 'false', preliminary: 'true' });
  });
});

describe('disaggregated indicators in the public view', () => {
  it('publishes the total under the suppression rule and never a category figure', async () => {
    const g = await createFixture('Public categories');
    await g.db.update(initiatives).set({ publicView: true, publicThreshold: 5 }).where(eq(initiatives.id, g.initiativeId));
    const id = await addIndicator(g, { code: 'G1', name: 'Pupils by gender', frequency: 'quarter' });
    const gender = await addDimension(g, id, 'Gender', 0, ['Girls', 'Boys', 'Other']);
    await addMeasurements(g, id, [
      // 2025-Q1: 40 pupils, of whom 2 "other": a published total next to a small category.
      { actorId: g.actorIds[0], period: '2025-Q1', value: 40 },
      { actorId: g.actorIds[0], period: '2025-Q1', value: 21, categoryId: gender.Girls },
      { actorId: g.actorIds[0], period: '2025-Q1', value: 17, categoryId: gender.Boys },
      { actorId: g.actorIds[0], period: '2025-Q1', value: 2, categoryId: gender.Other },
      // 2025-Q2: a total of 3 is itself withheld.
      { actorId: g.actorIds[0], period: '2025-Q2', value: 3 },
      { actorId: g.actorIds[0], period: '2025-Q2', value: 3, categoryId: gender.Girls },
    ]);
    const res = await g.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${g.initiativeId}` });
    const body = res.json() as PublicInitiative;
    const points = body.indicators[0].points;
    expect(points.find((p) => p.period === '2025-Q1')).toMatchObject({ value: 40, suppressed: false });
    expect(points.find((p) => p.period === '2025-Q2')).toMatchObject({ value: null, suppressed: true });
    expect(res.body).not.toContain('byCategory');
    for (const categoryId of Object.values(gender)) expect(res.body).not.toContain(categoryId);
    const csv = await g.app.inject({ method: 'GET', url: `/api/v1/public/initiatives/${g.initiativeId}/measurements.csv` });
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ['2025-Q1', '40'],
      ['2025-Q2', ''],
    ]);
  });
});
