// A recurrence rule (RFC 5545 RRULE) as people say it: "every 3 months, on the first Tuesday".
// Covers the rules the cadence form writes and the common hand-written ones; anything else is
// reported as not understood, and the screen shows the rule itself.
import type { TFunction } from 'i18next';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export type Cadence = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface SimpleRule {
  freq: Cadence;
  interval: number;
  /** Weekly: the days of the week; monthly: the one weekday of `setPos`. */
  byDay: Weekday[];
  /** Monthly on the n-th weekday: 1-4, or -1 for the last. */
  setPos: number | null;
  count: number | null;
  /** `YYYYMMDD` */
  until: string | null;
}

const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);

export function parseRule(rrule: string): SimpleRule | null {
  const parts = new Map<string, string>();
  for (const piece of rrule.replace(/^RRULE:/i, '').split(';')) {
    if (!piece.trim()) continue;
    const [key, value] = piece.split('=');
    if (!key || value === undefined) return null;
    parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  if ([...parts.keys()].some((k) => !KNOWN.has(k))) return null;
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  let setPos = parts.has('BYSETPOS') ? Number(parts.get('BYSETPOS')) : null;
  const byDay: Weekday[] = [];
  for (const day of (parts.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
    if (!m) return null;
    if (m[1]) setPos = Number(m[1]);
    byDay.push(m[2] as Weekday);
  }
  if (setPos !== null && (freq !== 'MONTHLY' || byDay.length !== 1 || ![1, 2, 3, 4, -1].includes(setPos))) return null;
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  const until = parts.get('UNTIL')?.slice(0, 8) ?? null;
  return { freq, interval, byDay, setPos, count, until };
}

export function buildRule(rule: SimpleRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === 'MONTHLY' && rule.setPos !== null && rule.byDay.length === 1) parts.push(`BYDAY=${rule.setPos}${rule.byDay[0]}`);
  else if (rule.byDay.length > 0 && rule.freq === 'WEEKLY') parts.push(`BYDAY=${rule.byDay.join(',')}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${rule.until}`);
  return parts.join(';');
}

const UNIT = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' } as const satisfies Record<Cadence, string>;
type Nth = '1' | '2' | '3' | '4' | 'last';

/** The rule in words, or null when it is not one of the understood forms. */
export function ruleInWords(rrule: string, t: TFunction, formatDay: (isoDate: string) => string): string | null {
  const rule = parseRule(rrule);
  if (!rule) return null;
  const unit = UNIT[rule.freq];
  const parts = [t(`meetings.cadence.every.${unit}`, { count: rule.interval })];
  if (rule.freq === 'MONTHLY' && rule.setPos !== null) {
    parts.push(t('meetings.cadence.onNth', { nth: t(`meetings.cadence.nth.${(rule.setPos === -1 ? 'last' : String(rule.setPos)) as Nth}`), day: t(`meetings.cadence.days.${rule.byDay[0]}`) }));
  } else if (rule.byDay.length > 0) {
    parts.push(t('meetings.cadence.onDays', { days: rule.byDay.map((d) => t(`meetings.cadence.days.${d}`)).join(', ') }));
  }
  if (rule.count) parts.push(t('meetings.cadence.times', { count: rule.count }));
  if (rule.until) parts.push(t('meetings.cadence.until', { date: formatDay(`${rule.until.slice(0, 4)}-${rule.until.slice(4, 6)}-${rule.until.slice(6, 8)}`) }));
  return parts.join(' ');
}
