// The PDF report (and meeting pack): A4, in the initiative's language, charts drawn as vectors.
import PDFDocument from 'pdfkit';
import type { ActivityStatus, IndicatorStatus, MeetingKind } from '@ci/shared';
import { ACTIVITY_STATUSES } from '@ci/shared';
import { drawProgressChart } from './reports.chart.js';
import { formatsFor, labelsFor, type Formats, type ReportLabels } from './reports.i18n.js';
import type { IndicatorSection, ReportContent } from './reports.content.js';
import {
  BOLD,
  contentWidth,
  ensureSpace,
  FONT,
  heading,
  INK,
  MARGIN,
  MUTED,
  pageNumbers,
  paragraph,
  TABLE_ROW,
  table,
  type Column,
  type Doc,
} from './reports.pdf-layout.js';

const CHART_HEIGHT = 190;

interface Ctx {
  doc: Doc;
  labels: ReportLabels;
  formats: Formats;
  content: ReportContent;
}

function withUnit(ctx: Ctx, value: number, section: IndicatorSection): string {
  const { unit, decimals } = section.indicator;
  const number = ctx.formats.number(value, decimals);
  if (!unit) return number;
  return unit === '%' && ctx.content.initiative.locale === 'en' ? `${number}%` : `${number} ${unit}`;
}

function cover(ctx: Ctx): void {
  const { doc, labels, formats, content } = ctx;
  const { initiative, range } = content;
  doc.font(FONT).fontSize(12).fillColor(MUTED).text(content.kind === 'pack' ? labels.packTitle : labels.title, MARGIN.left, 150);
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(26).fillColor(INK).text(initiative.name, { width: contentWidth(doc) });
  doc.moveDown(0.8);
  const rangeText =
    range.from || range.to
      ? `${range.from ? formats.period(range.from) : '…'} – ${range.to ? formats.period(range.to) : '…'}`
      : labels.allPeriods;
  const facts: [string, string][] = [
    [labels.area, initiative.area],
    [labels.period, rangeText],
    [labels.created, formats.date(content.generatedAt, content.timeZone)],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    doc.font(BOLD).fontSize(11).fillColor(INK).text(`${label}: `, { continued: true }).font(FONT).text(value);
  }
  if (initiative.vision.trim()) {
    doc.moveDown(2);
    heading(doc, labels.vision, 14);
    doc.moveDown(0.3);
    paragraph(doc, initiative.vision, 12);
  }
}

function indicatorBlock(ctx: Ctx, section: IndicatorSection): void {
  const { doc, labels, formats } = ctx;
  const { indicator, series } = section;
  ensureSpace(doc, CHART_HEIGHT + 80);
  heading(doc, `${indicator.code}  ${indicator.name}`, 12, 10);
  paragraph(doc, indicator.definition, 8.5, MUTED);
  doc.moveDown(0.4);
  const box = { x: MARGIN.left, y: doc.y, width: contentWidth(doc), height: CHART_HEIGHT };
  drawProgressChart(doc, box, series, indicator.unit, labels, formats);
  doc.x = MARGIN.left;
  doc.y = box.y + box.height + 6;

  const facts: string[] = [];
  facts.push(
    series.latest
      ? `${labels.latestValue}: ${withUnit(ctx, series.latest.value, section)} (${formats.period(series.latest.period)})`
      : `${labels.latestValue}: –`,
  );
  if (series.target) facts.push(`${labels.target}: ${withUnit(ctx, series.target.value, section)} (${formats.period(series.target.period)})`);
  if (series.baseline) {
    facts.push(`${labels.baseline}: ${withUnit(ctx, series.baseline.value, section)} (${formats.period(series.baseline.period)})`);
  }
  doc.font(FONT).fontSize(9.5).fillColor(INK).text(facts.join('    '), MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.font(BOLD).text(`${labels.status}: ${labels.statuses[series.status as IndicatorStatus]}`);
  doc.font(FONT).moveDown(0.5);

  if (section.latestActors && section.latestActors.rows.length > 0) {
    // The caption, the header and a few rows stay together.
    ensureSpace(doc, 20 + TABLE_ROW * (1 + Math.min(3, section.latestActors.rows.length)));
    doc.font(BOLD).fontSize(9).text(labels.byActor(formats.period(section.latestActors.period)));
    doc.moveDown(0.2);
    const percentage = indicator.measureType === 'percentage';
    const columns: Column[] = percentage
      ? [
          { label: labels.actor, width: 255 },
          { label: labels.value, width: 80, align: 'right' },
          { label: labels.numerator, width: 80, align: 'right' },
          { label: labels.denominator, width: 80, align: 'right' },
        ]
      : [
          { label: labels.actor, width: 335 },
          { label: labels.value, width: 160, align: 'right' },
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
    ensureSpace(doc, 60);
    doc.font(BOLD).fontSize(9).fillColor(INK).text(labels.narrative(formats.period(story.period)), MARGIN.left, doc.y);
    for (const [label, text] of [
      [labels.whatHappened, story.whatHappened],
      [labels.why, story.why],
      [labels.nextSteps, story.nextSteps],
    ] as const) {
      if (!text.trim()) continue;
      doc.font(BOLD).fontSize(9).text(`${label}: `, { continued: true, width: contentWidth(doc) }).font(FONT).text(text);
    }
    if (story.authorName) doc.font(FONT).fontSize(8).fillColor(MUTED).text(`– ${story.authorName}`);
    doc.moveDown(0.6);
  }
}

function activitiesSection(ctx: Ctx): void {
  const { doc, labels, content } = ctx;
  doc.addPage();
  heading(doc, labels.activities, 16, 0);
  doc.moveDown(0.4);
  const byStatus = new Map<string, typeof content.activities>();
  for (const a of content.activities) byStatus.set(a.status, [...(byStatus.get(a.status) ?? []), a]);
  table(
    doc,
    [
      { label: labels.status, width: 200 },
      { label: labels.activityCount, width: 100, align: 'right' },
    ],
    ACTIVITY_STATUSES.map((s) => [labels.activityStatuses[s], String(byStatus.get(s)?.length ?? 0)]),
  );
  for (const status of ACTIVITY_STATUSES) {
    const list = byStatus.get(status);
    if (!list?.length) continue;
    heading(doc, labels.activityStatuses[status as ActivityStatus], 11, 4);
    for (const a of list) {
      ensureSpace(doc, 14);
      const lead = a.leadActor ? ` (${a.leadActor})` : '';
      doc.font(FONT).fontSize(9).fillColor(INK).text(`•  ${a.title}${lead}`, MARGIN.left + 6, doc.y, { width: contentWidth(doc) - 6 });
    }
  }
}

function meetingsSection(ctx: Ctx): void {
  const { doc, labels, formats, content } = ctx;
  heading(doc, labels.meetings, 16, 14);
  doc.moveDown(0.4);
  if (content.meetings.length === 0) {
    paragraph(doc, labels.noMeetings, 10, MUTED);
    return;
  }
  table(
    doc,
    [
      { label: labels.date, width: 90 },
      { label: labels.meeting, width: 190 },
      { label: labels.place, width: 105 },
      { label: labels.organisations, width: 65, align: 'right' },
      { label: labels.people, width: 45, align: 'right' },
    ],
    content.meetings.map((m) => [
      formats.date(m.startsAt, m.timezone ?? content.timeZone),
      m.title || labels.meetingKinds[m.kind as MeetingKind],
      m.place,
      String(m.organisations),
      String(m.people),
    ]),
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders the report into a Buffer. Drawing yields to the event loop after each indicator so that
 * a large report does not hold up other requests.
 */
export async function renderReportPdf(content: ReportContent, onProgress?: (done: number, total: number) => void): Promise<Buffer> {
  const labels = labelsFor(content.initiative.locale);
  const formats = formatsFor(content.initiative.locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: `${content.kind === 'pack' ? labels.packTitle : labels.title}: ${content.initiative.name}`,
      Author: content.initiative.name,
      CreationDate: content.generatedAt,
      ModDate: content.generatedAt,
    },
    lang: content.initiative.locale,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const ctx: Ctx = { doc, labels, formats, content };

  cover(ctx);
  const total = content.goals.reduce((s, g) => s + g.indicators.length, 0);
  let done = 0;
  for (const goal of content.goals) {
    doc.addPage();
    const title = goal.id === null ? labels.noGoal : `${labels.goal}: ${goal.title}`;
    heading(doc, title, 18, 0);
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
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
