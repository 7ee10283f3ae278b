// How the to-do list reads: due dates as people say them, and where each item is fixed.
import type { Locale, TodoItem } from '@ci/shared';
import { intlLocale } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';

/** `30 Oct`, `30 okt.`, `30. okt.`; with the year when it is not this year's. */
export function formatDueDate(date: string, today: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (date.slice(0, 4) !== today.slice(0, 4)) options.year = 'numeric';
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(`${date}T12:00:00Z`));
}

/** The entry sheet at the item's period, with the cursor on its indicator and organisation. */
export function entryLink(initiativeId: string, item: TodoItem): string {
  const query = new URLSearchParams({ period: item.period, indicator: item.indicatorId });
  if (item.actorId) query.set('actor', item.actorId);
  return `${initiativeRoute(initiativeId, 'entry')}?${query.toString()}`;
}
