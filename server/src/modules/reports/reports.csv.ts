// The long-format measurement CSV: one row per value, UTF-8 with BOM, for any spreadsheet.
import { stringify, type Stringifier } from 'csv-stringify';
import { MEASUREMENT_CSV_COLUMNS, type CsvSeparator } from '@ci/shared';
import type { DbOrTx } from '../../db/client.js';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import type { IndicatorRow, PeriodRange } from './reports.repository.js';
import { valuePages, type ValueRow } from './reports.values.js';
import { drained } from './reports.stream.js';

/**
 * A number as text: `semicolon` files are for Swedish and Danish Excel, which reads `1,5` as one
 * and a half and `1.5` as a date or text; no thousands separators either way.
 */
export function csvNumber(value: number | null | undefined, separator: CsvSeparator): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = String(value);
  return separator === 'semicolon' ? text.replace('.', ',') : text;
}

/**
 * Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
 * apostrophe, which spreadsheets show as plain text.
 */
export function csvText(text: string | null | undefined): string {
  if (!text) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvStringifier(separator: CsvSeparator, columns: readonly string[]): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: [...columns],
    delimiter: separator === 'semicolon' ? ';' : ',',
    record_delimiter: 'windows',
  });
}

function toRecord(indicator: IndicatorRow, row: ValueRow, separator: CsvSeparator): Record<(typeof MEASUREMENT_CSV_COLUMNS)[number], string> {
  return {
    indicator_code: csvText(indicator.code),
    indicator_name: csvText(indicator.name),
    unit: csvText(indicator.unit),
    period: row.period,
    period_start: row.periodStart,
    actor: csvText(row.actor),
    sector: row.sector ?? '',
    category: csvText(row.category),
    value: csvNumber(row.value, separator),
    numerator: csvNumber(row.numerator, separator),
    denominator: csvNumber(row.denominator, separator),
    status: row.status,
    note: csvText(row.note),
    entered_at: row.enteredAt.toISOString(),
  };
}

/** Writes every visible value of the indicators into `out` page by page, then ends it. */
export async function writeMeasurementsCsv(
  db: DbOrTx,
  access: VisibilityAccess,
  indicators: IndicatorRow[],
  range: PeriodRange,
  separator: CsvSeparator,
  out: Stringifier,
): Promise<void> {
  for (const indicator of indicators) {
    for await (const page of valuePages(db, access, indicator, range)) {
      for (const row of page) out.write(toRecord(indicator, row, separator));
      if (!(await drained(out))) return;
    }
  }
  out.end();
}
