// Reads a PDF back with PDF.js (through unpdf): its pages' text, for assertions on what a reader sees.
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string[]; all: string }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(document, { mergePages: false });
  // PDF.js may split a line into pieces; single spaces make phrases searchable.
  const pages = text.map((t) => t.replace(/\s+/g, ' '));
  return { pages: totalPages, text: pages, all: pages.join(' ') };
}
