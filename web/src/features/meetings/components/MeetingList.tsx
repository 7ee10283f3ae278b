import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingListItem } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';

/** Meetings as a list of dated links, with what was recorded at each. */
export function MeetingList({ initiativeId, meetings, past = false }: { initiativeId: string; meetings: readonly MeetingListItem[]; past?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className={m.status === 'cancelled' ? 'meeting-row meeting-row--cancelled' : 'meeting-row'}>
          <time className="meeting-row__when" dateTime={m.startsAt.toISOString()}>
            {formatDateTime(m.startsAt, locale)}
          </time>
          <div className="meeting-row__what">
            <Link to={initiativeRoute(initiativeId, `meetings/${m.id}`)} className="meeting-row__title">
              {m.title}
            </Link>
            <span className="muted small">
              {[t(`meetingKinds.${m.kind}`), m.place, m.status === 'cancelled' ? t('meetings.statuses.cancelled') : null].filter(Boolean).join(' · ')}
            </span>
          </div>
          <span className="meeting-row__counts muted small">
            {past
              ? [
                  t('meetings.counts.actors', { count: m.attendanceCount }),
                  t('meetings.counts.decisions', { count: m.decisionCount }),
                  t('meetings.counts.open', { count: m.openActionItemCount }),
                ].join(' · ')
              : t('meetings.agendaCount', { count: m.agendaItemCount })}
          </span>
        </li>
      ))}
    </ul>
  );
}
