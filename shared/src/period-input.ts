// Periods as people type them: every form the app shows (sv `kv. 1 2025`, da `1. kvt. 2025`,
// en `Q1 2025`, months as `jan. 2025`), the keys themselves (`2025-Q1`, `2025-03`) and the usual
// variants (`K1 2025`, `2025 Q1`, `03/2025`, `mars 2025`). Read into a canonical key.
import { LOCALES } from './enums.js';
import { tryParsePeriod, formatPeriod, MAX_YEAR, MIN_YEAR, type Period } from './periods.js';
import { intlLocale } from './i18n/labels.js';

const QUARTER = '(?:q|k|kv|kvt|kvart|kvartal|quarter|qtr)';
const HALF = '(?:h|hå|ha|halvår|halvar|half|half year|halfyear|half-year)';
const SEP = '[\\s\\-/,]*';

const patterns: { frequency: 'quarter' | 'half_year'; re: RegExp; max: number }[] = [
  ...([
    ['quarter', QUARTER, 4],
    ['half_year', HALF, 2],
  ] as const).flatMap(([frequency, word, max]) => [
    // Q1 2025, K1-2025, kv 1 2025, kvartal 1 2025, H1 2025, halvår 1 2025
    { frequency, max, re: new RegExp(`^${word}\\s*(\\d)${SEP}(\\d{4})$`) },
    // 2025-Q1, 2025 K1, 2025Q1, 2025 H2
    { frequency, max, re: new RegExp(`^(\\d{4})${SEP}${word}\\s*(\\d)$`) },
    // 1 kvt 2025 (da `1. kvt. 2025`), 1 halvår 2025, 1st quarter 2025, 1:a kvartalet 2025
    { frequency, max, re: new RegExp(`^(\\d)\\s*(?:st|nd|rd|th|:a|:e|a|e)?\\s*${word}(?:et)?${SEP}(\\d{4})$`) },
  ]),
];

/** Lower-case month names (long and short, without dots) of every language, with their number. */
let monthNames: Map<string, number> | null = null;

function months(): Map<string, number> {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(intlLocale(locale), { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) names.set(clean(f.format(new Date(Date.UTC(2025, m - 1, 15)))), m);
    }
  }
  // Short forms people write that Intl does not give (`sept`, `mar` in Swedish).
  for (const [name, m] of [['sept', 9], ['mar', 3], ['maj', 5], ['okt', 10], ['juni', 6], ['juli', 7]] as const) names.set(name, m);
  monthNames = names;
  return names;
}

function clean(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\u202f]/g, ' ').replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

function inYears(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function month(year: number, index: number): Period | null {
  return inYears(year) && index >= 1 && index <= 12 ? { frequency: 'month', year, index } : null;
}

/** Reads a period typed in any of the app's languages; null when the text is not a period. */
export function parsePeriodText(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const key = tryParsePeriod(text.trim().toUpperCase());
  if (key) return key;
  const t = clean(text);
  if (t === '') return null;
  for (const { frequency, re, max } of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [year, index] = m[1]!.length === 4 ? [a, b] : [b, a];
    return inYears(year) && index >= 1 && index <= max ? { frequency, year, index } : null;
  }
  // 2025-3, 2025/03, 2025 03
  let m = /^(\d{4})[\s\-/]+(\d{1,2})$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  // 03/2025, 3-2025, 3 2025 (from `3.2025`)
  m = /^(\d{1,2})[\s\-/]+(\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  // mars 2025, jan 2025, 2025 januari
  m = /^([^\d\s]+) (\d{4})$/.exec(t) ?? /^(\d{4}) ([^\d\s]+)$/.exec(t);
  if (m) {
    const [name, year] = /^\d/.test(m[1]!) ? [m[2]!, Number(m[1])] : [m[1]!, Number(m[2])];
    const index = months().get(name);
    return index ? month(year, index) : null;
  }
  return null;
}

/** The canonical key of a typed period (`Q1 2025` → `2025-Q1`), or null. */
export function periodKeyFromText(text: string): string | null {
  const p = parsePeriodText(text);
  return p ? formatPeriod(p) : null;
}
