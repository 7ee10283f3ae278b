import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { periodLabel, type Locale, type SeriesResponse } from '@ci/shared';
import { REPORT_WORDS, type ColumnKey } from '@ci/shared/i18n';
import { addDisaggregatedCount, addPreliminaryValue, createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
});

async function workbook(role: Parameters<ReportFixture['auth']>[0], query = '', fixture = f) {
  const res = await fixture.app.inject({ method: 'GET', url: fixture.url(`/reports/export.xlsx${query}`), headers: fixture.auth(role) });
  expect(res.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, book };
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1) as string[];
}

/** The sheet's rows, with each cell found by its column's machine name through the language's headers. */
function records(sheet: ExcelJS.Worksheet, locale: Locale = 'en') {
  const header = headers(sheet);
  const columns = REPORT_WORDS[locale].columns;
  const out: { row: ExcelJS.Row; get: (column: ColumnKey) => ExcelJS.Cell }[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push({
      row,
      get: (column) => {
        const index = header.indexOf(columns[column]);
        if (index < 0) throw new Error(`no column ${column} in ${sheet.name}`);
        return row.getCell(index + 1);
      },
    });
  });
  return out;
}

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('GET /reports/export.xlsx', () => {
  it('has one sheet per kind of data, with frozen bold headers and column widths', async () => {
    const { res, book } = await workbook('backbone', '?from=2024-Q1&to=2025-Q4');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('export_2024-Q1_2025-Q4.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indicators', 'Values', 'Totals by period', 'Actors', 'Activities', 'Ideas', 'Meetings']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
      // A header names one column only, and is never wider than its column.
      expect(new Set(headers(sheet)).size).toBe(headers(sheet).length);
      // exceljs leaves out a width of 9, Excel's default.
      headers(sheet).forEach((h, i) => expect(sheet.getColumn(i + 1).width ?? 9).toBeGreaterThan(h.length));
    }
  });

  it('writes values as real numbers with the indicator decimals, and dates as dates', async () => {
    const { book } = await workbook('backbone');
    const values = records(book.getWorksheet('Values')!);
    const hours = values.filter((r) => r.get('indicator_code').value === 'H1');
    expect(hours.map((r) => r.get('value').value)).toEqual([12.5, 2.25, 4.5]);
    expect(hours[0].get('value').type).toBe(ExcelJS.ValueType.Number);
    expect(hours[0].get('value').numFmt).toBe('#,##0.0');
    const participants = values.filter((r) => r.get('indicator_code').value === 'P1');
    expect(participants[0].get('value').numFmt).toBe('#,##0');
    const start = participants[0].get('period_start');
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect((start.value as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(start.numFmt).toBe('yyyy-mm-dd');
    expect(participants[0].get('entered_at').value).toBeInstanceOf(Date);
    const share = values.find((r) => r.get('indicator_code').value === 'S1')!;
    expect(share.get('numerator').value).toBe(20);
    expect(share.get('denominator').value).toBe(50);
    // A percentage row carries its value too: 100 × 20 / 50.
    expect(share.get('value').value).toBe(40);
    expect(share.get('value').type).toBe(ExcelJS.ValueType.Number);
    expect(participants.some((r) => r.get('value').value === 999)).toBe(true);
  });

  it('has the same aggregates as the series endpoint for the same range', async () => {
    const { book } = await workbook('steering', '?from=2024-Q1&to=2025-Q4');
    const aggregates = records(book.getWorksheet('Totals by period')!);
    for (const indicatorId of [f.participants, f.share, f.hours]) {
      const res = await f.app.inject({
        method: 'GET',
        url: f.url(`/indicators/${indicatorId}/series?from=2024-Q1&to=2025-Q4`),
        headers: f.auth('steering'),
      });
      const series = res.json() as SeriesResponse;
      const code = indicatorId === f.participants ? 'P1' : indicatorId === f.share ? 'S1' : 'H1';
      const rows = aggregates.filter((r) => r.get('indicator_code').value === code);
      expect(rows.map((r) => r.get('period').value)).toEqual(series.points.map((p) => plain(periodLabel(p.period, 'en'))));
      expect(rows.map((r) => r.get('value').value ?? null)).toEqual(series.points.map((p) => p.value));
      expect(rows.map((r) => r.get('trajectory').value ?? undefined)).toEqual(series.points.map((p) => p.trajectory));
      expect(rows.map((r) => r.get('target').value ?? undefined)).toEqual(series.points.map((p) => p.target));
    }
    const p1 = aggregates.filter((r) => r.get('indicator_code').value === 'P1');
    expect(p1.map((r) => r.get('value').value ?? null).slice(0, 4)).toEqual([110, 125, 141, 4]);
    expect(p1[0].get('value').numFmt).toBe('#,##0');
    expect(p1[1].get('status').value).toBe('On track');
    expect(p1[3].get('status').value).toBe('Off track');
    expect(p1[3].get('complete').value).toBe('Yes');
    expect(p1[3].get('reported').value ?? null).toBeNull();
    const s1 = aggregates.find((r) => r.get('indicator_code').value === 'S1')!;
    expect(s1.get('value').value).toBeCloseTo(37.5, 10);
    expect(s1.get('numerator').value).toBe(30);
    expect(s1.get('denominator').value).toBe(80);
  });

  it('describes the indicators and lists actors, activities and meetings', async () => {
    const { book } = await workbook('backbone');
    const indicators = records(book.getWorksheet('Indicators')!);
    const p1 = indicators.find((r) => r.get('code').value === 'P1')!;
    expect(p1.get('goal').value).toBe('Everyone completes school');
    expect(p1.get('baseline_value').value).toBe(100);
    expect(p1.get('target_value').value).toBe(200);
    expect(p1.get('actor_aggregation').value).toBe('Add up');
    expect(p1.get('measure_type').value).toBe('Number');
    expect(p1.get('frequency').value).toBe('Quarter');
    expect(indicators.find((r) => r.get('code').value === 'H1')!.get('actor_aggregation').value).toBe('Average');
    // The headline and its status, as on every screen.
    expect(p1.get('latest_value').value).toBe(4);
    expect(p1.get('latest_period').value).toBe('Q4 2024');
    expect(p1.get('previous_value').value).toBe(141);
    expect(p1.get('status').value).toBe('Off track');
    expect(p1.get('archived').value).toBe('No');
    expect(records(book.getWorksheet('Actors')!).map((r) => r.get('name').value)).toEqual(['Actor A', 'Actor B']);
    const activities = records(book.getWorksheet('Activities')!);
    expect(activities.map((r) => r.get('title').value).sort()).toEqual(['Homework club at the library', 'Summer jobs fair']);
    const fair = activities.find((r) => r.get('title').value === 'Summer jobs fair')!;
    expect(fair.get('lead_actor').value).toBe('Actor B');
    expect(fair.get('goals').value).toBe('Everyone finds work');
    expect((fair.get('end_date').value as Date).toISOString().slice(0, 10)).toBe('2024-06-30');
    const meetings = records(book.getWorksheet('Meetings')!);
    const held = meetings.find((r) => r.get('title').value === 'Partner meeting September')!;
    expect(held.get('organisations').value).toBe(2);
    expect(held.get('people').value).toBe(5);
    // Local time of the initiative (Stockholm, summer time): 15:00 UTC is 17:00.
    expect((held.get('starts_at').value as Date).toISOString()).toBe('2024-09-12T17:00:00.000Z');
    expect(held.get('agenda').value).toBe('Introductions round\nCurrent figures');
    expect(held.get('kind').value).toBe('Partner meeting');
    expect(held.get('status').value).toBe('Held');
    expect(records(book.getWorksheet('Actors')!)[0].get('sector').value).toBe('Civil society');
  });

  it("leaves out another actor's draft for a partner", async () => {
    const { book } = await workbook('partner');
    const values = records(book.getWorksheet('Values')!).filter((r) => r.get('indicator_code').value === 'P1');
    expect(values.some((r) => r.get('value').value === 77)).toBe(true);
    expect(values.some((r) => r.get('value').value === 999)).toBe(false);
    expect(values.some((r) => r.get('value').value === 555)).toBe(false);
  });

  it("speaks the initiative's language: sheet names, headers, periods and enum values, with numbers as numbers", async () => {
    const sv = await createReportFixture({ locale: 'sv' });
    const { book } = await workbook('backbone', '?from=2024-Q1&to=2025-Q4', sv);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indikatorer', 'Värden', 'Totaler per period', 'Aktörer', 'Aktiviteter', 'Idéer', 'Möten']);
    const valueSheet = book.getWorksheet('Värden')!;
    expect(headers(valueSheet).slice(0, 9)).toEqual(['Indikatorkod', 'Indikator', 'Enhet', 'Period', 'Periodens början', 'Aktör', 'Sektor', 'Kategori', 'Värde']);
    const first = records(valueSheet, 'sv')[0];
    expect(first.get('period').value).toBe('kv. 1 2024');
    expect(first.get('sector').value).toBe('Civilsamhälle');
    expect(first.get('status').value).toBe('Inlämnad');
    expect(first.get('value').value).toBe(60);
    expect(first.get('value').type).toBe(ExcelJS.ValueType.Number);
    expect(first.get('period_start').type).toBe(ExcelJS.ValueType.Date);

    const p1 = records(book.getWorksheet('Totaler per period')!, 'sv').filter((r) => r.get('indicator_code').value === 'P1');
    expect(p1[1].get('status').value).toBe('Enligt plan');
    expect(p1[3].get('status').value).toBe('Efter plan');
    expect(p1[3].get('complete').value).toBe('Ja');
    expect(p1[3].get('value').value).toBe(4);
    const indicator = records(book.getWorksheet('Indikatorer')!, 'sv').find((r) => r.get('code').value === 'P1')!;
    expect(indicator.get('direction').value).toBe('Högre är bättre');
    expect(indicator.get('actor_aggregation').value).toBe('Summera');
    expect(indicator.get('latest_period').value).toBe('kv. 4 2024');
    expect(indicator.get('baseline_value').value).toBe(100);
    expect(records(book.getWorksheet('Aktörer')!, 'sv')[0].get('role').value).toBe('Partner');
    expect(records(book.getWorksheet('Möten')!, 'sv').map((r) => r.get('kind').value)).toContain('Partnermöte');

    // Another language on request.
    const da = await workbook('backbone', '?from=2024-Q1&to=2024-Q4&lang=da', sv);
    expect(da.book.worksheets[1].name).toBe('Værdier');
    expect(records(da.book.getWorksheet('Værdier')!, 'da')[0].get('period').value).toBe('1. kvt. 2024');
    const en = await workbook('backbone', '?lang=en', sv);
    expect(en.book.worksheets[0].name).toBe('Indicators');
    expect((await sv.app.inject({ method: 'GET', url: sv.url('/reports/export.xlsx?lang=fi'), headers: sv.auth('backbone') })).statusCode).toBe(400);
  });

  it('marks an incomplete period preliminary, with how many have reported, and keeps the headline on the latest complete one', async () => {
    const g = await createReportFixture({ locale: 'sv' });
    const current = await addPreliminaryValue(g);
    const { book } = await workbook('steering', '', g);
    const rows = records(book.getWorksheet('Totaler per period')!, 'sv').filter((r) => r.get('indicator_code').value === 'P1');
    const open = rows.find((r) => r.get('period').value === plain(periodLabel(current, 'sv')))!;
    expect(open.get('value').value).toBe(80);
    expect(open.get('complete').value).toBe('Nej');
    expect(open.get('status').value).toBe('Preliminärt');
    expect(open.get('reported').value).toBe(1);
    expect(open.get('expected').value).toBe(2);
    const indicator = records(book.getWorksheet('Indikatorer')!, 'sv').find((r) => r.get('code').value === 'P1')!;
    expect(indicator.get('latest_value').value).toBe(4);
    expect(indicator.get('latest_period').value).toBe('kv. 4 2024');
    expect(indicator.get('status').value).toBe('Efter plan');
  });

  it('writes texts with markup characters, line breaks and backslashes as they are, without control characters', async () => {
    const g = await createReportFixture();
    const { measurements } = await import('../src/db/schema/index.js');
    const { and, eq } = await import('drizzle-orm');
    await g.db
      .update(measurements)
      .set({ note: `a < b & "c" 'd'\u0007\nback\\slash\ttab \\N` })
      .where(and(eq(measurements.indicatorId, g.hours), eq(measurements.actorId, g.actorIds[1])));
    const { book } = await workbook('backbone', '', g);
    const hours = records(book.getWorksheet('Values')!).filter((r) => r.get('indicator_code').value === 'H1');
    const notes = hours.map((r) => r.get('note').value);
    expect(notes).toContain(`a < b & "c" 'd'\nback\\slash\ttab \\N`);
    // A value without a note has no note cell.
    expect(hours.find((r) => r.get('actor').value === 'Actor A')!.get('note').value ?? null).toBeNull();
  });

  it('rejects bad ranges and non-members', async () => {
    const bad = await f.app.inject({ method: 'GET', url: f.url('/reports/export.xlsx?to=2024-13'), headers: f.auth('backbone') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('querystring.to');
    const outsider = await f.app.inject({ method: 'GET', url: f.url('/reports/export.xlsx'), headers: f.auth('outsider') });
    expect(outsider.statusCode).toBe(404);
  });

  it('names each category with its dimension, and the total of its categories, in the report language', async () => {
    const da = await createReportFixture({ locale: 'da' });
    await addDisaggregatedCount(da, { indicator: 'Unge i lektiecafé', dimension: 'Køn', categories: ['Piger', 'Drenge'] });
    const { book } = await workbook('steering', '?from=2024-Q1&to=2024-Q1', da);
    const rows = records(book.getWorksheet('Værdier')!, 'da').filter((r) => r.get('indicator_code').value === 'G1');
    expect(rows.map((r) => [r.get('category').value, r.get('value').value])).toEqual([
      ['I alt', 12],
      ['Køn: Piger', 7],
      ['Køn: Drenge', 5],
    ]);
    expect(headers(book.getWorksheet('Værdier')!)).toContain('Kategori');
    // The totals sheet has the indicator's total, the same 12.
    const totals = records(book.getWorksheet(REPORT_WORDS.da.sheets.aggregates)!, 'da').filter((r) => r.get('indicator_code').value === 'G1');
    expect(totals.map((r) => r.get('value').value)).toEqual([12]);
  });
});
