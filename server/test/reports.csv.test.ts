import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { MEASUREMENT_CSV_COLUMNS } from '@ci/shared';
import { REPORT_WORDS } from '@ci/shared/i18n';
import { addDisaggregatedCount, createReportFixture, type ReportFixture } from './report-fixtures.js';

type Row = Record<(typeof MEASUREMENT_CSV_COLUMNS)[number], string>;

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
});

async function csv(role: Parameters<ReportFixture['auth']>[0], query = '') {
  return f.app.inject({ method: 'GET', url: f.url(`/reports/measurements.csv${query}`), headers: f.auth(role) });
}

function rows(body: string, delimiter = ','): Row[] {
  return parse(body, { bom: true, columns: true, delimiter, skip_empty_lines: true }) as Row[];
}

describe('GET /reports/measurements.csv', () => {
  it('streams every value in long format, UTF-8 with BOM, decimal points with commas', async () => {
    const res = await csv('backbone');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reports-[a-z0-9-]+-measurements\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const header = res.body.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe(MEASUREMENT_CSV_COLUMNS.join(','));
    const all = rows(res.body);
    expect(all).toHaveLength(11 + 3 + 3);
    const first = all[0];
    expect(first).toMatchObject({ indicator_code: 'P1', indicator_name: 'Participants in homework clubs', unit: 'people', period: '2024-Q1', period_start: '2024-01-01', actor: 'Actor A', sector: 'civil_society', value: '60', status: 'submitted' });
    expect(first.entered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const hours = all.filter((r) => r.indicator_code === 'H1');
    expect(hours.map((r) => r.value)).toEqual(['12.5', '2.25', '4.5']);
    expect(hours[2].category).toBe('Gender: Girls');
    // A percentage row carries its value, 100 × numerator / denominator, to the indicator's one decimal.
    const share = all.find((r) => r.indicator_code === 'S1' && r.actor === 'Actor B')!;
    expect(share).toMatchObject({ value: '33.3', numerator: '10', denominator: '30', unit: '%' });
    expect(all.filter((r) => r.indicator_code === 'S1' && r.actor === 'Actor A').map((r) => r.value)).toEqual(['40', '75']);
    // The backbone sees another actor's draft and returned value.
    expect(all.some((r) => r.value === '999' && r.status === 'draft')).toBe(true);
    expect(all.some((r) => r.value === '555' && r.status === 'returned')).toBe(true);
  });

  it('writes semicolons and decimal commas for Scandinavian Excel', async () => {
    const res = await csv('steering', '?separator=semicolon');
    expect(res.statusCode).toBe(200);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    expect(res.body.split('\r\n')[0]).toBe(`\uFEFF${MEASUREMENT_CSV_COLUMNS.join(';')}`);
    expect(res.body).toContain(';12,5;');
    expect(res.body).not.toContain('12.5');
    const hours = rows(res.body, ';').filter((r) => r.indicator_code === 'H1');
    expect(hours.map((r) => r.value)).toEqual(['12,5', '2,25', '4,5']);
    expect(rows(res.body, ';').find((r) => r.indicator_code === 'S1' && r.actor === 'Actor B')!.value).toBe('33,3');
  });

  it("keeps machine names by default, also for a Swedish initiative, and gives the app's words with labels=language", async () => {
    const sv = await createReportFixture({ locale: 'sv' });
    const get = (query: string) =>
      sv.app.inject({ method: 'GET', url: sv.url(`/reports/measurements.csv?indicatorId=${sv.share}${query}`), headers: sv.auth('backbone') });
    const machine = await get('&separator=semicolon');
    expect(machine.body.split('\r\n')[0]).toBe(`\uFEFF${MEASUREMENT_CSV_COLUMNS.join(';')}`);
    expect(rows(machine.body, ';')[0]).toMatchObject({ period: '2024-Q1', sector: 'civil_society', status: 'submitted', value: '40' });

    const language = await get('&separator=semicolon&labels=language');
    expect(language.statusCode).toBe(200);
    expect(language.body.charCodeAt(0)).toBe(0xfeff);
    const header = language.body.replace(/^\uFEFF/, '').split('\r\n')[0].split(';');
    expect(header).toEqual(MEASUREMENT_CSV_COLUMNS.map((c) => REPORT_WORDS.sv.columns[c]));
    expect(header.slice(0, 4)).toEqual(['Indikatorkod', 'Indikator', 'Enhet', 'Period']);
    const records = parse(language.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(records[0]).toMatchObject({ Indikatorkod: 'S1', Period: 'kv. 1 2024', Sektor: 'Civilsamhälle', Status: 'Inlämnad', Värde: '40', Täljare: '20' });
    expect(records.find((r) => r['Aktör'] === 'Actor B')!['Värde']).toBe('33,3');

    const danish = await get('&labels=language&lang=da');
    const da = parse(danish.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(da[0]).toMatchObject({ Indikatorkode: 'S1', Periode: '1. kvt. 2024', Sektor: 'Civilsamfund', Status: 'Indsendt' });
    expect((await get('&labels=words')).statusCode).toBe(400);
  });

  it("gives a partner every counted value and its own drafts, but not another actor's draft", async () => {
    const all = rows((await csv('partner')).body);
    const participants = all.filter((r) => r.indicator_code === 'P1');
    expect(participants.some((r) => r.value === '77' && r.actor === 'Actor A' && r.status === 'draft')).toBe(true);
    expect(participants.some((r) => r.value === '999')).toBe(false);
    expect(participants.some((r) => r.value === '555')).toBe(false);
    expect(participants.filter((r) => r.actor === 'Actor B')).toHaveLength(4);
  });

  it('counts only approved values of other actors when the initiative requires approval', async () => {
    const g = await createReportFixture();
    const { initiatives, measurements } = await import('../src/db/schema/index.js');
    const { and, eq } = await import('drizzle-orm');
    await g.db.update(initiatives).set({ requiresApproval: true }).where(eq(initiatives.id, g.initiativeId));
    await g.db
      .update(measurements)
      .set({ status: 'approved' })
      .where(and(eq(measurements.indicatorId, g.participants), eq(measurements.actorId, g.actorIds[1]), eq(measurements.period, '2024-Q3')));
    const res = await g.app.inject({ method: 'GET', url: g.url(`/reports/measurements.csv?indicatorId=${g.participants}`), headers: g.auth('partner') });
    const all = rows(res.body);
    expect(all.filter((r) => r.actor === 'Actor B').map((r) => `${r.period}:${r.value}:${r.status}`)).toEqual(['2024-Q3:61:approved']);
    // Its own values, whatever their status.
    expect(all.filter((r) => r.actor === 'Actor A')).toHaveLength(5);
  });

  it('filters by indicator and period range', async () => {
    const res = await csv('backbone', `?indicatorId=${f.participants}&from=2024-Q2&to=2024-Q3`);
    const all = rows(res.body);
    expect(all.map((r) => `${r.period}:${r.actor}:${r.value}`)).toEqual([
      '2024-Q2:Actor A:70',
      '2024-Q2:Actor B:55',
      '2024-Q3:Actor A:80',
      '2024-Q3:Actor B:61',
    ]);
    expect(res.headers['content-disposition']).toContain('measurements_2024-Q2_2024-Q3.csv');
    // A coarser key selects every period inside it.
    expect(rows((await csv('backbone', `?indicatorId=${f.participants}&from=2025&to=2025`)).body)).toHaveLength(3);
  });

  it('reads a text that a spreadsheet would run as a formula as plain text', async () => {
    const { measurements } = await import('../src/db/schema/index.js');
    const { and, eq } = await import('drizzle-orm');
    await f.db
      .update(measurements)
      .set({ note: '=HYPERLINK("x")' })
      .where(and(eq(measurements.indicatorId, f.hours), eq(measurements.actorId, f.actorIds[1])));
    const hours = rows((await csv('backbone', `?indicatorId=${f.hours}`)).body);
    expect(hours.find((r) => r.actor === 'Actor B')!.note).toBe(`'=HYPERLINK("x")`);
  });

  it('quotes a text with the separator, quotes or line breaks, and keeps tabs and backslashes', async () => {
    const g = await createReportFixture();
    const { measurements } = await import('../src/db/schema/index.js');
    const { and, eq } = await import('drizzle-orm');
    const note = 'Line one; "two", three\r\nback\\slash\ttab \\N';
    await g.db
      .update(measurements)
      .set({ note })
      .where(and(eq(measurements.indicatorId, g.hours), eq(measurements.actorId, g.actorIds[1])));
    for (const [separator, delimiter] of [['comma', ','], ['semicolon', ';']]) {
      const res = await g.app.inject({ method: 'GET', url: g.url(`/reports/measurements.csv?indicatorId=${g.hours}&separator=${separator}`), headers: g.auth('backbone') });
      expect(res.body).toContain(`${delimiter}"Line one; ""two"", three\r\nback\\slash\ttab \\N"${delimiter}`);
      const hours = rows(res.body, delimiter);
      expect(hours.find((r) => r.actor === 'Actor B')!.note).toBe(note);
      expect(hours.find((r) => r.actor === 'Actor A')!.note).toBe('');
    }
  });

  it('rejects bad parameters with field details', async () => {
    const bad = await csv('backbone', '?separator=tab');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('querystring.separator');
    const badPeriod = await csv('backbone', '?from=2024-Q5');
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().error.details[0].field).toBe('querystring.from');
    const reversed = await csv('backbone', '?from=2025-Q1&to=2024-Q4');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].field).toBe('querystring.to');
    expect((await csv('backbone', '?indicatorId=nope')).statusCode).toBe(400);
  });

  it('is for members only', async () => {
    expect((await csv('outsider')).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url('/reports/measurements.csv') })).statusCode).toBe(401);
    const other = await createReportFixture();
    expect((await csv('backbone', `?indicatorId=${other.participants}`)).statusCode).toBe(404);
  });

  it('names each category with its dimension, and the total of its categories, in the report language', async () => {
    const sv = await createReportFixture({ locale: 'sv' });
    const g1 = await addDisaggregatedCount(sv, { indicator: 'Unga i läxhjälp', dimension: 'Kön', categories: ['Flickor', 'Pojkar'] });
    const get = (query: string) =>
      sv.app.inject({ method: 'GET', url: sv.url(`/reports/measurements.csv?indicatorId=${g1}${query}`), headers: sv.auth('steering') });
    const language = parse((await get('&separator=semicolon&labels=language')).body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(language.map((r) => [r['Kategori'], r['Värde']])).toEqual([
      ['Totalt', '12'],
      ['Kön: Flickor', '7'],
      ['Kön: Pojkar', '5'],
    ]);
    // Machine names: the total has no category, for scripts that filter on it.
    const machine = rows((await get('')).body);
    expect(machine.map((r) => [r.category, r.value])).toEqual([
      ['', '12'],
      ['Kön: Flickor', '7'],
      ['Kön: Pojkar', '5'],
    ]);
  });
});
