// The progress chart of one indicator as vector graphics: axes, actual values, baseline, target and
// trajectory. Each series differs by line pattern and marker shape too, so it reads in black and white.
import type PDFDocument from 'pdfkit';
import type { SeriesResponse } from '@ci/shared';
import type { Formats, ReportLabels } from './reports.i18n.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INK = '#222222';
const GRID = '#d9d9d9';
const ACTUAL = '#1f4e79';
const TRAJECTORY = '#555555';
const BASELINE = '#777777';
const TARGET = '#a4262c';
const LEGEND_HEIGHT = 16;
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

function tickDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)));
}

function marker(doc: Doc, shape: 'circle' | 'square' | 'triangle', x: number, y: number, color: string, filled: boolean) {
  doc.save().undash().lineWidth(1.2);
  if (shape === 'circle') doc.circle(x, y, 2.8);
  else if (shape === 'square') doc.rect(x - 3, y - 3, 6, 6);
  else doc.polygon([x, y - 4.5], [x + 4.2, y + 3], [x - 4.2, y + 3]);
  if (filled) doc.fillColor(color).strokeColor(color).fillAndStroke();
  else doc.fillColor('#ffffff').strokeColor(color).fillAndStroke();
  doc.restore();
}

function legendItem(doc: Doc, x: number, y: number, label: string, draw: (x: number, y: number) => void): number {
  draw(x, y);
  doc.fillColor(INK).fontSize(7.5).text(label, x + 26, y - 4, { lineBreak: false });
  return x + 34 + doc.widthOfString(label);
}

/** Draws the chart inside the box; the caller makes sure the box fits on the page. */
export function drawProgressChart(
  doc: Doc,
  box: ChartBox,
  series: SeriesResponse,
  unit: string,
  labels: ReportLabels,
  formats: Formats,
): void {
  const points = series.points;
  const plot = {
    x: box.x + AXIS_LABEL_WIDTH,
    y: box.y + 16,
    width: box.width - AXIS_LABEL_WIDTH - 8,
    height: box.height - LEGEND_HEIGHT - X_LABEL_HEIGHT - 20,
  };
  const values: number[] = [];
  for (const p of points) {
    if (p.value !== null) values.push(p.value);
    if (p.target !== undefined) values.push(p.target);
    if (p.trajectory !== undefined) values.push(p.trajectory);
  }
  if (series.baseline) values.push(series.baseline.value);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  // Counts start at zero unless the data sits far above it.
  const ticks = niceTicks(lo >= 0 && lo < hi * 0.5 ? 0 : lo, hi);
  const yMin = ticks[0];
  const yMax = ticks[ticks.length - 1];
  const yOf = (v: number) => plot.y + plot.height - ((v - yMin) / (yMax - yMin || 1)) * plot.height;
  const step = points.length > 1 ? plot.width / (points.length - 1) : 0;
  const xOf = (i: number) => (points.length > 1 ? plot.x + i * step : plot.x + plot.width / 2);
  const indexOf = new Map(points.map((p, i) => [p.period, i]));

  // Grid and y axis labels.
  const tickDigits = tickDecimals(ticks);
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const t of ticks) doc.moveTo(plot.x, yOf(t)).lineTo(plot.x + plot.width, yOf(t)).stroke();
  doc.restore();
  doc.fontSize(7).fillColor(INK);
  for (const t of ticks) {
    doc.text(formats.number(t, tickDigits), box.x, yOf(t) - 3.5, { width: AXIS_LABEL_WIDTH - 6, align: 'right', lineBreak: false });
  }
  if (unit) doc.fontSize(7).fillColor(INK).text(unit, box.x, box.y, { width: AXIS_LABEL_WIDTH - 6, align: 'right', lineBreak: false });
  // Axes.
  doc.save().lineWidth(0.8).strokeColor(INK);
  doc.moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
  doc.restore();
  // X labels, thinned so that they do not overlap.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plot.width / 44))));
  points.forEach((p, i) => {
    if (i % every !== 0 && i !== points.length - 1) return;
    if (i === points.length - 1 && i % every !== 0 && (points.length - 1) % every < every / 2) return;
    doc.save().lineWidth(0.8).strokeColor(INK).moveTo(xOf(i), plot.y + plot.height).lineTo(xOf(i), plot.y + plot.height + 3).stroke().restore();
    doc.fontSize(7).fillColor(INK).text(formats.period(p.period), xOf(i) - 22, plot.y + plot.height + 5, { width: 44, align: 'center', lineBreak: false });
  });

  // Baseline: a dotted horizontal line and a hollow square at its period.
  if (series.baseline) {
    const y = yOf(series.baseline.value);
    doc.save().lineWidth(1).strokeColor(BASELINE).dash(1.5, { space: 2.5 }).moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke().restore();
    const bi = indexOf.get(series.baseline.period);
    if (bi !== undefined) marker(doc, 'square', xOf(bi), y, BASELINE, false);
  }
  // Trajectory: dashed.
  const path = points.map((p, i) => (p.trajectory === undefined ? null : ([xOf(i), yOf(p.trajectory)] as const)));
  doc.save().lineWidth(1.2).strokeColor(TRAJECTORY).dash(5, { space: 3 });
  let drawing = false;
  for (const pt of path) {
    if (!pt) {
      drawing = false;
      continue;
    }
    if (drawing) doc.lineTo(pt[0], pt[1]);
    else doc.moveTo(pt[0], pt[1]);
    drawing = true;
  }
  if (path.some(Boolean)) doc.stroke();
  doc.restore();
  // Actual: a solid line, broken where a period has no value, with filled circles.
  doc.save().lineWidth(2).strokeColor(ACTUAL).undash();
  let open = false;
  let segments = 0;
  points.forEach((p, i) => {
    if (p.value === null) {
      open = false;
      return;
    }
    if (open) {
      doc.lineTo(xOf(i), yOf(p.value));
      segments++;
    } else doc.moveTo(xOf(i), yOf(p.value));
    open = true;
  });
  if (segments > 0) doc.stroke();
  doc.restore();
  points.forEach((p, i) => {
    if (p.value !== null) marker(doc, 'circle', xOf(i), yOf(p.value), ACTUAL, true);
  });
  // Targets: filled triangles.
  points.forEach((p, i) => {
    if (p.target !== undefined) marker(doc, 'triangle', xOf(i), yOf(p.target), TARGET, true);
  });

  // Legend.
  const ly = box.y + box.height - LEGEND_HEIGHT / 2;
  let lx = plot.x;
  lx = legendItem(doc, lx, ly, labels.actual, (x, y) => {
    doc.save().lineWidth(2).strokeColor(ACTUAL).undash().moveTo(x, y).lineTo(x + 20, y).stroke().restore();
    marker(doc, 'circle', x + 10, y, ACTUAL, true);
  });
  lx = legendItem(doc, lx, ly, labels.trajectory, (x, y) => {
    doc.save().lineWidth(1.2).strokeColor(TRAJECTORY).dash(5, { space: 3 }).moveTo(x, y).lineTo(x + 20, y).stroke().restore();
  });
  lx = legendItem(doc, lx, ly, labels.baseline, (x, y) => {
    doc.save().lineWidth(1).strokeColor(BASELINE).dash(1.5, { space: 2.5 }).moveTo(x, y).lineTo(x + 20, y).stroke().restore();
    marker(doc, 'square', x + 10, y, BASELINE, false);
  });
  legendItem(doc, lx, ly, labels.target, (x, y) => marker(doc, 'triangle', x + 10, y, TARGET, true));
}
