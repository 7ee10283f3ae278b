// The long-format measurement CSV: one row per value, UTF-8 with BOM, for any spreadsheet. By default
// the columns carry stable machine names, period keys and enum codes (for scripts); with
// `labels=language` the headers, period labels and enum values are the app's words in the chosen
// language, from the same catalogues (@ci/shared).
import type { Writable } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';
import { stringify as stringifyRecords } from 'csv-stringify/sync';
import { MEASUREMENT_CSV_COLUMNS, type CsvSeparator, type Locale } from '@ci/shared';
import { enumLabel, type ColumnKey } from '@ci/shared/i18n';
import type { VisibilityAccess } from '../measurements/measurements.visibility.js';
import type { IndicatorRow, PeriodRange } from './reports.repository.js';
import { disaggregatedIndicators, exportValues, memo, V } from './reports.values.js';
import type { ExportSnapshot } from './reports.snapshot.js';
import { drained, TextChunks } from './reports.stream.js';
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

function csvOptions(separator: CsvSeparator, columns: readonly ColumnKey[], language: CsvLanguage | null) {
  return {
    columns: columns.map((key) => ({ key, header: language ? language.words.report.columns[key] : key })),
    delimiter: separator === 'semicolon' ? ';' : ',',
    record_delimiter: 'windows' as const,
  };
}

/** A CSV stream with BOM and header line, one record per write. */
export function csvStringifier(separator: CsvSeparator, columns: readonly ColumnKey[], language: CsvLanguage | null): Stringifier {
  return stringify({ bom: true, header: true, ...csvOptions(separator, columns, language) });
}

/** A value rounded to the indicator's decimals: a computed percentage carries no more than an entered value may. */
function rounded(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * A field of a record as csv-stringify writes it with our options: quoted, with its quotes doubled,
 * when it holds the delimiter, a quote or a line break (RFC 4180). The measurement export writes its
 * million rows with this instead of csv-stringify's per-field options and checks, most fields
 * once per distinct text (labels are memoised).
 */
export function csvField(text: string, delimiter: string): string {
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** A number from the database's text, as the export writes it; null stays empty. */
const numberOf = (text: string | null) => (text === null ? null : Number(text));

/**
 * Writes every visible value of the indicators into `out` as the reader takes them, then ends it.
 * Stops early (resolving) when `out` closes, e.g. when the client has gone. Each batch of rows from
 * the database becomes one chunk: a chunk per record would cost a write (and a read at the client)
 * per row.
 */
export async function writeMeasurementsCsv(
  snapshot: ExportSnapshot,
  access: VisibilityAccess,
  indicators: IndicatorRow[],
  range: PeriodRange,
  separator: CsvSeparator,
  language: CsvLanguage | null,
  out: Writable,
): Promise<void> {
  const options = csvOptions(separator, MEASUREMENT_CSV_COLUMNS, language);
  out.write(stringifyRecords([], { ...options, bom: true, header: true }));
  const d = options.delimiter;
  const field = (text: string | null) => csvField(text ?? '', d);
  const v = language?.words.vocabulary;
  const period = memo((key: string) => field(csvPeriod(key, language)));
  const sector = memo((key: string | null) => field(v ? enumLabel(v.sectors, key) : (key ?? '')));
  const status = memo((key: string) => field(v ? enumLabel(v.measurementStatus, key) : key));
  const text = memo((name: string | null) => field(csvText(name)));
  const disaggregated = await disaggregatedIndicators(snapshot.db, indicators);
  const total = language ? field(language.words.report.total) : null;
  // What a row takes from its indicator, worked out once per indicator: its first three fields.
  const own = indicators.map((i) => ({
    head: [field(csvText(i.code)), field(csvText(i.name)), field(csvText(i.unit))].join(d),
    decimals: i.measureType === 'percentage' ? i.decimals : null,
    total: disaggregated.has(i.id) ? total : null,
  }));
  const chunks = new TextChunks();
  for await (const rows of exportValues(snapshot, access, indicators, range, 'text')) {
    for (const r of rows) {
      const indicator = own[Number(r[V.indicator]) - 1];
      const value = numberOf(r[V.value]);
      const category = r[V.category];
      chunks.add(
        indicator.head + d +
        period(r[V.period] as string) + d +
        (r[V.periodStart] ?? '') + d +
        text(r[V.actor]) + d +
        sector(r[V.sector]) + d +
        (category === null && indicator.total !== null ? indicator.total : text(category)) + d +
        csvNumber(indicator.decimals === null ? value : rounded(value, indicator.decimals), separator) + d +
        csvNumber(numberOf(r[V.numerator]), separator) + d +
        csvNumber(numberOf(r[V.denominator]), separator) + d +
        status(r[V.status] as string) + d +
        field(csvText(r[V.note])) + d +
        (r[V.enteredAt] ?? '') + '\r\n',
      );
    }
    const bytes = chunks.take();
    if (bytes) out.write(bytes);
    if (!(await drained(out))) return;
  }
  out.end();
}
