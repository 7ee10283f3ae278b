// Drawing primitives of the progress chart: lines and markers, many of one style in one path.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export function marker(doc: Doc, shape: 'circle' | 'square' | 'triangle', x: number, y: number, color: string, filled: boolean) {
  doc.save().undash().lineWidth(1.2);
  if (shape === 'circle') doc.circle(x, y, filled ? 2.8 : 3.2);
  else if (shape === 'square') doc.rect(x - 3, y - 3, 6, 6);
  else doc.polygon([x, y - 4.5], [x + 4.2, y + 3], [x - 4.2, y + 3]);
  if (filled) doc.fillColor(color).strokeColor(color).fillAndStroke();
  else doc.fillColor('#ffffff').strokeColor(color).fillAndStroke();
  doc.restore();
}

export function line(doc: Doc, color: string, width: number, dash: [number, number] | null, from: [number, number], to: [number, number]) {
  polylines(doc, color, width, dash, [[from, to]]);
}

export type Point = [number, number];

/** Several lines of one style as one path: a chart of many periods draws in a handful of operations. */
export function polylines(doc: Doc, color: string, width: number, dash: [number, number] | null, runs: Point[][]) {
  const drawn = runs.filter((r) => r.length > 1);
  if (drawn.length === 0) return;
  doc.save().lineWidth(width).strokeColor(color);
  if (dash) doc.dash(dash[0], { space: dash[1] });
  else doc.undash();
  for (const run of drawn) {
    doc.moveTo(run[0][0], run[0][1]);
    for (const [x, y] of run.slice(1)) doc.lineTo(x, y);
  }
  doc.stroke().restore();
}

/** Markers of one kind as one path. */
export function markers(doc: Doc, shape: 'circle' | 'triangle', at: Point[], color: string, filled: boolean) {
  if (at.length === 0) return;
  doc.save().undash().lineWidth(1.2);
  for (const [x, y] of at) {
    if (shape === 'circle') doc.circle(x, y, filled ? 2.8 : 3.2);
    else doc.polygon([x, y - 4.5], [x + 4.2, y + 3], [x - 4.2, y + 3]);
  }
  doc.fillColor(filled ? color : '#ffffff').strokeColor(color).fillAndStroke();
  doc.restore();
}

/**
 * The runs of consecutive segments between periods i - 1 and i that are drawn (`style` not null),
 * split where the style changes.
 */
export function runsOf<S>(count: number, style: (i: number) => S | null, at: (i: number) => Point): { style: S; run: Point[] }[] {
  const out: { style: S; run: Point[] }[] = [];
  let current: { style: S; run: Point[] } | null = null;
  for (let i = 1; i < count; i++) {
    const s = style(i);
    if (s === null) {
      current = null;
      continue;
    }
    if (!current || current.style !== s) {
      current = { style: s, run: [at(i - 1)] };
      out.push(current);
    }
    current.run.push(at(i));
  }
  return out;
}
