// One headline everywhere: for every demo indicator, the overview card, the series that the slides
// draw, the public page, the XLSX export, the PDF report and a meeting pack all name the same
// latest period, value and status, and that period is complete with nothing newer complete.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { OverviewIndicator, OverviewResponse, SeriesResponse } from '@ci/shared';
import { periodLabel } from '@ci/shared';
import { REPORT_WORDS, VOCABULARIES } from '@ci/shared/i18n';
import { testApp } from '../server/test/helpers.js';
import { pdfText } from '../server/test/pdf-text.js';
import { meetings } from '../server/src/db/schema/index.js';
import { formatsFor } from '../server/src/modules/reports/reports.i18n.js';
import { DEMO_PASSWORD } from './demo.js';
import { demoInitiativeIds } from './demo-fixture.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];
let app: App;
let headers: { authorization: string };
const ids: Record<'sv' | 'da', string> = { sv: '', da: '' };

beforeAll(async () => {
  const t = await testApp();
  app = t.app;
  [ids.sv, ids.da] = await demoInitiativeIds(t.database.db);
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.test', password: DEMO_PASSWORD } });
  headers = { authorization: `Bearer ${login.json().token}` };
});

const get = (url: string) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const indicatorsOf = (o: OverviewResponse) => [...o.goals.flatMap((g) => g.indicators), ...o.indicatorsWithoutGoal];

describe.each(['sv', 'da'] as const)('the %s demo', (locale) => {
  let overview: OverviewIndicator[];
  const series = new Map<string, SeriesResponse>();

  beforeAll(async () => {
    overview = indicatorsOf((await get(`/initiatives/${ids[locale]}/overview`)).json());
    for (const i of overview) {
      // The slides of the quarterly meeting show monthly indicators by quarter.
      const frequency = i.frequency === 'month' ? 'quarter' : i.frequency;
      series.set(i.id, (await get(`/initiatives/${ids[locale]}/indicators/${i.id}/series?frequency=${frequency}`)).json());
    }
  });

  it('takes every headline from a complete period, and the slides from the same headline and status', async () => {
    expect(overview.length).toBeGreaterThanOrEqual(10);
    for (const i of overview) {
      const own = (await get(`/initiatives/${ids[locale]}/indicators/${i.id}/series`)).json() as SeriesResponse;
      const headline = own.points.find((p) => p.period === i.latest?.period);
      expect(headline?.complete, `${i.code}: headline ${i.latest?.period}`).toBe(true);
      // Nothing complete with data comes after it.
      const newer = own.points.filter((p) => i.latest && p.period > i.latest.period && p.value !== null && p.complete);
      expect(newer, i.code).toEqual([]);
      const slide = series.get(i.id)!;
      expect([slide.latest, slide.status], i.code).toEqual([i.latest, i.status]);
      expect([own.latest, own.previous, own.status], i.code).toEqual([i.latest, i.previous, i.status]);
    }
    // A preliminary figure is always newer than the headline and never complete.
    for (const i of overview.filter((o) => o.preliminary)) {
      expect(!i.latest || i.preliminary!.period > i.latest.period, i.code).toBe(true);
      expect(i.preliminary!.reported, i.code).toBeLessThanOrEqual(i.preliminary!.expected);
    }
  });

  it('puts the same headline and status in the XLSX export', async () => {
    const res = await get(`/initiatives/${ids[locale]}/reports/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const words = REPORT_WORDS[locale];
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (key: keyof typeof words.columns) => header.indexOf(words.columns[key]);
    for (const i of overview) {
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(col('code')).value === i.code)!;
      expect(row, i.code).toBeDefined();
      expect(row.getCell(col('latest_value')).value, i.code).toBe(i.latest?.value ?? null);
      // Excel cells take plain spaces where the app keeps a label together with a non-breaking one.
      expect(row.getCell(col('latest_period')).value, i.code).toBe(i.latest ? periodLabel(i.latest.period, locale).replace(/\u00a0/g, ' ') : null);
      expect(row.getCell(col('status')).value, i.code).toBe(VOCABULARIES[locale].status[i.status]);
    }
  });

  /** Each indicator's block of a PDF names its headline value, period and status. */
  async function expectPdfHeadlines(bytes: Buffer, expected: { code: string; name: string; decimals: number; latest: SeriesResponse['latest']; status: string }[]) {
    const text = (await pdfText(bytes)).all;
    const pdf = REPORT_WORDS[locale].pdf;
    const f = formatsFor(locale);
    for (const i of expected) {
      const start = text.indexOf(`${i.code} ${i.name}`);
      expect(start, i.code).toBeGreaterThanOrEqual(0);
      const block = text.slice(start, start + 1200);
      if (i.latest) {
        expect(block, i.code).toContain(`${pdf.latestValue}: ${f.number(i.latest.value, i.decimals)}`);
        expect(block, i.code).toContain(`(${f.period(i.latest.period)})`);
      }
      expect(block, i.code).toContain(`${pdf.status}: ${VOCABULARIES[locale].status[i.status as keyof typeof VOCABULARIES.sv.status]}`);
    }
  }

  it('puts the same headline and status in the PDF report', async () => {
    const report = await get(`/initiatives/${ids[locale]}/reports/report.pdf`);
    expect(report.statusCode).toBe(200);
    await expectPdfHeadlines(report.rawPayload, overview);
  });

  it('freezes in a meeting pack the headline of the series up to the meeting', async () => {
    const [held] = await (await testApp()).database.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.initiativeId, ids[locale]), eq(meetings.status, 'held')))
      .orderBy(desc(meetings.startsAt))
      .limit(1);
    const created = await app.inject({ method: 'POST', url: `/api/v1/initiatives/${ids[locale]}/meetings/${held.id}/packs`, headers, payload: {} });
    expect(created.statusCode).toBe(201);
    const { toPeriod, id } = created.json() as { toPeriod: string; id: string };
    const expected = [];
    for (const i of overview) {
      const upTo = (await get(`/initiatives/${ids[locale]}/indicators/${i.id}/series?to=${toPeriod}`)).json() as SeriesResponse;
      expected.push({ ...i, latest: upTo.latest, status: upTo.status });
    }
    const pack = await get(`/initiatives/${ids[locale]}/meetings/${held.id}/packs/${id}.pdf`);
    expect(pack.statusCode).toBe(200);
    await expectPdfHeadlines(pack.rawPayload, expected);
  });
});

describe('the public page of the demo', () => {
  it('shows the same headline and status as the overview', async () => {
    const [sv, da] = await Promise.all([get(`/public/initiatives/${ids.sv}`), get(`/public/initiatives/${ids.da}`)]);
    const open = [sv, da].find((r) => r.statusCode === 200)!;
    const publicId = open === sv ? ids.sv : ids.da;
    const overview = indicatorsOf((await get(`/initiatives/${publicId}/overview`)).json());
    for (const p of open.json().indicators as { id: string; status: string; latest: { period: string; value: number | null; suppressed: boolean } | null }[]) {
      const card = overview.find((i) => i.id === p.id)!;
      expect([p.latest?.period ?? null, p.status], card.code).toEqual([card.latest?.period ?? null, card.status]);
      if (p.latest && !p.latest.suppressed) expect(p.latest.value, card.code).toBe(card.latest!.value);
    }
  });
});
