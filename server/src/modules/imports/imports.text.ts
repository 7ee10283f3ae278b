// Cells as people write them in their own files: names whatever their case, accents and spacing,
// numbers with a decimal comma or point, periods as keys or in words.
import { isPeriodKey, periodOfDate, type Frequency } from '@ci/shared';

/** A raw cell: what a CSV field or an XLSX cell holds. */
export type Cell = string | number | Date | null;

/** Lower case, accents removed (NFD without marks), spaces collapsed: `Fritidsgården  Ö` → `fritidsgarden o`. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const GROUPING = /[\s\u00a0\u202f']/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

/**
 * A number written by a person: `1 234,5`, `13,5`, `1234.5`, `1.234,5`, `−3`. With both signs the
 * last one is the decimal sign; with one sign it is a decimal unless it groups thousands in the
 * file's convention (`decimal` is the file's decimal sign: `,` for Scandinavian files).
 */
export function parseNumberCell(cell: Cell, decimal: ',' | '.'): ParsedNumber {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  if (cell instanceof Date) return { ok: false };
  let text = cell.trim();
  if (text === '') return { ok: true, value: null };
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  text = text.replace(GROUPING, '');
  const plain = withDecimalPoint(text, decimal);
  if (plain === null || !/^(\d+(\.\d+)?|\.\d+)$/.test(plain)) return { ok: false };
  const value = sign * Number(plain);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

function withDecimalPoint(text: string, decimal: ',' | '.'): string | null {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas === 0 && dots === 0) return text;
  if (commas > 0 && dots > 0) {
    const last = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (text.indexOf(last) !== text.lastIndexOf(last)) return null;
    return text.split(last === ',' ? '.' : ',').join('').replace(last, '.');
  }
  const sign = commas > 0 ? ',' : '.';
  const grouped = new RegExp(`^\\d{1,3}(\\${sign}\\d{3})+$`).test(text);
  if (commas + dots > 1) return grouped ? text.split(sign).join('') : null;
  if (sign !== decimal && grouped) return text.replace(sign, '');
  return text.replace(sign, '.');
}

const QUARTER = [
  /^(\d{4})\s*-?\s*Q([1-4])$/, // 2025-Q3, 2025 Q3
  /^Q([1-4])\s*-?\s*(\d{4})$/, // Q3 2025
  /^KV\.?\s*([1-4])\s*-?\s*(\d{4})$/, // kv. 3 2025 (sv)
  /^([1-4])\s*\.?\s*KVT?\.?\s*(\d{4})$/, // 3. kvt. 2025 (da)
];
const HALF = [/^(\d{4})\s*-?\s*H([12])$/, /^H([12])\s*-?\s*(\d{4})$/, /^HALVAR\s*([12])\s*(\d{4})$/, /^([12])\s*\.?\s*HALVAR\s*(\d{4})$/];

/**
 * A period key from a cell: a key (`2025-Q3`), a label in any of our languages (`kv. 3 2025`,
 * `3. kvt. 2025`, `Q3 2025`), `2025-7`, a year as a number, or a date, which stands for the period
 * of the indicator's frequency that holds it. Null when it is none of these.
 */
export function parsePeriodCell(cell: Cell, frequency: Frequency | undefined): string | null {
  const key = periodKeyOf(cell, frequency);
  return key !== null && isPeriodKey(key) ? key : null;
}

function periodKeyOf(cell: Cell, frequency: Frequency | undefined): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return frequency ? periodOfDate(cell.toISOString().slice(0, 10), frequency) : null;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2200 ? String(cell) : null;
  const text = normalise(cell).toUpperCase();
  if (isPeriodKey(text)) return text;
  const month = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2].padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && frequency) return periodOfDate(text, frequency);
  for (const [patterns, letter] of [
    [QUARTER, 'Q'],
    [HALF, 'H'],
  ] as const) {
    for (const pattern of patterns) {
      const m = pattern.exec(text);
      if (!m) continue;
      const [year, index] = m[1].length === 4 ? [m[1], m[2]] : [m[2], m[1]];
      return `${year}-${letter}${index}`;
    }
  }
  return null;
}
