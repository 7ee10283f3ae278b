import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity, MeetingListItem } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatDateTime, intlLocale } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { monthIn, monthSpan } from '../utils/year';
import type { Names } from './ActivityCard';
import '../year-view.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/**
 * The annual wheel, unrolled: twelve month columns, the meetings of each kind on top and the
 * activities as bars below. A table, so it reads row by row with a screen reader and prints well.
 */
export function YearView({
  initiativeId,
  year,
  onYearChange,
  activities,
  meetings,
  names,
  onOpen,
}: {
  initiativeId: string;
  year: number;
  onYearChange: (year: number) => void;
  activities: readonly Activity[];
  meetings: { data?: readonly MeetingListItem[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  names: Names;
  onOpen: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const monthName = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' });
  const dayOf = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', timeZone: 'Europe/Stockholm' });
  const placed = activities.map((a) => ({ a, span: monthSpan(a, year) }));
  const inYear = placed.filter((p) => p.span !== null);
  const undated = activities.filter((a) => !a.startDate && !a.endDate);
  const kinds = [...new Set((meetings.data ?? []).map((m) => m.kind))];
  const today = monthIn(new Date(), 'Europe/Stockholm');
  const currentMonth = today.year === year ? today.month : null;
  const wrapRef = useRef<HTMLDivElement>(null);
  // On a screen too narrow for all twelve months the table scrolls sideways: bring the current
  // month into view instead of leaving it past the edge.
  useEffect(() => {
    const wrap = wrapRef.current;
    const current = wrap?.querySelector<HTMLElement>('.year__month--current');
    if (!wrap || !current || wrap.scrollWidth <= wrap.clientWidth) return;
    wrap.scrollLeft = Math.max(0, current.offsetLeft + current.offsetWidth + 16 - wrap.clientWidth);
  }, [currentMonth]);

  return (
    <div className="year-view">
      <div className="year-view__nav">
        <Button onPress={() => onYearChange(year - 1)} aria-label={t('activities.year.previous', { year: year - 1 })}>
          <Icon name="arrowLeft" size={18} />
        </Button>
        <h2 className="year-view__title" aria-live="polite">
          {year}
        </h2>
        <Button onPress={() => onYearChange(year + 1)} aria-label={t('activities.year.next', { year: year + 1 })}>
          <Icon name="arrowLeft" size={18} className="year-view__next" />
        </Button>
      </div>
      <div className="table-wrap year-view__wrap" ref={wrapRef}>
        <table className="year">
          <caption className="visually-hidden">{t('activities.year.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col" className="year__name">
                <span className="visually-hidden">{t('activities.year.what')}</span>
              </th>
              {MONTHS.map((m) => (
                <th
                  key={m}
                  scope="col"
                  className={m === currentMonth ? 'year__month year__month--current' : 'year__month'}
                  aria-current={m === currentMonth ? 'date' : undefined}
                >
                  {monthName.format(new Date(Date.UTC(year, m, 15)))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="year__section">
              <th scope="rowgroup" colSpan={13}>
                {t('activities.year.meetings')}
              </th>
            </tr>
            {meetings.isPending ? (
              <tr>
                <td colSpan={13}>
                  <Loading inline />
                </td>
              </tr>
            ) : meetings.isError ? (
              <tr>
                <td colSpan={13}>
                  <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
                </td>
              </tr>
            ) : kinds.length === 0 ? (
              <tr>
                <td colSpan={13} className="muted">
                  {t('activities.year.noMeetings')}
                </td>
              </tr>
            ) : (
              kinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row" className="year__name">
                    {t(`meetingKinds.${kind}`)}
                  </th>
                  {MONTHS.map((m) => {
                    const inMonth = (meetings.data ?? []).filter((x) => {
                      const at = monthIn(x.startsAt, 'Europe/Stockholm');
                      return x.kind === kind && at.year === year && at.month === m;
                    });
                    return (
                      <td key={m} className={m === currentMonth ? 'year__cell year__current' : 'year__cell'}>
                        {inMonth.map((x) => (
                          <Link
                            key={x.id}
                            to={initiativeRoute(initiativeId, `meetings/${x.id}`)}
                            className={x.status === 'cancelled' ? 'year__meeting year__meeting--cancelled' : 'year__meeting'}
                            title={`${x.title}, ${formatDateTime(x.startsAt, locale)}`}
                            aria-label={`${x.title}, ${formatDateTime(x.startsAt, locale)}`}
                          >
                            {dayOf.format(x.startsAt)}
                          </Link>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
            <tr className="year__section">
              <th scope="rowgroup" colSpan={13}>
                {t('activities.year.activities')}
              </th>
            </tr>
            {inYear.length === 0 ? (
              <tr>
                <td colSpan={13} className="muted">
                  {t('activities.year.noActivities')}
                </td>
              </tr>
            ) : (
              inYear.map(({ a, span }) => (
                <tr key={a.id}>
                  <th scope="row" className="year__name">
                    <Button variant="quiet" className="year__open" onPress={() => onOpen(a)}>
                      {a.title}
                    </Button>
                    <span className="muted small">{names.actor(a.leadActorId)}</span>
                  </th>
                  {span!.first > 0 ? <td colSpan={span!.first} /> : null}
                  <td colSpan={span!.last - span!.first + 1} className="year__cell">
                    <span className={`year__bar year__bar--${a.status}`}>
                      {span!.continuesBefore ? '‹ ' : ''}
                      {t(`activityStatus.${a.status}`)}
                      {span!.continuesAfter ? ' ›' : ''}
                    </span>
                  </td>
                  {span!.last < 11 ? <td colSpan={11 - span!.last} /> : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {undated.length > 0 ? (
        <p className="muted small">{t('activities.year.undated', { titles: undated.map((a) => a.title).join(', ') })}</p>
      ) : null}
    </div>
  );
}
