// "5 minutes ago", "yesterday", "3 days ago" in the reader's language; a date beyond a week.
import { intlLocale, type Locale } from '@ci/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function timeAgo(moment: Date, now: Date, locale: Locale): string {
  const tag = intlLocale(locale);
  const elapsed = Math.max(0, now.getTime() - moment.getTime());
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  if (elapsed < MINUTE) return relative.format(0, 'second');
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).format(moment);
}
