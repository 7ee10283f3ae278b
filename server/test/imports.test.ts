import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { intlLocale, periodDueDate, periodLabel, periodOfDate, previousPeriod } from '@ci/shared';
import { actors, initiatives } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch } from './measurement-fixtures.js';
import { csv, rowsOf, upload, workbook } from './import-fixtures.js';

describe('POST /imports: preview of a long CSV', () => {
  it('counts creates, changes and unchanged cells and reports each error with its row and field', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 10 },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 20 },
    ]);
    const file = csv([
      'indicator code;actor;period;value;numerator;denominator;category;note',
      'C1;Actor A;2025-Q1;10;;;;', // row 2: unchanged
      'C1;actor b;2025-Q1;21;;;;', // row 3: change 20 → 21 (name case-insensitive)
      'P1;Actor A;2025-Q1;;45;60;;', // row 4: create
      'D1;Actor A;kv. 1 2025;5;;;Girls;', // row 5: create, period in Swedish words
      'C1;Actor A;2025-Q2;13,5;;;;', // row 6: error, decimals (C1 has 0)
      'C1;Actor Z;2025-Q2;1;;;;', // row 7: unknown actor
      'M1;Actor A;2025-Q2;1;;;;', // row 8: frequency
      'X1;Actor A;2025-Q2;1;;;;', // row 9: archived
      'C1;Actor A;2025-Q9;1;;;;', // row 10: bad period
      'C1;Actor B;2025-Q3;4;;;;', // row 11: create
      'C1;Actor B;2025-Q3;5;;;;', // row 12: duplicate of row 11
      ';;;;;;;', // row 13: empty, skipped
    ]);
    const res = await upload(f, 'backbone', { name: 'values.csv', content: file });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ready', shape: 'long', fileName: 'values.csv', format: 'csv', progress: 1 });
    expect(body.preview).toMatchObject({ create: 3, change: 1, unchanged: 1, errorCount: 6 });
    expect(body.preview.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [6, 'value'],
      [7, 'actor'],
      [8, 'period'],
      [9, 'indicator code'],
      [10, 'period'],
      [12, 'value'],
    ]);
    expect(body.preview.errors[0].message).toBe('Too many decimals: this indicator allows 0');
    expect(body.preview.errors[1].message).toBe('Unknown organisation “Actor Z”');
    expect(body.preview.errors[5].message).toBe('The same value is also in row 11');
    expect(body.unmatched).toEqual([{ kind: 'actor', source: 'Actor Z', count: 1, suggestions: expect.arrayContaining([expect.objectContaining({ label: 'Actor A' })]) }]);

    const changes = await rowsOf(f, 'backbone', body.id, 'change');
    expect(changes).toEqual([expect.objectContaining({ row: 3, indicatorCode: 'C1', actorName: 'Actor B', period: '2025-Q1', old: expect.objectContaining({ value: 20 }), new: expect.objectContaining({ value: 21 }) })]);
  });
});

describe('POST /imports: closed periods and names', () => {
  it('reports a row in a period locked by date or by its due date as an error at the period, and matches names without accents', async () => {
    const f = await createMeasurementFixture();
    await f.db.update(actors).set({ name: 'Föreningen Ängen' }).where(eq(actors.id, f.actorIds[1]));
    const current = periodOfDate(new Date().toISOString().slice(0, 10), 'quarter');
    const pastDue = previousPeriod(previousPeriod(current));
    await f.db.update(initiatives).set({ lockedThrough: '2024-Q4', autoLock: true, reportingDeadlineDays: 30 }).where(eq(initiatives.id, f.initiativeId));
    const file = csv([
      'indicator code;actor;period;value',
      'C1;Actor A;2024-Q4;3', // row 2: locked through 2024-Q4
      `C1;Actor A;${pastDue};4`, // row 3: past its due date, locked automatically
      `C1;foreningen angen;${current};5`, // row 4: open; the name without accents or capitals
    ]);
    const body = (await upload(f, 'backbone', { name: 'late.csv', content: file })).json();
    expect(body.preview).toMatchObject({ create: 1, change: 0, unchanged: 0, errorCount: 2 });
    expect(body.preview.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'period'],
      [3, 'period'],
    ]);
    // Periods and days in the reader's words, not as keys.
    expect(body.preview.errors[0].message).toBe('Period Q4 2024 is locked: the initiative is closed through Q4 2024');
    const due = new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${periodDueDate(pastDue, 30)}T00:00:00Z`));
    expect(body.preview.errors[1].message).toBe(`Period ${periodLabel(pastDue, 'en')} is locked: its due date ${due} has passed`);
    const swedish = (await upload(f, 'backbone', { name: 'sen.csv', content: file }, { lang: 'sv' })).json();
    expect(swedish.preview.errors[0].message).toBe('Perioden kv.\u00a04 2024 är stängd: initiativet är stängt till och med kv.\u00a04 2024');
    expect(swedish.preview.errors[1].message).not.toMatch(/\d{4}-(Q\d|\d{2}-\d{2})/);
    expect(body.unmatched).toEqual([]);
    const created = await rowsOf(f, 'backbone', body.id, 'create');
    expect(created).toEqual([expect.objectContaining({ row: 4, actorName: 'Föreningen Ängen', period: current })]);
  });
});

describe('POST /imports: other shapes and mapping', () => {
  it('reads a wide XLSX with indicators as rows, parts on their own rows, and the whole area as a column', async () => {
    const f = await createMeasurementFixture();
    const file = await workbook([
      ['Indikatorkod', 'Indikator', 'Kategori', 'Del', 'Period', 'Actor A', 'Actor B', 'Hela området'],
      ['C1', 'Young people in work', null, null, '2025-Q1', 3, 4, null], // row 2: two creates
      ['P1', 'Share', null, 'Täljare', '2025-Q1', 9, null, null], // row 3: numerator of A
      ['P1', 'Share', null, 'Nämnare', '2025-Q1', 10, 5, null], // row 4: denominator of A; B lacks its numerator
      ['D1', 'Participants', 'Boys', null, '2025-Q1', 2, null, null], // row 5: a category
    ]);
    const res = await upload(f, 'admin', { name: 'wide.xlsx', content: file });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ready', shape: 'wide', preview: { create: 4, change: 0, unchanged: 0, errorCount: 1 } });
    expect(body.preview.errors).toEqual([{ row: 4, field: 'Actor B', message: 'The numerator is missing' }]);
    expect(body.columns.find((c: { header: string }) => c.header === 'Actor A')).toEqual({ header: 'Actor A', field: 'cells', target: 'Actor A' });
    const created = await rowsOf(f, 'admin', body.id, 'create');
    expect(created.map((r) => [r.row, r.indicatorCode, r.actorName, r.categoryName, r.new.value, r.new.numerator, r.new.denominator])).toEqual([
      [2, 'C1', 'Actor A', null, 3, null, null],
      [2, 'C1', 'Actor B', null, 4, null, null],
      [3, 'P1', 'Actor A', null, null, 9, 10],
      [5, 'D1', 'Actor A', 'Boys', 2, null, null],
    ]);
  });

  it('reads the transpose (actors as rows, indicators as columns) with population-level values on the whole-area row', async () => {
    const f = await createMeasurementFixture();
    const file = csv(
      ['Actor,Period,C1 Young people in work,P1 (numerator),P1 (denominator),D1 – Girls', 'Actor A,2025-Q1,7,"13,0",20,3', 'Actor B,2025-Q1,,,,1'],
      false,
    );
    const res = await upload(f, 'backbone', { name: 'transposed.csv', content: file });
    expect(res.json()).toMatchObject({ shape: 'wide', preview: { create: 4, errorCount: 0 } });
    const created = await rowsOf(f, 'backbone', res.json().id, 'create');
    expect(created.map((r) => [r.indicatorCode, r.actorName, r.categoryName, r.new.value ?? `${r.new.numerator}/${r.new.denominator}`])).toEqual([
      ['C1', 'Actor A', null, 7],
      ['P1', 'Actor A', null, '13/20'],
      ['D1', 'Actor A', 'Girls', 3],
      ['D1', 'Actor B', 'Girls', 1],
    ]);
  });

  it('maps unknown column headers and organisation names, remembers them, and applies them to the next file', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const file = csv(['Kod;Organisation;Kvartal;Antal', 'C1;Föreningen Å;2025-Q1;5', 'C1;Föreningen Å;2025-Q2;6']);
    const first = (await upload(f, 'backbone', { name: 'own.csv', content: file })).json();
    // "Kvartal" and "Antal" are not our words: without a value column nothing is read yet.
    expect(first.unmatched.map((u: { kind: string; source: string }) => [u.kind, u.source])).toEqual([
      ['column', 'Kvartal'],
      ['column', 'Antal'],
    ]);
    const mapped = await f.app.inject({
      method: 'PUT',
      url: f.url(`/imports/${first.id}/mapping`),
      headers: f.auth('backbone'),
      payload: { columns: { Kvartal: 'period', Antal: 'value' }, actors: {}, indicators: {} },
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json().preview).toMatchObject({ create: 0, errorCount: 2 });
    expect(mapped.json().unmatched).toEqual([{ kind: 'actor', source: 'Föreningen Å', count: 2, suggestions: expect.any(Array) }]);
    const named = await f.app.inject({
      method: 'PUT',
      url: f.url(`/imports/${first.id}/mapping`),
      headers: f.auth('backbone'),
      payload: { actors: { 'Föreningen Å': a } },
    });
    expect(named.json().preview).toMatchObject({ create: 2, errorCount: 0 });
    expect(named.json().mapping).toEqual({ columns: { Kvartal: 'period', Antal: 'value' }, actors: { 'Föreningen Å': a }, indicators: {} });

    // Next time, the same names in another case and without accents are understood at once.
    const again = csv(['KOD;organisation;kvartal;antal', 'C1;foreningen a;2025-Q3;7']);
    const next = (await upload(f, 'backbone', { name: 'own-2.csv', content: again })).json();
    expect(next.preview).toMatchObject({ create: 1, errorCount: 0 });
    expect(next.unmatched).toEqual([]);
  });

  it('answers 413 for a file over the limit and 400 for a file that is neither CSV nor XLSX', async () => {
    const f = await createMeasurementFixture();
    const big = await upload(f, 'backbone', { name: 'big.csv', content: Buffer.alloc(50 * 1024 * 1024 + 10, 'a') });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const pdf = await upload(f, 'backbone', { name: 'values.pdf', content: '%PDF', type: 'application/pdf' });
    expect(pdf.statusCode).toBe(400);
    const broken = (await upload(f, 'backbone', { name: 'broken.xlsx', content: 'not a zip' })).json();
    expect(broken).toMatchObject({ status: 'failed', failure: expect.stringContaining('could not be read as XLSX') });
  });
});
