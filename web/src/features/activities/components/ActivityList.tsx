import type { Activity } from '@ci/shared';
import { useTranslation } from 'react-i18next';
import type { Names } from './ActivityCard';
import { RankedActivities, type Reorder } from './RankedActivities';

/** All shown activities in one column, in priority order. */
export function ActivityList({
  activities,
  ranks,
  names,
  onOpen,
  reorder,
}: {
  activities: readonly Activity[];
  ranks: Map<string, number>;
  names: Names;
  onOpen: (a: Activity) => void;
  reorder?: Reorder;
}) {
  const { t } = useTranslation();
  return (
    <RankedActivities
      activities={activities}
      ranks={ranks}
      names={names}
      onOpen={onOpen}
      reorder={reorder}
      label={t('activityPriority.listLabel')}
      className="activity-list"
    />
  );
}
