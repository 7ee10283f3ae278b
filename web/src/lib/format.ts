// Numbers, dates and period labels for the chosen language, via Intl.
import { intlLocale, type Locale, type MeasureType } from '@ci/shared';

// Period labels are shared with the exported reports (PDF, XLSX, CSV), so they live in @ci/shared.
export { intlLocale, periodLabel as formatPeriod, periodRangeLabel as formatPeriodRange } from '@ci/shared';

const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), options);
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
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
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
