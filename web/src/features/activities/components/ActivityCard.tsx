import { useTranslation } from 'react-i18next';
import type { Activity } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';

export interface Names {
  actor: (id: string | null) => string | null;
  goal: (id: string) => string | null;
}

/** One activity as a card: what, who leads, when, towards which goals. Opens the details. */
export function ActivityCard({ activity, names, onOpen, showStatus = true }: { activity: Activity; names: Names; onOpen: () => void; showStatus?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lead = names.actor(activity.leadActorId);
  const dates =
    activity.startDate && activity.endDate
      ? t('activities.dates', { start: formatDate(activity.startDate, locale), end: formatDate(activity.endDate, locale) })
      : activity.startDate
        ? t('activities.from', { date: formatDate(activity.startDate, locale) })
        : activity.endDate
          ? t('activities.until', { date: formatDate(activity.endDate, locale) })
          : null;
  return (
    <article className="activity-card">
      <div className="activity-card__head">
        <h3 className="activity-card__title">
          <Button variant="quiet" className="activity-card__open" onPress={onOpen}>
            {activity.title}
          </Button>
        </h3>
        {showStatus ? <span className={`pill pill--${activity.status}`}>{t(`activityStatus.${activity.status}`)}</span> : null}
      </div>
      <dl className="activity-card__facts">
        {lead ? (
          <div>
            <dt>{t('activities.lead')}</dt>
            <dd>{lead}</dd>
          </div>
        ) : null}
        {dates ? (
          <div>
            <dt>{t('activities.when')}</dt>
            <dd>{dates}</dd>
          </div>
        ) : null}
        {activity.goalIds.length > 0 ? (
          <div>
            <dt>{t('activities.goals')}</dt>
            <dd>{activity.goalIds.map(names.goal).filter(Boolean).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
