// The progress chart of one indicator as vector graphics: axes, measured values, baseline, target and
// planned path. Each line differs by pattern and marker shape too, so it reads in black and white;
// preliminary (incomplete) periods are hollow points on a dashed line. The legend names only what is
// drawn, and an axis of values that does not start at zero says so.
import type PDFDocument from 'pdfkit';
import { fill, type SeriesPoint, type SeriesResponse } from '@ci/shared';
import type { Formats, Words } from './reports.i18n.js';
import { FONT } from './reports.pdf-layout.js';
import { line, marker, markers, polylines, runsOf, type Point } from './reports.chart-paths.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INK = '#222222';
const MUTED = '#555555';
const GRID = '#d9d9d9';
const ACTUAL = '#1f4e79';
const TRAJECTORY = '#555555';
const BASELINE = '#777777';
const TARGET = '#a4262c';
const LEGEND_ROW = 11;
const LEGEND_FONT = 7.5;
const AXIS_LABEL_WIDTH = 48;
const X_LABEL_HEIGHT = 14;

/** Tick values for an axis from min to max: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // The last tick is the first at or above max, so that every value lies inside the axis.
  for (let v = first; ticks.length < 2 || ticks[ticks.length - 1] < max - step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * The value axis. A count (a number indicator that is never negative) always starts at zero, so a
 * bar of growth is never exaggerated; other figures start at zero unless their data sit far above
 * it, in which case the chart says that the axis does not start at zero.
 */
export function valueAxis(values: number[], measureType: string): number[] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo >= 0 && (measureType === 'number' || lo < hi * 0.5)) return niceTicks(0, hi > 0 ? hi : 1);
  return niceTicks(lo, hi);
}

function tickDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)));
}

const PRELIMINARY_DASH: [number, number] = [2.5, 2];
const TRAJECTORY_DASH: [number, number] = [5, 3];
const BASELINE_DASH: [number, number] = [1.5, 2.5];

interface LegendItem {
  label: string;
  draw: (x: number, y: number) => void;
}

/** The legend's items in rows that fit the width. */
function legendRows(doc: Doc, items: LegendItem[], width: number): LegendItem[][] {
  doc.font(FONT).fontSize(LEGEND_FONT);
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = 34 + doc.widthOfString(item.label);
    if (used + w > width && rows[rows.length - 1].length > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(item);
    used += w;
  }
  return items.length === 0 ? [] : rows;
}

function legendItems(doc: Doc, points: SeriesPoint[], series: SeriesResponse, words: Words): LegendItem[] {
  const w = words.vocabulary.series;
  const items: LegendItem[] = [];
  if (points.some((p) => p.value !== null && p.complete)) {
    items.push({
      label: w.value,
      draw: (x, y) => {
        line(doc, ACTUAL, 2, null, [x, y], [x + 20, y]);
        marker(doc, 'circle', x + 10, y, ACTUAL, true);
      },
    });
  }
  const newestPreliminary = points.filter((p) => p.value !== null && !p.complete).at(-1);
  if (newestPreliminary) {
    const { reported, expected } = newestPreliminary;
    const label = reported !== undefined && expected !== undefined ? fill(w.preliminaryCount, { reported, expected }) : w.preliminary;
    items.push({
      label,
      draw: (x, y) => {
        line(doc, ACTUAL, 1.4, PRELIMINARY_DASH, [x, y], [x + 20, y]);
        marker(doc, 'circle', x + 10, y, ACTUAL, false);
      },
    });
  }
  // The planned path is drawn between consecutive periods, so a single period has none.
  if (points.some((p, i) => i > 0 && p.trajectory !== undefined && points[i - 1].trajectory !== undefined)) {
    items.push({ label: w.trajectory, draw: (x, y) => line(doc, TRAJECTORY, 1.2, TRAJECTORY_DASH, [x, y], [x + 20, y]) });
  }
  if (series.baseline) {
    items.push({
      label: w.baseline,
      draw: (x, y) => {
        line(doc, BASELINE, 1, BASELINE_DASH, [x, y], [x + 20, y]);
        marker(doc, 'square', x + 10, y, BASELINE, false);
      },
    });
  }
  if (points.some((p) => p.target !== undefined)) {
    items.push({ label: w.target, draw: (x, y) => marker(doc, 'triangle', x + 10, y, TARGET, true) });
  }
  return items;
}

/** Draws the chart inside the box; the caller makes sure the box fits on the page. */
export function drawProgressChart(
  doc: Doc,
  box: ChartBox,
  series: SeriesResponse,
  indicator: { unit: string; measureType: string },
  words: Words,
  formats: Formats,
): void {
  const points = series.points;
  const legend = legendRows(doc, legendItems(doc, points, series, words), box.width - AXIS_LABEL_WIDTH);
  const legendHeight = legend.length * LEGEND_ROW + 5;
  const plot = {
    x: box.x + AXIS_LABEL_WIDTH,
    y: box.y + 16,
    width: box.width - AXIS_LABEL_WIDTH - 8,
    height: box.height - legendHeight - X_LABEL_HEIGHT - 20,
  };
  const values: number[] = [];
  for (const p of points) {
    if (p.value !== null) values.push(p.value);
    if (p.target !== undefined) values.push(p.target);
    if (p.trajectory !== undefined) values.push(p.trajectory);
  }
  if (series.baseline) values.push(series.baseline.value);
  const ticks = valueAxis(values, indicator.measureType);
  const yMin = ticks[0];
  const yMax = ticks[ticks.length - 1];
  const yOf = (v: number) => plot.y + plot.height - ((v - yMin) / (yMax - yMin || 1)) * plot.height;
  const step = points.length > 1 ? plot.width / (points.length - 1) : 0;
  const xOf = (i: number) => (points.length > 1 ? plot.x + i * step : plot.x + plot.width / 2);
  const indexOf = new Map(points.map((p, i) => [p.period, i]));

  // Grid and y axis labels.
  const tickDigits = tickDecimals(ticks);
  polylines(
    doc,
    GRID,
    0.5,
    null,
    ticks.map((t): Point[] => [[plot.x, yOf(t)], [plot.x + plot.width, yOf(t)]]),
  );
  doc.font(FONT).fontSize(7).fillColor(INK);
  for (const t of ticks) {
    doc.text(formats.number(t, tickDigits), box.x, yOf(t) - 3.5, { width: AXIS_LABEL_WIDTH - 6, align: 'right', lineBreak: false });
  }
  if (indicator.unit) doc.fontSize(7).fillColor(INK).text(indicator.unit, box.x, box.y, { width: AXIS_LABEL_WIDTH - 6, align: 'right', lineBreak: false });
  // Axes; an axis that starts above zero gets a break mark at its foot and a note.
  doc.save().lineWidth(0.8).strokeColor(INK);
  doc.moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
  doc.restore();
  if (yMin > 0) {
    const foot = plot.y + plot.height;
    doc.save().lineWidth(0.8).strokeColor(INK);
    doc.moveTo(plot.x - 4, foot - 7).lineTo(plot.x + 4, foot - 10).moveTo(plot.x - 4, foot - 4).lineTo(plot.x + 4, foot - 7).stroke();
    doc.restore();
    doc.fontSize(7).fillColor(MUTED).text(words.report.pdf.axisNotFromZero, plot.x, box.y, { width: plot.width, align: 'right', lineBreak: false });
  }
  // X labels: as many as fit side by side, and always the newest period's.
  doc.font(FONT).fontSize(7);
  const periodLabels = points.map((p) => formats.period(p.period));
  const labelWidth = Math.max(0, ...periodLabels.map((l) => doc.widthOfString(l))) + 6;
  const every = step > 0 ? Math.max(1, Math.ceil(labelWidth / step)) : 1;
  const shown = points.map((_, i) => i).filter((i) => i % every === 0);
  const last = points.length - 1;
  if (last > 0 && shown[shown.length - 1] !== last) {
    if (last - shown[shown.length - 1] < every && shown.length > 1) shown.pop();
    shown.push(last);
  }
  polylines(
    doc,
    INK,
    0.8,
    null,
    shown.map((i): Point[] => [[xOf(i), plot.y + plot.height], [xOf(i), plot.y + plot.height + 3]]),
  );
  for (const i of shown) {
    doc.fillColor(INK).text(periodLabels[i], xOf(i) - labelWidth / 2, plot.y + plot.height + 5, { width: labelWidth, align: 'center', lineBreak: false });
  }

  // Baseline: a dotted horizontal line and a hollow square at its period.
  if (series.baseline) {
    const y = yOf(series.baseline.value);
    line(doc, BASELINE, 1, BASELINE_DASH, [plot.x, y], [plot.x + plot.width, y]);
    const bi = indexOf.get(series.baseline.period);
    if (bi !== undefined) marker(doc, 'square', xOf(bi), y, BASELINE, false);
  }
  // Planned path: dashed, between consecutive periods that have one.
  const planned = runsOf(
    points.length,
    (i) => (points[i].trajectory !== undefined && points[i - 1].trajectory !== undefined ? 'planned' : null),
    (i) => [xOf(i), yOf(points[i].trajectory!)],
  );
  polylines(doc, TRAJECTORY, 1.2, TRAJECTORY_DASH, planned.map((r) => r.run));
  // Measured values: a solid line between complete periods, dashed into a preliminary one, broken
  // where a period has no value; filled circles for complete periods, hollow for preliminary ones.
  const measured = runsOf(
    points.length,
    (i) => (points[i].value === null || points[i - 1].value === null ? null : points[i].complete && points[i - 1].complete ? 'firm' : 'preliminary'),
    (i) => [xOf(i), yOf(points[i].value!)],
  );
  polylines(doc, ACTUAL, 2, null, measured.filter((r) => r.style === 'firm').map((r) => r.run));
  polylines(doc, ACTUAL, 1.4, PRELIMINARY_DASH, measured.filter((r) => r.style === 'preliminary').map((r) => r.run));
  const valued = points.map((p, i) => ({ p, at: [xOf(i), p.value === null ? 0 : yOf(p.value)] as Point })).filter(({ p }) => p.value !== null);
  markers(doc, 'circle', valued.filter(({ p }) => p.complete).map(({ at }) => at), ACTUAL, true);
  markers(doc, 'circle', valued.filter(({ p }) => !p.complete).map(({ at }) => at), ACTUAL, false);
  // Targets: filled triangles.
  markers(
    doc,
    'triangle',
    points.flatMap((p, i): Point[] => (p.target === undefined ? [] : [[xOf(i), yOf(p.target)]])),
    TARGET,
    true,
  );

  // Legend.
  legend.forEach((row, r) => {
    const y = box.y + box.height - legendHeight + 4 + r * LEGEND_ROW + LEGEND_ROW / 2;
    let x = plot.x;
    for (const item of row) {
      item.draw(x, y);
      doc.font(FONT).fillColor(INK).fontSize(LEGEND_FONT).text(item.label, x + 26, y - 4, { lineBreak: false });
      x += 34 + doc.widthOfString(item.label);
    }
  });
}
