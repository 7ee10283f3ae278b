// The PDF report (and meeting pack): A4, in the chosen language, charts drawn as vectors. Every word,
// period label and status comes from the catalogues the app reads (@ci/shared), made Latin-1 for
// the PDF's standard fonts; every figure from seriesForIndicator.
import { ACTIVITY_STATUSES, comparePeriods, fill, type Locale } from '@ci/shared';
import { enumLabel } from '@ci/shared/i18n';
import { drawProgressChart } from './reports.chart.js';
import { formatsFor, pdfWordsFor, type Formats, type Words } from './reports.i18n.js';
import type { IndicatorSection, ReportContent } from './reports.content.js';
import {
  BOLD,
  contentWidth,
  ensureSpace,
  FONT,
  gatherPageContent,
  heading,
  INK,
  MARGIN,
  MUTED,
  pageNumbers,
  rememberWidths,
  paragraph,
  TABLE_ROW,
  table,
  compressPages,
  type Column,
  type Doc,
} from './reports.pdf-layout.js';

const CHART_HEIGHT = 190;

interface Ctx {
  doc: Doc;
  locale: Locale;
  words: Words;
  formats: Formats;
  content: ReportContent;
}

function withUnit(ctx: Ctx, value: number, section: IndicatorSection): string {
  const { unit, decimals } = section.indicator;
  const number = ctx.formats.number(value, decimals);
  if (!unit) return number;
  return unit === '%' && ctx.locale === 'en' ? `${number}%` : `${number} ${unit}`;
}

/** The change from the previous period: signed, in percentage points for a percentage. */
function change(ctx: Ctx, section: IndicatorSection, diff: number): string {
  const { measureType, decimals } = section.indicator;
  const sign = diff > 0 ? '+' : '';
  if (measureType === 'percentage') return `${sign}${ctx.formats.number(diff, decimals)} ${ctx.words.report.pdf.percentagePoints}`;
  return `${sign}${withUnit(ctx, diff, section)}`;
}

function cover(ctx: Ctx): void {
  const { doc, formats, content } = ctx;
  const pdf = ctx.words.report.pdf;
  const { initiative, range } = content;
  doc.font(FONT).fontSize(12).fillColor(MUTED).text(content.kind === 'pack' ? pdf.packTitle : pdf.title, MARGIN.left, 150);
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(26).fillColor(INK).text(initiative.name, { width: contentWidth(doc) });
  doc.moveDown(0.8);
  const rangeText =
    range.from || range.to
      ? `${range.from ? formats.period(range.from) : '…'} – ${range.to ? formats.period(range.to) : '…'}`
      : pdf.allPeriods;
  const facts: [string, string][] = [
    [pdf.area, initiative.area],
    [pdf.period, rangeText],
    [pdf.created, formats.date(content.generatedAt, content.timeZone)],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    doc.font(BOLD).fontSize(11).fillColor(INK).text(`${label}: `, { continued: true }).font(FONT).text(value);
  }
  if (initiative.vision.trim()) {
    doc.moveDown(2);
    heading(doc, pdf.vision, 14);
    doc.moveDown(0.3);
    paragraph(doc, initiative.vision, 12);
  }
}

/** The headline (latest complete period), its change, target, baseline, status and any preliminary figure. */
function headlineFacts(ctx: Ctx, section: IndicatorSection): void {
  const { doc, formats } = ctx;
  const { pdf } = ctx.words.report;
  const words = ctx.words.vocabulary;
  const { series } = section;
  const { latest, previous } = series;
  // The headline and its change on one line, the plan on the next, so that no fact breaks in two.
  const headline = [latest ? `${pdf.latestValue}: ${withUnit(ctx, latest.value, section)} (${formats.period(latest.period)})` : `${pdf.latestValue}: –`];
  if (latest && previous && previous.value !== null) {
    headline.push(`${fill(pdf.changeSince, { period: formats.period(previous.period) })}: ${change(ctx, section, latest.value - previous.value)}`);
  }
  const plan: string[] = [];
  if (series.target) plan.push(`${words.series.target}: ${withUnit(ctx, series.target.value, section)} (${formats.period(series.target.period)})`);
  if (series.baseline) {
    plan.push(`${words.series.baseline}: ${withUnit(ctx, series.baseline.value, section)} (${formats.period(series.baseline.period)})`);
  }
  doc.font(FONT).fontSize(9.5).fillColor(INK);
  for (const facts of [headline, plan]) {
    if (facts.length > 0) doc.text(facts.join('    '), MARGIN.left, doc.y, { width: contentWidth(doc) });
  }
  doc.font(BOLD).text(`${pdf.status}: ${words.status[series.status]}`);
  // Figures newer than the headline are not final yet: shown as such, never as the headline.
  const preliminary = series.points.filter((p) => p.value !== null && !p.complete).at(-1);
  if (preliminary && preliminary.value !== null && (!latest || comparePeriods(preliminary.period, latest.period) > 0)) {
    const text = fill(pdf.preliminaryValue, {
      period: formats.period(preliminary.period),
      value: withUnit(ctx, preliminary.value, section),
      reported: preliminary.reported ?? 0,
      expected: preliminary.expected ?? 0,
    });
    doc.font(FONT).fontSize(9).fillColor(MUTED).text(text).fillColor(INK);
  }
  doc.font(FONT).moveDown(0.5);
}

function indicatorBlock(ctx: Ctx, section: IndicatorSection): void {
  const { doc, formats } = ctx;
  const { pdf } = ctx.words.report;
  const { indicator, series } = section;
  ensureSpace(doc, CHART_HEIGHT + 80);
  heading(doc, `${indicator.code}  ${indicator.name}`, 12, 10);
  paragraph(doc, indicator.definition, 8.5, MUTED);
  doc.moveDown(0.4);
  const box = { x: MARGIN.left, y: doc.y, width: contentWidth(doc), height: CHART_HEIGHT };
  drawProgressChart(doc, box, series, indicator, ctx.words, formats);
  doc.x = MARGIN.left;
  doc.y = box.y + box.height + 6;
  headlineFacts(ctx, section);

  if (section.latestActors && section.latestActors.rows.length > 0) {
    // The caption, the header and a few rows stay together.
    ensureSpace(doc, 20 + TABLE_ROW * (1 + Math.min(3, section.latestActors.rows.length)));
    doc.font(BOLD).fontSize(9).text(fill(pdf.byActor, { period: formats.period(section.latestActors.period) }));
    doc.moveDown(0.2);
    const percentage = indicator.measureType === 'percentage';
    const cols = ctx.words.report.columns;
    const columns: Column[] = percentage
      ? [
          { label: cols.actor, width: 255 },
          { label: cols.value, width: 80, align: 'right' },
          { label: cols.numerator, width: 80, align: 'right' },
          { label: cols.denominator, width: 80, align: 'right' },
        ]
      : [
          { label: cols.actor, width: 335 },
          { label: cols.value, width: 160, align: 'right' },
        ];
    const rows = section.latestActors.rows.map((r) =>
      percentage
        ? [r.actor, withUnit(ctx, r.value, section), formats.number(r.numerator ?? 0, 0), formats.number(r.denominator ?? 0, 0)]
        : [r.actor, withUnit(ctx, r.value, section)],
    );
    table(doc, columns, rows);
  }

  const story = section.narrative;
  if (story && (story.whatHappened || story.why || story.nextSteps)) {
    const words = ctx.words.vocabulary.narrative;
    ensureSpace(doc, 60);
    doc.font(BOLD).fontSize(9).fillColor(INK).text(fill(pdf.narrativeFor, { title: words.title, period: formats.period(story.period) }), MARGIN.left, doc.y);
    for (const [label, text] of [
      [words.whatHappened, story.whatHappened],
      [words.why, story.why],
      [words.nextSteps, story.nextSteps],
    ] as const) {
      if (!text.trim()) continue;
      doc.font(BOLD).fontSize(9).text(`${label}: `, { continued: true, width: contentWidth(doc) }).font(FONT).text(text);
    }
    if (story.authorName) doc.font(FONT).fontSize(8).fillColor(MUTED).text(`– ${story.authorName}`);
    doc.moveDown(0.6);
  }
}

function activitiesSection(ctx: Ctx): void {
  const { doc, content } = ctx;
  const { pdf } = ctx.words.report;
  const statusNames = ctx.words.vocabulary.activityStatus;
  doc.addPage();
  heading(doc, pdf.activities, 16, 0);
  doc.moveDown(0.4);
  const byStatus = new Map<string, typeof content.activities>();
  for (const a of content.activities) byStatus.set(a.status, [...(byStatus.get(a.status) ?? []), a]);
  table(
    doc,
    [
      { label: ctx.words.report.columns.status, width: 200 },
      { label: pdf.activityCount, width: 100, align: 'right' },
    ],
    ACTIVITY_STATUSES.map((s) => [statusNames[s], String(byStatus.get(s)?.length ?? 0)]),
  );
  for (const status of ACTIVITY_STATUSES) {
    const list = byStatus.get(status);
    if (!list?.length) continue;
    heading(doc, statusNames[status], 11, 4);
    for (const a of list) {
      ensureSpace(doc, 14);
      const lead = a.leadActor ? ` (${a.leadActor})` : '';
      doc.font(FONT).fontSize(9).fillColor(INK).text(`•  ${a.title}${lead}`, MARGIN.left + 6, doc.y, { width: contentWidth(doc) - 6 });
    }
  }
}

function meetingsSection(ctx: Ctx): void {
  const { doc, formats, content } = ctx;
  const { pdf } = ctx.words.report;
  heading(doc, pdf.meetings, 16, 14);
  doc.moveDown(0.4);
  if (content.meetings.length === 0) {
    paragraph(doc, pdf.noMeetings, 10, MUTED);
    return;
  }
  table(
    doc,
    [
      { label: pdf.date, width: 90 },
      { label: pdf.meeting, width: 190 },
      { label: pdf.place, width: 105 },
      { label: pdf.organisations, width: 65, align: 'right' },
      { label: pdf.people, width: 45, align: 'right' },
    ],
    content.meetings.map((m) => [
      formats.date(m.startsAt, m.timezone ?? content.timeZone),
      m.title || enumLabel(ctx.words.vocabulary.meetingKinds, m.kind),
      m.place,
      String(m.organisations),
      String(m.people),
    ]),
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders the report into a Buffer in the given language. Drawing yields to the event loop after
 * each indicator so that a large report does not hold up other requests.
 */
export async function renderReportPdf(
  content: ReportContent,
  locale: Locale,
  onProgress?: (done: number, total: number) => void,
): Promise<Buffer> {
  const words = pdfWordsFor(locale);
  const { pdf } = words.report;
  const formats = formatsFor(locale);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: `${content.kind === 'pack' ? pdf.packTitle : pdf.title}: ${content.initiative.name}`,
      Author: content.initiative.name,
      CreationDate: content.generatedAt,
      ModDate: content.generatedAt,
    },
    lang: locale,
    displayTitle: true,
    autoFirstPage: false,
  });
  gatherPageContent(doc);
  rememberWidths(doc);
  doc.addPage();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const ctx: Ctx = { doc, locale, words, formats, content };

  cover(ctx);
  const total = content.goals.reduce((s, g) => s + g.indicators.length, 0);
  let done = 0;
  for (const goal of content.goals) {
    doc.addPage();
    heading(doc, goal.id === null ? pdf.noGoal : fill(pdf.goal, { title: goal.title }), 18, 0);
    paragraph(doc, goal.description, 10, MUTED);
    for (const section of goal.indicators) {
      indicatorBlock(ctx, section);
      onProgress?.(++done, total);
      await nextTurn();
    }
  }
  activitiesSection(ctx);
  meetingsSection(ctx);
  pageNumbers(doc);
  await compressPages(doc);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
