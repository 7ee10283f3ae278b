// Streams the rows of a stored upload, CSV (csv-parse) or XLSX (exceljs' streaming reader), one at
// a time with their row number as a spreadsheet shows it, reporting how much of the file is read.
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import type { Cell } from './imports.text.js';

export interface RawRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: Cell[];
}

export interface CsvDialect {
  delimiter: ';' | ',' | '\t';
  /** The decimal sign numbers in the file most likely use. */
  decimal: ',' | '.';
}

/** Counts the bytes that pass, so that parse progress is the share of the file read. */
function byteCounter(total: number, onProgress: (share: number) => void) {
  let read = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      onProgress(total > 0 ? Math.min(1, read / total) : 1);
      done(null, chunk);
    },
  });
}

/**
 * The delimiter of the header line (outside quotes): `;` is what Swedish and Danish Excel write,
 * with decimal commas; `,` files use decimal points unless a number says otherwise.
 */
export async function detectCsvDialect(file: string): Promise<CsvDialect> {
  const head = await new Promise<string>((resolve, reject) => {
    const stream = fs.createReadStream(file, { start: 0, end: 64 * 1024 - 1, encoding: 'utf8' });
    let text = '';
    stream.on('data', (chunk) => (text += chunk));
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
  });
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of head.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const delimiter = counts['\t'] > counts[';'] && counts['\t'] > counts[','] ? '\t' : counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';
  return { delimiter, decimal: delimiter === ',' ? '.' : ',' };
}

export async function* readCsv(file: string, dialect: CsvDialect, onProgress: (share: number) => void): AsyncGenerator<RawRow> {
  const size = (await fs.promises.stat(file)).size;
  const parser = fs
    .createReadStream(file)
    .pipe(byteCounter(size, onProgress))
    .pipe(parse({ delimiter: dialect.delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    row++;
    yield { row, cells: record.map((c) => (c.trim() === '' ? null : c)) };
  }
}

/** A cell's value as text, number or date: formulas give their result, rich text its text. */
function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return xlsxCell((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** The rows of the workbook's first sheet (the template keeps its notes on a second one). */
export async function* readXlsx(file: string, onProgress: (share: number) => void): AsyncGenerator<RawRow> {
  const size = (await fs.promises.stat(file)).size;
  const input = fs.createReadStream(file).pipe(byteCounter(size, onProgress));
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let first = true;
  for await (const sheet of reader) {
    if (!first) {
      // Later sheets are read past, not kept: the zip is one stream.
      for await (const _row of sheet) void _row;
      continue;
    }
    first = false;
    for await (const row of sheet) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
      yield { row: row.number, cells };
    }
  }
}
