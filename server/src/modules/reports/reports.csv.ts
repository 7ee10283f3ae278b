// The long-format measurement CSV: one row per value, UTF-8 with BOM, for any spreadsheet. By default
// the columns carry stable machine names, period keys and enum codes (for scripts); with
// `labels=language` the headers, period labels and enum values are the app's words in the chosen
// language, from the same catalogues (@ci/shared).
import { stringify, type Stringifier } from 'csv-stringify';
import { MEASUREMENT_CSV_COLUMNS, type CsvSeparator, type Locale } from '@ci/shared';
import { enumLabel, type ColumnKey } from '@ci/shared/i18n';
import type { DbOrTx } from '../../db/client.js';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import type { IndicatorRow, PeriodRange } from './reports.repository.js';
import { valuePages, type ValueRow } from './reports.values.js';
import { drained } from './reports.stream.js';
import { cellPeriod, wordsFor, type Words } from './reports.i18n.js';

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

/** The words of a CSV written with `labels=language`, or null for machine names and codes. */
export interface CsvLanguage {
  locale: Locale;
  words: Words;
}

export function csvLanguage(labels: 'machine' | 'language', locale: Locale): CsvLanguage | null {
  return labels === 'language' ? { locale, words: wordsFor(locale) } : null;
}

/** A period as a key (`2025-Q4`), or in words (`kv. 4 2025`). */
export function csvPeriod(key: string, language: CsvLanguage | null): string {
  return language ? cellPeriod(key, language.locale)! : key;
}

export function csvStringifier(separator: CsvSeparator, columns: readonly ColumnKey[], language: CsvLanguage | null): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: columns.map((key) => ({ key, header: language ? language.words.report.columns[key] : key })),
    delimiter: separator === 'semicolon' ? ';' : ',',
    record_delimiter: 'windows',
  });
}

/** A value rounded to the indicator's decimals: a computed percentage carries no more than an entered value may. */
function rounded(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function toRecord(
  indicator: IndicatorRow,
  row: ValueRow,
  separator: CsvSeparator,
  language: CsvLanguage | null,
): Record<(typeof MEASUREMENT_CSV_COLUMNS)[number], string> {
  const v = language?.words.vocabulary;
  const percentage = indicator.measureType === 'percentage';
  return {
    indicator_code: csvText(indicator.code),
    indicator_name: csvText(indicator.name),
    unit: csvText(indicator.unit),
    period: csvPeriod(row.period, language),
    period_start: row.periodStart,
    actor: csvText(row.actor),
    sector: v ? enumLabel(v.sectors, row.sector) : (row.sector ?? ''),
    category: row.totalOfCategories && language ? language.words.report.total : csvText(row.category),
    value: csvNumber(percentage ? rounded(row.value, indicator.decimals) : row.value, separator),
    numerator: csvNumber(row.numerator, separator),
    denominator: csvNumber(row.denominator, separator),
    status: v ? enumLabel(v.measurementStatus, row.status) : row.status,
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
  language: CsvLanguage | null,
  out: Stringifier,
): Promise<void> {
  for (const indicator of indicators) {
    for await (const page of valuePages(db, access, indicator, range)) {
      for (const row of page) out.write(toRecord(indicator, row, separator, language));
      if (!(await drained(out))) return;
    }
  }
  out.end();
}
