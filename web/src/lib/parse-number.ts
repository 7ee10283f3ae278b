// Numbers as people type or paste them from a Scandinavian or English spreadsheet: `1 234,5`,
// `1234.5`, `1.234,5` (Danish grouping), `−3`. Returns null for an empty cell.
import type { Locale } from '@ci/shared';
import { formatNumber } from './format';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const SPACES = /[\s\u00a0\u202f']/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

export function parseNumber(raw: string | null | undefined, locale: Locale): ParsedNumber {
  let text = (raw ?? '').trim();
  if (text === '') return { ok: true, value: null };
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(SPACES, '');
  const normalised = normalise(text, locale);
  if (normalised === null || !/^\d+(\.\d+)?$|^\.\d+$/.test(normalised)) return { ok: false };
  const value = sign * Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** Rewrites the digits with `.` as the decimal sign and no grouping, or null when ambiguous. */
function normalise(text: string, locale: Locale): string | null {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas === 0 && dots === 0) return text;
  if (commas > 0 && dots > 0) {
    // Both signs: the last one is the decimal sign, the other one groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return null;
    return text.split(group).join('').replace(decimal, '.');
  }
  const sign = commas > 0 ? ',' : '.';
  const count = commas + dots;
  const grouped = new RegExp(`^\\d{1,3}(\\${sign}\\d{3})+$`).test(text);
  if (count > 1) return grouped ? text.split(sign).join('') : null;
  // One sign only. The locale's decimal sign is a decimal; the other one groups thousands when
  // it is followed by exactly three digits (Danish `1.234`, English `1,234`), else it is a
  // decimal too, because people paste from spreadsheets set to another language.
  const localeDecimal = locale === 'en' ? '.' : ',';
  if (sign === localeDecimal) return text.replace(sign, '.');
  if (grouped && (locale === 'da' || locale === 'en')) return text.replace(sign, '');
  return text.replace(sign, '.');
}

/** A number as it is typed in a cell of this locale: decimal sign, no grouping, no trailing zeros. */
export function formatInputNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = String(Math.round(value * 1e6) / 1e6);
  const plain = text.includes('e') ? value.toFixed(6).replace(/\.?0+$/, '') : text;
  return locale === 'en' ? plain : plain.replace('.', ',');
}

/** A number for reading: grouped thousands, as many decimals as it has (at most six). */
export function formatReadable(value: number, locale: Locale): string {
  const decimals = Math.min((String(Math.round(value * 1e6) / 1e6).split('.')[1] ?? '').length, 6);
  return formatNumber(value, locale, decimals);
}
