import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { periodOfDate, previousPeriod, periodStart } from '@ci/shared';
import { actors, auditLog, goals, importRows, imports, indicators, measurements } from '../src/db/schema/index.js';
import { createMeasurementFixture, putBatch, storedMeasurements, type MeasurementFixture } from './measurement-fixtures.js';
import { commit, csv, rowsOf, upload } from './import-fixtures.js';

const LAST_QUARTER = previousPeriod(periodOfDate(new Date().toISOString().slice(0, 10), 'quarter'));

async function template(f: MeasurementFixture, role: 'backbone' | 'partner', kind: 'xlsx' | 'csv', lang = 'sv') {
  return f.app.inject({ method: 'GET', url: f.url(`/imports/template.${kind}?period=${LAST_QUARTER}&lang=${lang}`), headers: f.auth(role) });
}

async function overviewLatest(f: MeasurementFixture, indicatorId: string) {
  const res = await f.app.inject({ method: 'GET', url: f.url('/overview'), headers: f.auth('steering') });
  const all = res.json().goals.flatMap((g: { indicators: { id: string }[] }) => g.indicators) as { id: string; latest: { period: string; value: number } | null }[];
  return all.find((i) => i.id === indicatorId)?.latest ?? null;
}

describe('the template, filled in and imported (the whole flow)', () => {
  it('downloads last quarter\'s workbook, finds one error, takes the corrected file, commits, and the overview shows it; the same file again is all unchanged', async () => {
    const f = await createMeasurementFixture();
    const [goal] = await f.db.insert(goals).values({ initiativeId: f.initiativeId, title: 'Work', position: 1 }).returning();
    await f.db.update(indicators).set({ goalId: goal.id }).where(eq(indicators.id, f.count));
    expect(await overviewLatest(f, f.count)).toBeNull();
    const res = await template(f, 'backbone', 'xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`template-${LAST_QUARTER}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Värden');
    // No quarterly indicator is population-level here, so there is no "Hela området" column.
    expect(sheet.getRow(1).values).toEqual([undefined, 'Indikatorkod', 'Indikator', 'Kategori', 'Del', 'Period', 'Actor A', 'Actor B']);
    // Quarterly indicators only (C1, P1 with its two parts, D1 with its total and two categories); not the archived one.
    const lines = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 5));
    expect(lines).toEqual([
      ['C1', 'Young people in work', '', ''],
      ['P1', 'Share passing grade 9', '', 'Täljare'],
      ['P1', 'Share passing grade 9', '', 'Nämnare'],
      ['D1', 'Participants by gender', '', ''],
      ['D1', 'Participants by gender', 'Girls', ''],
      ['D1', 'Participants by gender', 'Boys', ''],
    ]);
    expect(sheet.getCell('E2').value).toBe(LAST_QUARTER);
    // Whole numbers only for C1 (0 decimals); numerators never negative.
    expect(sheet.getCell('F2').dataValidation).toMatchObject({ type: 'custom', formulae: ['AND(ISNUMBER(F2),ROUND(F2,0)=F2,TRUE)'] });
    expect(sheet.getCell('G3').dataValidation.formulae[0]).toContain('F3>=0');

    sheet.getCell('F2').value = 12.5; // a mistake: C1 counts whole people
    sheet.getCell('G2').value = 8;
    sheet.getCell('F3').value = 30;
    sheet.getCell('F4').value = 40;
    const wrong = (await upload(f, 'backbone', { name: `values-${LAST_QUARTER}.xlsx`, content: Buffer.from(await wb.xlsx.writeBuffer()) }, { lang: 'sv' })).json();
    expect(wrong.preview).toMatchObject({ create: 2, change: 0, unchanged: 0, errorCount: 1 });
    expect(wrong.preview.errors).toEqual([{ row: 2, field: 'Actor A', message: 'För många decimaler: indikatorn tillåter 0' }]);
    expect((await commit(f, 'backbone', wrong.id)).statusCode).toBe(422);

    sheet.getCell('F2').value = 12;
    const fixed = Buffer.from(await wb.xlsx.writeBuffer());
    const right = (await upload(f, 'backbone', { name: `values-${LAST_QUARTER}.xlsx`, content: fixed }, { lang: 'sv' })).json();
    expect(right.preview).toMatchObject({ create: 3, change: 0, unchanged: 0, errorCount: 0 });
    const done = await commit(f, 'backbone', right.id);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ id: right.id, created: 3, changed: 0, unchanged: 0 });

    expect(await overviewLatest(f, f.count)).toMatchObject({ period: LAST_QUARTER, value: 20 });
    const stored = await storedMeasurements(f);
    expect(stored.map((m) => [m.period, m.periodStart, m.value, m.numerator, m.denominator, m.version, m.status]).sort()).toEqual(
      [
        [LAST_QUARTER, periodStart(LAST_QUARTER), 12, null, null, 1, 'submitted'],
        [LAST_QUARTER, periodStart(LAST_QUARTER), 8, null, null, 1, 'submitted'],
        [LAST_QUARTER, periodStart(LAST_QUARTER), null, 30, 40, 1, 'submitted'],
      ].sort(),
    );
    const audit = await f.db.select().from(auditLog).where(and(eq(auditLog.initiativeId, f.initiativeId), eq(auditLog.entityType, 'measurement')));
    expect(audit).toHaveLength(3);
    const share = stored.find((m) => m.indicatorId === f.share)!;
    expect(audit.find((e) => e.entityId === share.id)).toMatchObject({
      action: 'create',
      userId: f.users.backbone.id,
      before: null,
      reason: `Import: values-${LAST_QUARTER}.xlsx`,
      after: { indicatorId: f.share, actorId: f.actorIds[0], period: LAST_QUARTER, categoryId: null, value: null, numerator: 30, denominator: 40, note: '', status: 'submitted', returnReason: null, version: 1 },
    });
    // A committed import keeps its record, not its rows.
    expect(await f.db.select().from(importRows).where(eq(importRows.importId, right.id))).toHaveLength(0);
    expect((await f.db.select().from(imports).where(eq(imports.id, right.id)))[0]).toMatchObject({ status: 'committed' });

    const again = (await upload(f, 'backbone', { name: `values-${LAST_QUARTER}.xlsx`, content: fixed })).json();
    expect(again.preview).toMatchObject({ create: 0, change: 0, unchanged: 3, errorCount: 0 });
    expect((await commit(f, 'backbone', again.id)).json()).toMatchObject({ created: 0, changed: 0, unchanged: 3 });
    expect(await f.db.select().from(auditLog).where(eq(auditLog.initiativeId, f.initiativeId))).toHaveLength(3);
   }, 120_000);

  it('gives the long CSV template in Swedish with semicolons and a BOM; a partner gets only its own organisation and what it reports', async () => {
    const f = await createMeasurementFixture();
    await f.db.update(indicators).set({ reportingFrom: '2020-01-01' }).where(eq(indicators.initiativeId, f.initiativeId));
    const res = await template(f, 'backbone', 'csv');
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(res.body, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['Indikatorkod', 'Indikator', 'Aktör', 'Period', 'Värde', 'Täljare', 'Nämnare', 'Kategori', 'Kommentar', 'Skäl till ändringen']);
    expect(rows.map((r) => [r.Indikatorkod, r.Aktör, r.Kategori])).toEqual([
      ['C1', 'Actor A', ''],
      ['C1', 'Actor B', ''],
      ['P1', 'Actor A', ''],
      ['P1', 'Actor B', ''],
      ['D1', 'Actor A', ''],
      ['D1', 'Actor B', ''],
      ['D1', 'Actor A', 'Girls'],
      ['D1', 'Actor B', 'Girls'],
      ['D1', 'Actor A', 'Boys'],
      ['D1', 'Actor B', 'Boys'],
    ]);
    const partner = parse((await template(f, 'partner', 'csv', 'en')).body, { bom: true, delimiter: ',', columns: true }) as Record<string, string>[];
    expect(new Set(partner.map((r) => r.Actor))).toEqual(new Set(['Actor A']));
    const partnerXlsx = new ExcelJS.Workbook();
    await partnerXlsx.xlsx.load((await template(f, 'partner', 'xlsx', 'en')).rawPayload as unknown as ArrayBuffer);
    expect(partnerXlsx.worksheets[0].getRow(1).values).toEqual([undefined, 'Indicator code', 'Indicator', 'Category', 'Part', 'Period', 'Actor A']);

    // The Swedish CSV, filled in with decimal commas, imports as it is.
    const filled = res.body.replace(`C1;Young people in work;Actor A;${LAST_QUARTER};;`, `C1;Young people in work;Actor A;${LAST_QUARTER};4;`).replace(
      `P1;Share passing grade 9;Actor B;${LAST_QUARTER};;;`,
      `P1;Share passing grade 9;Actor B;${LAST_QUARTER};;12,5;25`,
    );
    const preview = (await upload(f, 'backbone', { name: 'mall.csv', content: filled })).json();
    expect(preview.preview).toMatchObject({ create: 2, errorCount: 0 });
  });

  it('orders the organisations as the grid does, by the alphabet of the template language', async () => {
    const f = await createMeasurementFixture();
    await f.db.insert(actors).values(
      ['Zonen', 'Ekdalens Handelsförening', 'Örebrohuset', 'Ekdalens bibliotek'].map((name) => ({ initiativeId: f.initiativeId, name, sector: 'civil_society' as const })),
    );
    const header = async (lang: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await template(f, 'backbone', 'xlsx', lang)).rawPayload as unknown as ArrayBuffer);
      return (wb.worksheets[0].getRow(1).values as string[]).slice(6);
    };
    // Capitals do not come first; Ö is a letter after Z in Swedish, an O in English.
    expect(await header('sv')).toEqual(['Actor A', 'Actor B', 'Ekdalens bibliotek', 'Ekdalens Handelsförening', 'Zonen', 'Örebrohuset']);
    expect(await header('en')).toEqual(['Actor A', 'Actor B', 'Ekdalens bibliotek', 'Ekdalens Handelsförening', 'Örebrohuset', 'Zonen']);
    await f.db.update(indicators).set({ reportingFrom: '2020-01-01' }).where(eq(indicators.initiativeId, f.initiativeId));
    const long = parse((await template(f, 'backbone', 'csv')).body, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const csvActors = long.map((r) => r.Aktör);
    expect([...new Set(csvActors)]).toEqual(['Actor A', 'Actor B', 'Ekdalens bibliotek', 'Ekdalens Handelsförening', 'Zonen', 'Örebrohuset']);
  });
});

describe('commit', () => {
  it('answers 409 with the cells that changed since the preview, and writes nothing', async () => {
    const f = await createMeasurementFixture();
    const [a, b] = f.actorIds;
    await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1 }]);
    const file = csv(['indicator_code,actor,period,value', 'C1,Actor A,2025-Q1,2', 'C1,Actor B,2025-Q1,3'], false);
    const preview = (await upload(f, 'admin', { name: 'v.csv', content: file })).json();
    expect(preview.preview).toMatchObject({ create: 1, change: 1 });
    // Meanwhile someone changes A's value and creates B's.
    await putBatch(f, 'backbone', [
      { indicatorId: f.count, actorId: a, period: '2025-Q1', value: 5, version: 1 },
      { indicatorId: f.count, actorId: b, period: '2025-Q1', value: 6 },
    ]);
    const res = await commit(f, 'admin', preview.id);
    expect(res.statusCode).toBe(409);
    const conflicts = res.json().error.details.conflicts;
    expect(conflicts.map((c: { row: number; actorId: string; current: { value: number } }) => [c.row, c.actorId, c.current.value])).toEqual([
      [2, a, 5],
      [3, b, 6],
    ]);
    const stored = await storedMeasurements(f);
    expect(stored.map((m) => [m.value, m.version]).sort()).toEqual([[5, 2], [6, 1]]);
    expect(await f.db.select().from(auditLog).where(eq(auditLog.reason, 'Import: v.csv'))).toHaveLength(0);
  });

  it('changes an approved value only with a reason, and keeps the reason and the before/after snapshot in the audit', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const [m] = (await putBatch(f, 'backbone', [{ indicatorId: f.count, actorId: a, period: '2025-Q1', value: 1, note: 'kept' }])).json().items;
    await f.db.update(measurements).set({ status: 'approved' }).where(eq(measurements.id, m.id));
    const noReason = (await upload(f, 'backbone', { name: 'fix.csv', content: csv(['indicator_code,actor,period,value', 'C1,Actor A,2025-Q1,2'], false) })).json();
    expect(noReason.preview.errors).toEqual([{ row: 2, field: 'Reason for the change', message: 'This value is approved: give a reason for the change in the reason column' }]);
    const withReason = (
      await upload(f, 'backbone', { name: 'fix.csv', content: csv(['indicator_code,actor,period,value,reason', 'C1,Actor A,2025-Q1,2,Counted twice'], false) })
    ).json();
    expect(withReason.preview).toMatchObject({ change: 1, errorCount: 0 });
    expect((await commit(f, 'backbone', withReason.id)).json()).toMatchObject({ changed: 1 });
    const [entry] = await f.db.select().from(auditLog).where(and(eq(auditLog.entityId, m.id), eq(auditLog.action, 'update')));
    expect(entry).toMatchObject({
      reason: 'Import: fix.csv – Counted twice',
      before: { value: 1, status: 'approved', version: 1, note: 'kept' },
      after: { value: 2, status: 'submitted', version: 2, note: 'kept' },
    });
  });

  it('shows the committed values in the series', async () => {
    const f = await createMeasurementFixture();
    const file = csv(['indicator code;actor;period;value', 'C1;Actor A;2025-Q1;4', 'C1;Actor B;2025-Q1;6', 'C1;Actor A;2025-Q2;1']);
    const preview = (await upload(f, 'backbone', { name: 'q.csv', content: file })).json();
    await commit(f, 'backbone', preview.id);
    const series = (await f.app.inject({ method: 'GET', url: f.url(`/indicators/${f.count}/series?from=2025-Q1&to=2025-Q2`), headers: f.auth('partner') })).json();
    expect(series.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([
      ['2025-Q1', 10],
      ['2025-Q2', 1],
    ]);
  });
});

describe('a disaggregated figure in an import', () => {
  it('commits a total with categories that add up, and refuses (nothing written) a file that would leave them apart', async () => {
    const f = await createMeasurementFixture();
    const [a] = f.actorIds;
    const head = 'indicator code;actor;period;value;numerator;denominator;category;note';
    // Girls 3 + Boys 4 = 7: consistent.
    const good = await upload(f, 'backbone', { name: 'by-gender.csv', content: csv([head, 'D1;Actor A;2025-Q1;7;;;;', 'D1;Actor A;2025-Q1;3;;;Girls;', 'D1;Actor A;2025-Q1;4;;;Boys;']) });
    expect(good.json().preview).toMatchObject({ create: 3, errorCount: 0 });
    expect((await commit(f, 'backbone', good.json().id)).statusCode).toBe(200);

    // Only the total changes to 9: the categories would still add up to 7.
    const bad = await upload(f, 'backbone', { name: 'total-only.csv', content: csv([head, 'D1;Actor A;2025-Q1;9;;;;']) });
    expect(bad.json().preview).toMatchObject({ change: 1, errorCount: 0 });
    const refused = await commit(f, 'backbone', bad.json().id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].field).toBe('row 2');
    const stored = (await storedMeasurements(f)).filter((m) => m.indicatorId === f.disaggregated);
    expect(stored.map((m) => m.value).sort()).toEqual([3, 4, 7]);
  });
});
