// The Values sheet of the XLSX export: its hundreds of thousands of rows are the export's hot path,
// so each row is built straight from the database's array (dates already as spreadsheet numbers,
// labels looked up once per distinct key) and committed at once.
import type { Writable } from 'node:stream';
import { enumLabel } from '@ci/shared/i18n';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import { BATCH_SIZE, type ExportSnapshot } from './reports.snapshot.js';
import { drained } from './reports.stream.js';
import { cellPeriod, type Words } from './reports.i18n.js';
import { disaggregatedIndicators, exportValues, memo, V } from './reports.values.js';
import { decimalsFormat, VALUE_COLUMNS } from './reports.xlsx-columns.js';
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

/** An empty cell is left out (undefined), not written as an empty cell (null): fewer cells to build and write. */
const cell = (value: unknown) => (value === null ? undefined : value);

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
  const own = data.indicators.map((i) => ({ ...i, fmt: decimalsFormat(i.decimals), total: disaggregated.has(i.id) ? report.total : null }));
  const valueColumn = at.value + 1;
  let written = 0;
  let current = 0;
  for await (const r of exportValues(snapshot, access, data.indicators, data.range, 'excel')) {
    const n = r[V.indicator] as number;
    if (n !== current) {
      onProgress?.(n - 1, own.length);
      current = n;
    }
    const indicator = own[n - 1];
    const cells: unknown[] = new Array(VALUE_COLUMNS.length);
    const category = r[V.category] as string | null;
    cells[at.indicator_code] = indicator.code;
    cells[at.indicator_name] = indicator.name;
    cells[at.unit] = indicator.unit;
    cells[at.period] = period(r[V.period] as string);
    cells[at.period_start] = r[V.periodStart];
    cells[at.actor] = cell(r[V.actor]);
    cells[at.sector] = sector(r[V.sector] as string | null);
    cells[at.category] = category === null && indicator.total !== null ? indicator.total : cell(category);
    cells[at.value] = cell(r[V.value]);
    cells[at.numerator] = cell(r[V.numerator]);
    cells[at.denominator] = cell(r[V.denominator]);
    cells[at.status] = status(r[V.status] as string);
    cells[at.note] = r[V.note];
    cells[at.entered_at] = r[V.enteredAt];
    const row = sheet.addRow(cells);
    row.getCell(valueColumn).numFmt = indicator.fmt;
    row.commit();
    if (++written % BATCH_SIZE === 0 && !(await caughtUp(sheet, out))) return false;
  }
  if (!(await caughtUp(sheet, out))) return false;
  onProgress?.(own.length, own.length);
  return true;
}
