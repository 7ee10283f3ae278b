// A value's audit entries as a readable timeline: what happened, who did it, from what to what.
import type { Locale, ValueHistoryEntry, ValueSnapshot } from '@ci/shared';
import { formatPercent, formatValue, type ValueFormat } from '../../../lib/format';
import { formatReadable } from '../../../lib/parse-number';

export type EventKind = 'created' | 'draft' | 'changed' | 'submitted' | 'approved' | 'returned' | 'corrected' | 'deleted' | 'imported';

export interface HistoryEvent {
  key: number;
  at: Date;
  userName: string | null;
  kind: EventKind;
  /** The value after the change (absent for a deletion). */
  value?: string;
  /** The value before, where it changed. */
  previous?: string;
  status?: ValueSnapshot['status'];
  reason?: string;
  /** The imported file's name. */
  file?: string;
  note?: string;
}

/**
 * The audit reason of an import: `Import: <file>`, or `Import: <file> – <reason>` for a change that
 * needed one (the server's wording, the same in every language); a bare file name is read too.
 */
const IMPORT = /^(?:Import: )?(.+?\.(?:csv|xlsx|xls))(?: – (.+))?$/isu;

function importOf(reason: string | null): { file: string; reason?: string } | undefined {
  const match = reason ? IMPORT.exec(reason.trim()) : null;
  if (!match) return undefined;
  return match[2] ? { file: match[1]!, reason: match[2] } : { file: match[1]! };
}

/** 12, or for a percentage `12 / 40 = 30 %`: the parts are what was typed, the share what counts. */
export function snapshotValue(s: ValueSnapshot, fmt: ValueFormat, locale: Locale): string {
  if (fmt.measureType === 'percentage' && s.numerator !== null && s.denominator !== null) {
    const share = s.denominator > 0 ? formatPercent((100 * s.numerator) / s.denominator, locale, fmt.decimals) : '–';
    return `${formatReadable(s.numerator, locale)} / ${formatReadable(s.denominator, locale)} = ${share}`;
  }
  return formatValue(s.value, locale, fmt);
}

const sameValue = (a: ValueSnapshot, b: ValueSnapshot) => a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;

function kindOf(e: ValueHistoryEntry, file: string | undefined): EventKind {
  const { before, after } = e;
  if (e.action === 'delete' || !after) return 'deleted';
  if (file) return 'imported';
  if (!before) return after.status === 'draft' ? 'draft' : e.action === 'update' && after.status === 'approved' ? 'approved' : 'created';
  if (after.status === 'returned' && before.status !== 'returned') return 'returned';
  if (after.status === 'approved' && before.status !== 'approved') return 'approved';
  if (before.status === 'approved') return 'corrected';
  if (!sameValue(before, after) || before.note !== after.note) return 'changed';
  if (after.status === 'submitted') return 'submitted';
  return after.status === 'draft' ? 'draft' : 'changed';
}

/** Newest first, as the server sends them. */
export function historyEvents(entries: readonly ValueHistoryEntry[], fmt: ValueFormat, locale: Locale): HistoryEvent[] {
  return entries.map((e) => {
    const imported = importOf(e.reason);
    const file = imported?.file;
    const kind = kindOf(e, file);
    const { before, after } = e;
    const event: HistoryEvent = { key: e.id, at: e.at, userName: e.userName, kind };
    if (after) event.value = snapshotValue(after, fmt, locale);
    if (before && (!after || !sameValue(before, after))) event.previous = snapshotValue(before, fmt, locale);
    if (after && kind !== 'approved' && kind !== 'returned' && kind !== 'submitted') event.status = after.status;
    const reason = kind === 'returned' ? (e.reason ?? after?.returnReason ?? undefined) : (e.reason ?? undefined);
    if (imported) {
      event.file = imported.file;
      if (imported.reason) event.reason = imported.reason;
    } else if (reason) event.reason = reason;
    if (after?.note && after.note !== before?.note) event.note = after.note;
    return event;
  });
}
