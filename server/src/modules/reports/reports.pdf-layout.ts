// Layout primitives of the PDF report: page geometry, headings, paragraphs, tables, page numbers.
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export const MARGIN = { top: 56, bottom: 56, left: 50, right: 50 };
export const INK = '#222222';
export const MUTED = '#555555';
const RULE = '#bbbbbb';
export const TABLE_ROW = 14;
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

export interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

export function bottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, size: number, gapBefore = 6): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(gapBefore / 12);
  doc.font(BOLD).fontSize(size).fillColor(INK).text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.font(FONT);
}

export function paragraph(doc: Doc, text: string, size = 10, color = INK): void {
  if (!text.trim()) return;
  doc.font(FONT).fontSize(size).fillColor(color).text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
}

/** The text, cut with an ellipsis where it is wider than the cell. */
export function fit(doc: Doc, text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (doc.widthOfString(oneLine) <= width) return oneLine;
  let lo = 0;
  let hi = oneLine.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${oneLine.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${oneLine.slice(0, lo).trimEnd()}…`;
}

/** A simple table whose header repeats after a page break. */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const rowHeight = TABLE_ROW;
  const drawRow = (cells: string[], bold: boolean) => {
    let x = MARGIN.left;
    const y = doc.y;
    doc.font(bold ? BOLD : FONT).fontSize(8.5).fillColor(INK);
    cells.forEach((cell, i) => {
      const col = columns[i];
      doc.text(fit(doc, cell, col.width - 4), x + 2, y + 3, { width: col.width - 4, align: col.align ?? 'left', lineBreak: false });
      x += col.width;
    });
    const width = columns.reduce((s, c) => s + c.width, 0);
    doc.save().lineWidth(bold ? 0.8 : 0.4).strokeColor(bold ? INK : RULE).moveTo(MARGIN.left, y + rowHeight).lineTo(MARGIN.left + width, y + rowHeight).stroke().restore();
    doc.x = MARGIN.left;
    doc.y = y + rowHeight;
  };
  ensureSpace(doc, rowHeight * 2);
  drawRow(columns.map((c) => c.label), true);
  for (const row of rows) {
    if (doc.y + rowHeight > bottom(doc)) {
      doc.addPage();
      drawRow(columns.map((c) => c.label), true);
    }
    drawRow(row, false);
  }
  doc.font(FONT);
  doc.moveDown(0.6);
}

export function pageNumbers(doc: Doc): void {
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Writing inside the bottom margin would otherwise start a new page.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(MUTED).text(`${i + 1} / ${pages.count}`, MARGIN.left, doc.page.height - 34, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}
