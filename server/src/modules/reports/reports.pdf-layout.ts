// Layout primitives of the PDF report: page geometry, headings, paragraphs, tables, page numbers.
import { promisify } from 'node:util';
import { deflate as deflateCallback } from 'node:zlib';
import type PDFDocument from 'pdfkit';

const deflate = promisify(deflateCallback);

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

type Page = Doc['page'];

/** Each page's pending operators, written out (see gatherPageContent). */
const flushes = new WeakMap<object, () => void>();

/**
 * Hands each page's content to pdfkit in one piece. pdfkit turns every drawing operator into a byte
 * array of its own as it goes (hundreds of thousands in a large report, most of the time spent
 * collecting garbage); the operators are gathered as text instead, and written with the line breaks
 * pdfkit puts between them when the next page begins or the page ends, so that the page's content
 * stream is byte for byte the same. Call before the first page is added (`autoFirstPage: false`).
 */
export function gatherPageContent(doc: Doc): void {
  let flushPrevious = () => {};
  doc.on('pageAdded', () => {
    flushPrevious();
    const page = doc.page as Page & { end(): unknown };
    const write = page.write.bind(page);
    const end = page.end.bind(page);
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      // The operators are binary strings (one byte a character), as pdfkit writes them.
      const bytes = Buffer.from(`${pending.join('\n')}\n`, 'latin1');
      pending = [];
      write(bytes);
    };
    page.write = (chunk: string | Uint8Array) => {
      if (typeof chunk !== 'string') {
        flush();
        return write(chunk);
      }
      pending.push(chunk);
    };
    page.end = () => {
      flush();
      return end();
    };
    flushPrevious = flush;
    flushes.set(page, flush);
  });
}

/** What compressPages needs of pdfkit's stream object behind a page's content. */
interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
}

/**
 * Compresses the content of every buffered page (`bufferPages: true`) at once, off the main thread,
 * before `doc.end()` writes them: pdfkit would deflate each page on the main thread as it writes it,
 * a third of a large report's drawing time. The same zlib call with the same settings, so the file
 * is byte for byte what pdfkit writes itself. Call after the last drawing, just before `doc.end()`.
 */
export async function compressPages(doc: Doc): Promise<void> {
  const pages = (doc as unknown as { _pageBuffer: (Page & { content: ContentStream })[] })._pageBuffer;
  await Promise.all(
    pages.map(async (page) => {
      flushes.get(page)?.();
      const content = page.content;
      if (!content.compress || content.buffer.length === 0) return;
      const packed = await deflate(Buffer.concat(content.buffer));
      content.buffer = [packed];
      content.compress = false;
      content.data.Filter = 'FlateDecode';
    }),
  );
}

/**
 * Remembers the width of each string in each font and size. pdfkit measures a piece of text glyph by
 * glyph and kerning pair by kerning pair every time it needs the width, two or three times for each
 * piece it places, and a report places the same names, labels and values in table after table.
 * Only plain text is remembered: spacing options or font features are measured afresh.
 */
export function rememberWidths(doc: Doc): void {
  const measure = doc.widthOfString.bind(doc);
  const state = doc as unknown as { _font: { id: string }; _fontSize: number };
  const widths = new Map<string, number>();
  doc.widthOfString = (text, options) => {
    const o = options as (PDFKit.Mixins.TextOptions & { features?: unknown; horizontalScaling?: number }) | undefined;
    if (o && (o.characterSpacing || o.features || (o.horizontalScaling && o.horizontalScaling !== 100))) return measure(text, options);
    const key = `${state._font.id} ${state._fontSize} ${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, options);
      widths.set(key, width);
    }
    return width;
  };
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

/** The text on one line, cut with an ellipsis where it is wider than the cell, and its width. */
export function fit(doc: Doc, text: string, width: number): { text: string; width: number } {
  const oneLine = text.replace(/\s+/g, ' ').trimEnd();
  const full = doc.widthOfString(oneLine);
  if (full <= width) return { text: oneLine, width: full };
  let lo = 0;
  let hi = oneLine.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${oneLine.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  const cut = `${oneLine.slice(0, lo).trimEnd()}…`;
  return { text: cut, width: doc.widthOfString(cut) };
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
      // Placed by its own measure: a single line needs none of the line wrapping pdfkit does for a width.
      const fitted = fit(doc, cell, col.width - 4);
      const left = col.align === 'right' ? x + 2 + (col.width - 4 - fitted.width) : x + 2;
      doc.text(fitted.text, left, y + 3, { lineBreak: false });
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
