// A notification in words: one sentence and its detail lines, made from the kind and the params the
// producer stored. The web's bell and the server's e-mails both call this with the words of the
// reader's language (i18n/notifications.*.ts), so a notification reads the same in both places.
import type { Locale, NotificationKind } from './enums.js';
import { fill, intlLocale, periodLabel } from './i18n/labels.js';
import { isPeriodKey } from './periods.js';
import type { NotificationWords } from './i18n/notifications.en.js';

export type NotificationSentences = NotificationWords['notificationText'];

export interface NotificationMessage {
  /** The sentence shown in the bell and as the e-mail's line. */
  text: string;
  /** Everything the sentence had to shorten (all indicators, all values) or leave out. */
  details: string[];
}

/** Indicator names shown in a sentence before the rest is counted ("A, B and 3 more"). */
const LISTED = 3;

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function period(value: unknown, locale: Locale): string {
  const key = str(value);
  return isPeriodKey(key) ? periodLabel(key, locale) : key;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day as the web shows it: `30 apr. 2025`. */
export function notificationDate(value: unknown, locale: Locale): string {
  const iso = str(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

function list(names: string[], words: NotificationSentences, locale: Locale): string {
  if (names.length <= LISTED) return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names);
  const shown = names.slice(0, LISTED - 1);
  return fill(words.andMore, { list: shown.join(', '), count: names.length - shown.length });
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

function valueLine(v: Record<string, unknown>, words: NotificationSentences, locale: Locale): string {
  return fill(words.valueLine, { indicator: str(v.indicatorName), actor: str(v.actorName) || words.wholeArea, period: period(v.period, locale) });
}

export function notificationMessage(
  notification: { kind: NotificationKind; params: Record<string, unknown> },
  words: NotificationSentences,
  locale: Locale,
): NotificationMessage {
  const p = notification.params;
  switch (notification.kind) {
    case 'value_returned': {
      const values = records(p.values);
      const lines = values.map((v) => valueLine(v, words, locale));
      if (values.length === 1) {
        const v = values[0];
        return {
          text: fill(words.valueReturnedOne, {
            indicator: str(v.indicatorName),
            actor: str(v.actorName) || words.wholeArea,
            period: period(v.period, locale),
            reason: str(p.reason),
          }),
          details: [],
        };
      }
      return { text: fill(words.valueReturnedMany, { count: values.length, reason: str(p.reason) }), details: lines };
    }
    case 'value_missing':
    case 'reminder': {
      const indicators = records(p.indicators);
      const names = indicators.map((i) => str(i.name));
      const values = { actor: str(p.actorName), indicators: list(names, words, locale), period: period(p.period, locale), date: notificationDate(p.dueDate, locale), sender: str(p.senderName) };
      const template =
        notification.kind === 'reminder' ? (values.sender ? words.reminder : words.reminderNoSender) : p.late === true ? words.valueMissingLate : words.valueMissingSoon;
      return { text: fill(template, values), details: names.length > LISTED ? indicators.map((i) => `${str(i.code)} ${str(i.name)}`.trim()) : [] };
    }
    case 'comment':
    case 'mention': {
      const values = { author: str(p.authorName), indicator: str(p.indicatorName), period: period(p.period, locale), actor: str(p.actorName), excerpt: str(p.excerpt) };
      const template = notification.kind === 'mention' ? words.mention : values.excerpt ? words.comment : words.commentNoExcerpt;
      return { text: fill(template, values), details: notification.kind === 'mention' && values.excerpt ? [values.excerpt] : [] };
    }
    case 'action_item_assigned':
    case 'action_item_overdue': {
      const values = { actor: str(p.actorName), title: str(p.title), date: notificationDate(p.dueDate, locale) };
      const template =
        notification.kind === 'action_item_overdue' ? words.actionItemOverdue : p.dueDate ? words.actionItemAssigned : words.actionItemAssignedNoDate;
      return { text: fill(template, values), details: p.meetingTitle ? [fill(words.fromMeeting, { meeting: str(p.meetingTitle) })] : [] };
    }
    case 'idea_decided': {
      const values = { title: str(p.title), reason: str(p.reason) };
      const template =
        p.status === 'accepted'
          ? words.ideaAccepted
          : p.status === 'declined'
            ? values.reason
              ? words.ideaDeclined
              : words.ideaDeclinedNoReason
            : p.status === 'under_discussion'
              ? words.ideaUnderDiscussion
              : words.ideaOther;
      return { text: fill(template, values), details: [] };
    }
    default:
      return { text: words.unknown, details: [] };
  }
}
