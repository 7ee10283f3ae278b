// The Values sheet of the XLSX export: its hundreds of thousands of rows are the export's hot path,
// so each row's XML is built straight from the database's text (numbers and dates already as the
// spreadsheet's numbers, labels looked up once per distinct key) and written a batch at a time.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { enumLabel } from '@ci/shared/i18n';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import type { ExportSnapshot } from './reports.snapshot.js';
import { drained } from './reports.stream.js';
import { cellPeriod, type Words } from './reports.i18n.js';
import { disaggregatedIndicators, exportValues, memo, V } from './reports.values.js';
import { decimalsFormat, VALUE_COLUMNS } from './reports.xlsx-columns.js';
import { SheetRowsXml } from './reports.xlsx-rows.js';
import type { Sheet, WorkbookData } from './reports.xlsx.js';

/**
 * The zip's compression: the fastest level. Spreadsheet XML compresses well at any level, and at
 * the default level the compression alone takes longer than writing the rows.
 */
export const ZIP = { zlib: { level: 1 } };

/** Bytes of a sheet that may wait for the compressor before the writer waits too. */
const ZIP_BACKLOG = 1024 * 1024;

// exceljs's own copy of readable-stream has no writableLength/readableLength getters: the states are read directly.
type Buffered = { _writableState?: { length: number }; _readableState?: { length: number }; destroyed?: boolean };

/**
 * exceljs hands each 64 kB of a sheet to the zip without waiting for the compressor (its sheet
 * stream ignores back-pressure), so a producer faster than deflate would pile the whole sheet up in
 * memory. This waits while more than ZIP_BACKLOG bytes are queued in front of the compressor, and
 * then while `out` is full; false when `out` has closed (the client is gone).
 */
async function caughtUp(sheet: Sheet['sheet'], out: Writable): Promise<boolean> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Buffered[] } }).stream?.pipes ?? [];
  const backlog = () => pipes.reduce((n, p) => n + (p.destroyed ? 0 : (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0)), 0);
  while (backlog() > ZIP_BACKLOG) {
    if (out.destroyed) return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return drained(out);
}

const at = Object.fromEntries(VALUE_COLUMNS.map((c, i) => [c.key, i])) as Record<(typeof VALUE_COLUMNS)[number]['key'], number>;
const formatOf = (key: (typeof VALUE_COLUMNS)[number]['key']) => VALUE_COLUMNS[at[key]].numFmt;

export async function writeValues(
  snapshot: ExportSnapshot,
  access: VisibilityAccess,
  data: WorkbookData,
  { sheet }: Sheet,
  out: Writable,
  words: Words,
  onProgress?: (done: number, total: number) => void,
): Promise<boolean> {
  const { vocabulary: v, report } = words;
  const period = memo((key: string) => cellPeriod(key, data.locale));
  const sector = memo((key: string | null) => enumLabel(v.sectors, key));
  const status = memo((key: string) => enumLabel(v.measurementStatus, key));
  const disaggregated = await disaggregatedIndicators(snapshot.db, data.indicators);
  // The header is row 1, written and committed by exceljs.
  const xml = new SheetRowsXml(sheet, VALUE_COLUMNS.length, 2);
  const { String: TEXT, Number: NUMBER, Null: NULL } = ExcelJS.ValueType;
  // Style ids as exceljs gives them: a column's number format, or the value's own for the value column.
  const text = xml.style(undefined, TEXT);
  const none = xml.style(undefined, NULL);
  const numberStyle = (key: (typeof VALUE_COLUMNS)[number]['key']) => [xml.style(formatOf(key), NUMBER), xml.style(formatOf(key), NULL)];
  const [start, startNull] = numberStyle('period_start');
  const [numerator, numeratorNull] = numberStyle('numerator');
  const [denominator, denominatorNull] = numberStyle('denominator');
  const [entered, enteredNull] = numberStyle('entered_at');
  const own = data.indicators.map((i) => {
    const fmt = decimalsFormat(i.decimals);
    return { ...i, value: xml.style(fmt, NUMBER), valueNull: xml.style(fmt, NULL), total: disaggregated.has(i.id) ? report.total : null };
  });
  let current = 0;
  for await (const rows of exportValues(snapshot, access, data.indicators, data.range, 'excel')) {
    for (const r of rows) {
      const n = Number(r[V.indicator]);
      if (n !== current) {
        onProgress?.(n - 1, own.length);
        current = n;
      }
      const indicator = own[n - 1];
      const category = r[V.category];
      // An empty actor, category or number is no cell at all (undefined); other empty texts are empty cells.
      xml.start();
      xml.text(at.indicator_code, indicator.code, text, none);
      xml.text(at.indicator_name, indicator.name, text, none);
      xml.text(at.unit, indicator.unit, text, none);
      xml.text(at.period, period(r[V.period] as string), text, none);
      xml.numberText(at.period_start, r[V.periodStart], start, startNull);
      xml.text(at.actor, r[V.actor] ?? undefined, text, none);
      xml.text(at.sector, sector(r[V.sector]), text, none);
      xml.text(at.category, category === null ? (indicator.total ?? undefined) : category, text, none);
      xml.numberText(at.value, r[V.value], indicator.value, indicator.valueNull);
      xml.numberText(at.numerator, r[V.numerator] ?? undefined, numerator, numeratorNull);
      xml.numberText(at.denominator, r[V.denominator] ?? undefined, denominator, denominatorNull);
      xml.text(at.status, status(r[V.status] as string), text, none);
      xml.text(at.note, r[V.note], text, none);
      xml.numberText(at.entered_at, r[V.enteredAt], entered, enteredNull);
      xml.end();
    }
    xml.flush();
    if (!(await caughtUp(sheet, out))) return false;
  }
  onProgress?.(own.length, own.length);
  return true;
}
