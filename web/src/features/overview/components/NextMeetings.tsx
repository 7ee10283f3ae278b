import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { formatDateTime, intlLocale } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';

export function NextMeetings({ initiativeId, meetings }: { initiativeId: string; meetings: OverviewResponse['nextMeetings'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric' });
  const month = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short' });
  return (
    <div className="side-card">
      <h2 className="side-card__title">{t('overview.nextMeetings')}</h2>
      {meetings.length === 0 ? (
        <p className="side-card__empty">{t('overview.noMeetings')}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((m) => (
            <li key={m.id} className="meeting-list__item">
              <span className="datechip" aria-hidden="true">
                <span className="datechip__day">{day.format(m.startsAt)}</span>
                <span className="datechip__month">{month.format(m.startsAt)}</span>
              </span>
              <span className="meeting-list__text">
                <span className="meeting-list__title">{m.title}</span>
                <span className="meeting-list__meta">
                  {formatDateTime(m.startsAt, locale)}
                  {m.place ? ` · ${m.place}` : ''}
                </span>
                <span className="meeting-list__kind">{t(`meetingKinds.${m.kind}`)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link className="side-card__link" to={initiativeRoute(initiativeId, 'meetings')}>
        {t('overview.allMeetings')}
      </Link>
    </div>
  );
}
