// Numbers, dates and period labels for the chosen language, via Intl.
import { parsePeriod, type Locale, type MeasureType } from '@ci/shared';

const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const NBSP = '\u00a0';

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * Formats with the locale's decimal sign. Thousands are grouped with a non-breaking space in both
 * Scandinavian languages (Danish allows it as well as the point), so a figure reads the same in a
 * Swedish and a Danish report and cannot be mistaken for a decimal.
 */
function formatWith(value: number, locale: Locale, options: Intl.NumberFormatOptions): string {
  const parts = numberFormat(locale, options).formatToParts(value);
  return parts
    .map((p) => {
      if (p.type === 'group' && locale !== 'en') return NBSP;
      if (p.type === 'literal' && p.value === ' ') return NBSP;
      return p.value;
    })
    .join('');
}

export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  const d = Math.max(0, Math.min(6, Math.trunc(decimals)));
  return formatWith(value, locale, { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** A percentage given on the 0-100 scale, as stored for percentage indicators. */
export function formatPercent(value: number, locale: Locale, decimals = 0): string {
  const d = Math.max(0, Math.min(6, Math.trunc(decimals)));
  return formatWith(value / 100, locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d });
}

export interface ValueFormat {
  decimals: number;
  unit: string;
  measureType: MeasureType;
}

/** An indicator's value as people read it: its decimals, and its unit or a percent sign. */
export function formatValue(value: number | null | undefined, locale: Locale, fmt: ValueFormat): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (fmt.measureType === 'percentage') return formatPercent(value, locale, fmt.decimals);
  const n = formatNumber(value, locale, fmt.decimals);
  const unit = fmt.unit.trim();
  return unit && unit !== '%' ? `${n}${NBSP}${unit}` : unit === '%' ? formatPercent(value, locale, fmt.decimals) : n;
}

/** A compact number for chart axes: no unit (the axis names it), at most the indicator's decimals. */
export function formatAxisNumber(value: number, locale: Locale, decimals = 0): string {
  const d = Math.max(0, Math.min(6, Math.trunc(decimals)));
  if (Math.abs(value) >= 10_000) {
    return formatWith(value, locale, { notation: 'compact', maximumFractionDigits: 1 });
  }
  return formatWith(value, locale, { minimumFractionDigits: 0, maximumFractionDigits: d });
}

/** A share (0-1) as a percentage with one decimal. */
export function formatShare(share: number, locale: Locale): string {
  return formatWith(share, locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    dateFormats.set(key, f);
  }
  return f;
}

function toDate(value: string | Date): Date {
  // A bare `YYYY-MM-DD` is a calendar date: read it at noon UTC so no time zone moves its day.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  return typeof value === 'string' ? new Date(value) : value;
}

/** A calendar date: `3 mars 2025`, `3. mar. 2025`, `3 Mar 2025`. */
export function formatDate(value: string | Date, locale: Locale): string {
  const d = toDate(value);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) options.timeZone = 'UTC';
  return dateFormat(locale, options).format(d);
}

/** A moment with weekday and time, for meetings: `tis 4 mars 2025 18:00`. */
export function formatDateTime(value: string | Date, locale: Locale, timeZone?: string): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(toDate(value));
}

function monthLabel(year: number, month: number, locale: Locale): string {
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** A period key in words: sv `kv. 1 2025`, da `1. kvt. 2025`, en `Q1 2025`; months from Intl. */
export function formatPeriod(key: string, locale: Locale): string {
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

/** A range of periods: `kv. 1 2024 – kv. 4 2025`. */
export function formatPeriodRange(from: string, to: string, locale: Locale): string {
  return from === to ? formatPeriod(from, locale) : `${formatPeriod(from, locale)} – ${formatPeriod(to, locale)}`;
}
