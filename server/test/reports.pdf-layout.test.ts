import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { compressPages, gatherPageContent, rememberWidths } from '../src/modules/reports/reports.pdf-layout.js';
import { pdfText } from './pdf-text.js';

async function draw(compressAhead: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, autoFirstPage: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  gatherPageContent(doc);
  rememberWidths(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  for (let page = 0; page < 5; page++) {
    doc.addPage();
    for (let line = 0; line < 30; line++) doc.fontSize(9).text(`Sida ${page + 1}, rad ${line + 1}: Besök på läxhjälpen ${line * 13}`);
    doc.moveTo(50, 700).lineTo(300, 720 + page).stroke();
  }
  // Written into every page after the others, as page numbers are.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.text(`${i + 1} / ${range.count}`, 50, 780, { lineBreak: false });
  }
  if (compressAhead) await compressPages(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('PDF pages compressed ahead of writing', () => {
  it('gives the file pdfkit writes itself, byte for byte, with every page readable', async () => {
    const ahead = await draw(true);
    const own = await draw(false);
    expect(ahead.equals(own)).toBe(true);
    const read = await pdfText(ahead);
    expect(read.pages).toBe(5);
    expect(read.text[4]).toContain('Sida 5, rad 30');
    expect(read.text[4]).toContain('5 / 5');
  });
});
