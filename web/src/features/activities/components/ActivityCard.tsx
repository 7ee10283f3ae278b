import type { ReactNode } from 'react';
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
/** `level`: the card title's heading level, one below the heading the card sits under. */
export function ActivityCard({
  activity,
  names,
  onOpen,
  showStatus = true,
  level = 2,
  rank,
  handle,
}: {
  activity: Activity;
  names: Names;
  onOpen: () => void;
  showStatus?: boolean;
  level?: 2 | 3 | 4;
  /** The place in the priority order (1 first). */
  rank?: number;
  /** The drag handle, for people who may reorder. */
  handle?: ReactNode;
}) {
  const Heading = `h${level}` as const;
  const { t } = useTranslation();
  const locale = useLocale();
  const lead = names.actor(activity.leadActorId);
  // Empty while the goals are still loading: no label without its value.
  const goals = activity.goalIds.map(names.goal).filter(Boolean).join(', ');
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
        {handle}
        {rank !== undefined ? (
          <span className="activity-rank" title={t('activityPriority.rank', { rank })}>
            <span aria-hidden="true">{rank}</span>
            <span className="visually-hidden">{t('activityPriority.rank', { rank })}</span>
          </span>
        ) : null}
        <Heading className="activity-card__title">
          <Button variant="quiet" className="activity-card__open" onPress={onOpen}>
            {activity.title}
          </Button>
        </Heading>
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
        {goals ? (
          <div>
            <dt>{t('activities.goals')}</dt>
            <dd>{goals}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
