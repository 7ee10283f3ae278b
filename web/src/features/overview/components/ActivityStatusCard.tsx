import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type OverviewResponse } from '@ci/shared';
import { initiativeRoute } from '../../../lib/initiative';

// The order people think in: what runs now first, ideas last.
const ORDER = ['ongoing', 'planned', 'paused', 'done', 'idea'] as const satisfies readonly (typeof ACTIVITY_STATUSES)[number][];

export function ActivityStatusCard({ initiativeId, counts }: { initiativeId: string; counts: OverviewResponse['activityCounts'] }) {
  const { t } = useTranslation();
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  return (
    <div className="side-card">
      <h2 className="side-card__title">{t('overview.activitiesTitle')}</h2>
      {total === 0 ? (
        <p className="side-card__empty">{t('overview.noActivities')}</p>
      ) : (
        <ul className="bars">
          {ORDER.map((s) => (
            <li key={s} className="bars__item">
              <span className="bars__label">{t(`activityStatus.${s}`)}</span>
              <span className="bars__track" aria-hidden="true">
                <span className={`bars__fill bars__fill--${s}`} style={{ width: `${(counts[s] / total) * 100}%` }} />
              </span>
              <span className="bars__value">{counts[s]}</span>
            </li>
          ))}
        </ul>
      )}
      <Link className="side-card__link" to={initiativeRoute(initiativeId, 'activities')}>
        {t('overview.allActivities')}
      </Link>
    </div>
  );
}
