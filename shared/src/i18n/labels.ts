// Period labels and message placeholders for every language, the same in the web app and in every
// exported file. Period labels are code rather than catalogue text because they are needed
// synchronously everywhere (pickers, charts, pure helpers) before any language chunk has loaded,
// and a month name comes from Intl anyway.
import { LOCALES, type Locale } from '../enums.js';
import { parsePeriod } from '../periods.js';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const NBSP = '\u00a0';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag that Intl formats a language with. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

function monthLabel(year: number, month: number, locale: Locale): string {
  let f = monthFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(year, month - 1, 15)));
}

/**
 * A period key in words: sv `kv. 1 2025`, da `1. kvt. 2025`, en `Q1 2025` (half-years alike),
 * months from Intl (`jan. 2025`). A non-breaking space keeps `kv. 1` together on a line.
 */
export function periodLabel(key: string, locale: Locale): string {
  const p = parsePeriod(key);
  switch (p.frequency) {
    case 'month':
      return monthLabel(p.year, p.index, locale);
    case 'quarter':
      if (locale === 'sv') return `kv.${NBSP}${p.index} ${p.year}`;
      if (locale === 'da') return `${p.index}.${NBSP}kvt. ${p.year}`;
      return `Q${p.index} ${p.year}`;
    case 'half_year':
      if (locale === 'sv') return `halvår${NBSP}${p.index} ${p.year}`;
      if (locale === 'da') return `${p.index}.${NBSP}halvår ${p.year}`;
      return `H${p.index} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

/** A range of periods: `kv. 1 2024 – kv. 4 2025`; a single period once. */
export function periodRangeLabel(from: string, to: string, locale: Locale): string {
  return from === to ? periodLabel(from, locale) : `${periodLabel(from, locale)} – ${periodLabel(to, locale)}`;
}

/**
 * Fills `{{name}}` placeholders, the syntax of i18next, which reads the same catalogues in the
 * web app; the server needs nothing more than this and so does without i18next.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
