import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { SeriesResponse } from '@ci/shared';
import { createReportFixture, type ReportFixture } from './report-fixtures.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
});

async function workbook(role: Parameters<ReportFixture['auth']>[0], query = '') {
  const res = await f.app.inject({ method: 'GET', url: f.url(`/reports/export.xlsx${query}`), headers: f.auth(role) });
  expect(res.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, book };
}

/** The sheet's rows as objects keyed by the header row. */
function records(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const out: { row: ExcelJS.Row; get: (column: string) => ExcelJS.Cell }[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push({ row, get: (column) => row.getCell(header.indexOf(column) + 1) });
  });
  return out;
}

describe('GET /reports/export.xlsx', () => {
  it('has one sheet per kind of data, with frozen bold headers and column widths', async () => {
    const { res, book } = await workbook('backbone', '?from=2024-Q1&to=2025-Q4');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('export_2024-Q1_2025-Q4.xlsx');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indicators', 'Values', 'Aggregates', 'Actors', 'Activities', 'Meetings']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
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
    expect(participants.some((r) => r.get('value').value === 999)).toBe(true);
  });

  it('has the same aggregates as the series endpoint for the same range', async () => {
    const { book } = await workbook('steering', '?from=2024-Q1&to=2025-Q4');
    const aggregates = records(book.getWorksheet('Aggregates')!);
    for (const indicatorId of [f.participants, f.share, f.hours]) {
      const res = await f.app.inject({
        method: 'GET',
        url: f.url(`/indicators/${indicatorId}/series?from=2024-Q1&to=2025-Q4`),
        headers: f.auth('steering'),
      });
      const series = res.json() as SeriesResponse;
      const code = indicatorId === f.participants ? 'P1' : indicatorId === f.share ? 'S1' : 'H1';
      const rows = aggregates.filter((r) => r.get('indicator_code').value === code);
      expect(rows.map((r) => r.get('period').value)).toEqual(series.points.map((p) => p.period));
      expect(rows.map((r) => r.get('value').value ?? null)).toEqual(series.points.map((p) => p.value));
      expect(rows.map((r) => r.get('trajectory').value ?? undefined)).toEqual(series.points.map((p) => p.trajectory));
      expect(rows.map((r) => r.get('target').value ?? undefined)).toEqual(series.points.map((p) => p.target));
    }
    const p1 = aggregates.filter((r) => r.get('indicator_code').value === 'P1');
    expect(p1.map((r) => r.get('value').value ?? null).slice(0, 4)).toEqual([110, 125, 141, 4]);
    expect(p1[0].get('value').numFmt).toBe('#,##0');
    expect(p1[1].get('status').value).toBe('on_track');
    expect(p1[3].get('status').value).toBe('off_track');
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
    expect(p1.get('actor_aggregation').value).toBe('sum');
    expect(indicators.find((r) => r.get('code').value === 'H1')!.get('actor_aggregation').value).toBe('mean');
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
  });

  it("leaves out another actor's draft for a partner", async () => {
    const { book } = await workbook('partner');
    const values = records(book.getWorksheet('Values')!).filter((r) => r.get('indicator_code').value === 'P1');
    expect(values.some((r) => r.get('value').value === 77)).toBe(true);
    expect(values.some((r) => r.get('value').value === 999)).toBe(false);
    expect(values.some((r) => r.get('value').value === 555)).toBe(false);
  });

  it('rejects bad ranges and non-members', async () => {
    const bad = await f.app.inject({ method: 'GET', url: f.url('/reports/export.xlsx?to=2024-13'), headers: f.auth('backbone') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('querystring.to');
    const outsider = await f.app.inject({ method: 'GET', url: f.url('/reports/export.xlsx'), headers: f.auth('outsider') });
    expect(outsider.statusCode).toBe(404);
  });
});
