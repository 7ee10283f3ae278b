// The words of the exported files in the chosen language, and locale-aware number, date and period
// formats. Every word comes from the catalogues in @ci/shared that the web app reads too, so a
// status, a period or an enum value reads the same in the app, the PDF, the XLSX and the CSV.
import { intlLocale, isLocale, periodLabel, type Locale } from '@ci/shared';
import { REPORT_WORDS, VOCABULARIES, type ReportWords, type Vocabulary } from '@ci/shared/i18n';

export interface Words {
  /** The domain's words shared with the app: statuses, enum values, chart lines. */
  vocabulary: Vocabulary;
  /** The words only the exported files use: headings, sheet names, column headers. */
  report: ReportWords;
}

/** The language of a file: the one asked for, else the initiative's, else English. */
export function reportLocale(requested: Locale | undefined, initiativeLocale: string): Locale {
  if (requested) return requested;
  return isLocale(initiativeLocale) ? initiativeLocale : 'en';
}

export function wordsFor(locale: Locale): Words {
  return { vocabulary: VOCABULARIES[locale], report: REPORT_WORDS[locale] };
}

/**
 * The PDF's standard fonts cover Latin-1 only (WinAnsi): Intl's minus sign and the non-breaking
 * and narrow spaces of numbers and period labels are replaced by their plain equivalents.
 */
export function latin1(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/[\u202f\u2009\u00a0]/g, ' ');
}

function mapTexts<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mapTexts(v, fn)])) as T;
}

const pdfWords = new Map<Locale, Words>();

/** The words of a language, ready for the PDF's fonts. */
export function pdfWordsFor(locale: Locale): Words {
  let words = pdfWords.get(locale);
  if (!words) {
    words = mapTexts(wordsFor(locale), latin1);
    pdfWords.set(locale, words);
  }
  return words;
}

/**
 * A period label for a spreadsheet cell: the app's label with plain spaces, since a cell does not
 * wrap a label apart and people type a plain space when they filter or search.
 */
export function cellPeriod(key: string | null | undefined, locale: Locale): string | null {
  return key ? periodLabel(key, locale).replace(/\u00a0/g, ' ') : null;
}

export interface Formats {
  number(value: number, decimals: number): string;
  date(value: Date, timeZone: string): string;
  dateTime(value: Date, timeZone: string): string;
  period(key: string): string;
}

/** Formats for the PDF (Latin-1). */
export function formatsFor(locale: Locale): Formats {
  const tag = intlLocale(locale);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  return {
    number(value, decimals) {
      let f = numberFormats.get(decimals);
      if (!f) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        numberFormats.set(decimals, f);
      }
      return latin1(f.format(value));
    },
    date: (value, timeZone) => latin1(new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(value)),
    dateTime: (value, timeZone) =>
      latin1(new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(value)),
    period: (key) => latin1(periodLabel(key, locale)),
  };
}
