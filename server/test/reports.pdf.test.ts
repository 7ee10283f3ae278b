import { beforeAll, describe, expect, it } from 'vitest';
import { periodLabel } from '@ci/shared';
import { VOCABULARIES } from '@ci/shared/i18n';
import { addPreliminaryValue, createReportFixture, type ReportFixture } from './report-fixtures.js';
import { pdfText } from './pdf-text.js';
import { buildReportPdf } from '../src/modules/reports/reports.service.js';

let f: ReportFixture;

beforeAll(async () => {
  f = await createReportFixture();
});

function pdf(role: Parameters<ReportFixture['auth']>[0], query = '', fixture = f) {
  return fixture.app.inject({ method: 'GET', url: fixture.url(`/reports/report.pdf${query}`), headers: fixture.auth(role) });
}

/** The text of one indicator's block: from its heading to the next indicator or the page number. */
function block(all: string, code: string): string {
  const start = all.indexOf(`${code} `);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = all.slice(start + code.length);
  const end = rest.search(/ (?:[PSH]1 [A-Z]|\d+ \/ \d+ )/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The text of a chart: from the indicator's heading to the headline facts under it. */
function chart(all: string, code: string): string {
  const text = block(all, code);
  return text.slice(0, text.search(/Latest value|Senaste värde|Seneste værdi/));
}

describe('GET /reports/report.pdf', () => {
  it('renders the cover, each goal with its indicators, figures, activities and meetings', async () => {
    const res = await pdf('steering', '?from=2024-Q1&to=2025-Q4');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('report_2024-Q1_2025-Q4.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text, all } = await pdfText(res.rawPayload);
    // Cover, two goal sections, activities and meetings.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(text[0]).toContain('Progress report');
    expect(text[0]).toContain('North District');
    expect(text[0]).toContain('Q1 2024 – Q4 2025');
    expect(text[0]).toContain('Every young person finds a way into work.');
    expect(all).toContain('Goal: Everyone completes school');
    expect(all).toContain('P1 Participants in homework clubs');
    expect(all).toContain('S1 Share passing all subjects');
    expect(all).toContain('H1 Average weekly study hours');
    // The latest period with counted values is 2024-Q4 (3 + 1 people): drafts never count.
    expect(all).toContain('Latest value: 4 people (Q4 2024)');
    expect(all).toContain('Target: 200 people (Q4 2025)');
    expect(all).toContain('Status: Off track');
    expect(all).toContain('Per organisation, Q4 2024');
    expect(all).toMatch(/Actor A 3 people/);
    expect(all).toMatch(/Latest value: 75\.0% \(Q2 2024\)/);
    expect(all).toMatch(/Actor A 75\.0% 3 4/);
    expect(all).toContain('The autumn term started late.');
    expect(all).toContain('Activities by status');
    expect(all).toContain('Homework club at the library (Actor A)');
    expect(all).toContain('Meetings held');
    expect(all).toMatch(/12 September 2024 Partner meeting September Town hall 2 5/);
    // Planned meetings are not "held".
    expect(all).not.toContain('Community centre');
    for (let i = 1; i <= pages; i++) expect(text[i - 1]).toContain(`${i} / ${pages}`);
  });

  it('draws the charts as vectors, not images', async () => {
    const res = await pdf('backbone');
    const raw = res.rawPayload.toString('latin1');
    expect(raw).not.toMatch(/\/Subtype\s*\/Image/);
    const { all } = await pdfText(res.rawPayload);
    // Axis and legend labels are text in the PDF, in the app's words.
    expect(chart(all, 'P1')).toContain('Measured value Planned path Baseline Target');
    expect(all).toContain('Q1 2024');
  });

  it("names in the legend only what the chart draws", async () => {
    const { all } = await pdfText((await pdf('backbone')).rawPayload);
    // H1 has neither baseline nor target, so neither a planned path.
    const hours = chart(all, 'H1');
    expect(hours).toContain('Measured value');
    for (const word of ['Baseline', 'Planned path', 'Target', 'Preliminary']) expect(hours).not.toContain(word);
    // The range ends before P1's target period: no target mark, so no target in the legend.
    const early = await pdfText((await pdf('backbone', '?from=2024-Q1&to=2024-Q3')).rawPayload);
    expect(chart(early.all, 'P1')).toContain('Measured value Planned path Baseline');
    expect(chart(early.all, 'P1')).not.toContain('Target');
    // One period has no line of the planned path to draw.
    const single = chart((await pdfText((await pdf('backbone', '?from=2024-Q2&to=2024-Q2')).rawPayload)).all, 'P1');
    expect(single).toContain('Measured value');
    expect(single).not.toContain('Planned path');
  });

  it('starts the axis of a count at zero, and says so when another axis does not', async () => {
    // P1's values (110 to 141) and plan (100 to 157) sit far above zero, yet it counts people.
    const { all } = await pdfText((await pdf('backbone', '?from=2024-Q1&to=2024-Q3')).rawPayload);
    const p1 = chart(all, 'P1');
    expect(p1).toMatch(/^ Participants in homework clubs 0 50 100 150 (200 )?people/);
    expect(p1).not.toContain('The axis does not start at zero');
    // A percentage between 37.5 and 75 keeps its close-up axis, with a note.
    const s1 = chart(all, 'S1');
    expect(s1).toMatch(/^ Share passing all subjects 30 /);
    expect(s1).toContain('The axis does not start at zero');
  });

  it('speaks Swedish: the app\'s period labels, status names and chart words', async () => {
    const sv = await createReportFixture({ locale: 'sv' });
    const res = await pdf('backbone', '?from=2024-Q1&to=2024-Q4', sv);
    const { all } = await pdfText(res.rawPayload);
    expect(all).toContain('Lägesrapport');
    expect(all).toContain('Period: kv. 1 2024 – kv. 4 2024');
    expect(all).toContain('Senaste värde: 4 people (kv. 4 2024)');
    expect(all).toContain('Förändring sedan kv. 3 2024: -137 people');
    expect(all).toContain('Senaste värde: 75,0 % (kv. 2 2024)');
    expect(all).toContain('Förändring sedan kv. 1 2024: +37,5 procentenheter');
    // The status words are the app's, from the shared catalogue.
    expect(VOCABULARIES.sv.status.off_track).toBe('Efter plan');
    expect(all).toContain(`Läge: ${VOCABULARIES.sv.status.off_track}`);
    expect(all).toContain('Läge: Enligt plan');
    expect(chart(all, 'P1')).toContain('Uppmätt värde Planerad väg Utgångsläge');
    expect(all).toContain('Berättelsen bakom siffrorna, kv. 4 2024');
    expect(all).toContain('Genomförda möten');
    for (const old of ['K4', 'K2 ', 'I fas', 'Målkurva', 'Utfall']) expect(all).not.toContain(old);
  });

  it('speaks Danish, and any language on request', async () => {
    const da = await createReportFixture({ locale: 'da' });
    const { all } = await pdfText((await pdf('backbone', '?from=2024-Q1&to=2024-Q4', da)).rawPayload);
    expect(all).toContain('Statusrapport');
    expect(all).toContain('Seneste værdi: 4 people (4. kvt. 2024)');
    expect(VOCABULARIES.da.status.off_track).toBe('Bagud');
    expect(all).toContain(`Status: ${VOCABULARIES.da.status.off_track}`);
    expect(chart(all, 'P1')).toContain('Målt værdi Planlagt vej Udgangspunkt');
    expect(all).not.toMatch(/K4|På sporet|Målkurve/);

    const english = await pdfText((await pdf('backbone', '?from=2024-Q1&to=2024-Q4&lang=en', da)).rawPayload);
    expect(english.all).toContain('Progress report');
    expect(english.all).toContain('Latest value: 4 people (Q4 2024)');
    expect(english.all).toContain('Status: Off track');
    expect(english.all).not.toContain('Statusrapport');
    const swedish = await pdfText((await pdf('backbone', '?lang=sv', f)).rawPayload);
    expect(swedish.all).toContain('Lägesrapport');
    expect((await pdf('backbone', '?lang=no', da)).statusCode).toBe(400);
  });

  it('shows a preliminary period as such, with how many have reported, never as the headline', async () => {
    const g = await createReportFixture({ locale: 'sv' });
    const current = await addPreliminaryValue(g);
    const label = periodLabel(current, 'sv').replace(/\u00a0/g, ' ');
    const { all } = await pdfText((await pdf('backbone', '', g)).rawPayload);
    const p1 = block(all, 'P1');
    expect(chart(all, 'P1')).toContain('Preliminärt (1 av 2 har rapporterat)');
    expect(p1).toContain(`Preliminärt, ${label}: 80 people (1 av 2 har rapporterat)`);
    // The headline, its status and the per-organisation table stay on the latest complete period.
    expect(p1).toContain('Senaste värde: 4 people (kv. 4 2024)');
    expect(p1).toContain('Läge: Efter plan');
    expect(p1).toContain('Per organisation, kv. 4 2024');
    expect(p1).not.toContain(`Per organisation, ${label}`);
    // Other indicators have nothing preliminary.
    expect(chart(all, 'S1')).not.toContain('Preliminärt');
  });

  it('limits the report to chosen goals', async () => {
    const res = await pdf('backbone', `?goalIds=${f.goalIds.work}`);
    expect(res.statusCode).toBe(200);
    const { all } = await pdfText(res.rawPayload);
    expect(all).toContain('S1 Share passing all subjects');
    expect(all).not.toContain('P1 Participants');
    const unknown = await pdf('backbone', `?goalIds=${f.goalIds.work},00000000-0000-4000-8000-000000000000`);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details[0].field).toBe('querystring.goalIds');
    const malformed = await pdf('backbone', '?goalIds=abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toMatch(/^querystring\.goalIds/);
  });

  it('is open to every member, partners included, and to nobody else', async () => {
    expect((await pdf('partner')).statusCode).toBe(200);
    expect((await pdf('outsider')).statusCode).toBe(404);
    expect((await pdf('backbone', '?from=2025-Q1&to=2024-Q1')).statusCode).toBe(400);
  });
});

describe('report jobs', () => {
  async function waitFor(id: string, role: Parameters<ReportFixture['auth']>[0] = 'steering') {
    for (let i = 0; i < 200; i++) {
      const res = await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}`), headers: f.auth(role) });
      expect(res.statusCode).toBe(200);
      const job = res.json();
      expect(job.progress).toBeGreaterThanOrEqual(0);
      expect(job.progress).toBeLessThanOrEqual(1);
      if (job.status !== 'queued' && job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the job did not finish');
  }

  it('generates a PDF in the background with progress, for the requester only', async () => {
    const start = await f.app.inject({
      method: 'POST',
      url: f.url('/reports/jobs'),
      headers: f.auth('steering'),
      payload: { kind: 'pdf', from: '2024-Q1', to: '2024-Q4' },
    });
    expect(start.statusCode).toBe(202);
    const { id } = start.json();
    const job = await waitFor(id);
    expect(job).toMatchObject({ id, kind: 'pdf', status: 'done', progress: 1, error: null });
    expect(job.fileName).toMatch(/report_2024-Q1_2024-Q4\.pdf$/);
    expect(new Date(job.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const file = await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}/file`), headers: f.auth('steering') });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect((await pdfText(file.rawPayload)).all).toContain('P1 Participants in homework clubs');
    // Someone else's job does not exist for them.
    expect((await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}`), headers: f.auth('backbone') })).statusCode).toBe(404);
    expect((await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${id}/file`), headers: f.auth('backbone') })).statusCode).toBe(404);
  });

  it('generates an XLSX workbook, and reports a failure', async () => {
    const start = await f.app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: f.auth('partner'), payload: { kind: 'xlsx' } });
    expect(start.statusCode).toBe(202);
    const job = await waitFor(start.json().id, 'partner');
    expect(job.status).toBe('done');
    const file = await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${job.id}/file`), headers: f.auth('partner') });
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const failing = await f.app.inject({
      method: 'POST',
      url: f.url('/reports/jobs'),
      headers: f.auth('steering'),
      payload: { kind: 'pdf', goalIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    const failed = await waitFor(failing.json().id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe('Some goals are not goals of this initiative');
    const file2 = await f.app.inject({ method: 'GET', url: f.url(`/reports/jobs/${failed.id}/file`), headers: f.auth('steering') });
    expect(file2.statusCode).toBe(422);
  });

  it('advances the progress per indicator, loading and then drawing', async () => {
    const shares: number[] = [];
    await buildReportPdf({ db: f.db, dbDriver: f.app.dbDriver }, f.initiativeId, { range: {}, goalIdsField: 'goalIds', onProgress: (share) => shares.push(share) });
    // Three indicators: three steps while loading their figures, three while drawing them.
    expect(shares).toHaveLength(6);
    expect(shares[2]).toBeCloseTo(0.5, 10);
    expect(shares[5]).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]);
  });

  it('validates the job request', async () => {
    const bad = await f.app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: f.auth('steering'), payload: { kind: 'docx' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.kind');
    const outsider = await f.app.inject({ method: 'POST', url: f.url('/reports/jobs'), headers: f.auth('outsider'), payload: { kind: 'pdf' } });
    expect(outsider.statusCode).toBe(404);
    const missing = await f.app.inject({
      method: 'GET',
      url: f.url('/reports/jobs/00000000-0000-4000-8000-000000000000'),
      headers: f.auth('steering'),
    });
    expect(missing.statusCode).toBe(404);
  });
});
