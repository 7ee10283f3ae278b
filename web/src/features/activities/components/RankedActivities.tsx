// Activities in priority order, each with its rank. People who may reorder get React Aria's
// drag and drop: by mouse or touch on the handle, or by keyboard (Enter on the handle, arrows,
// Enter), with screen-reader announcements from React Aria and our own once the order is saved.
import type { ReactNode } from 'react';
import { Button, DropIndicator, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { ActivityCard, type Names } from './ActivityCard';

export interface Reorder {
  /** Moves the activities with these ids before or after the target, in the full order. */
  onMove: (ids: string[], target: string, position: 'before' | 'after') => void;
  isDisabled?: boolean;
}

export function RankedActivities({
  activities,
  ranks,
  names,
  onOpen,
  reorder,
  label,
  className,
  showStatus = true,
  level = 2,
  extra,
}: {
  activities: readonly Activity[];
  ranks: Map<string, number>;
  names: Names;
  onOpen: (a: Activity) => void;
  /** Absent for people who may not reorder. */
  reorder?: Reorder;
  label: string;
  className: string;
  showStatus?: boolean;
  level?: 2 | 3 | 4;
  /** More controls under a card (the board's "Move to…" menu). */
  extra?: (a: Activity) => ReactNode;
}) {
  const { t } = useTranslation();
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': activities.find((a) => a.id === key)?.title ?? String(key) })),
    onReorder: (e) => {
      if (e.target.dropPosition === 'on') return;
      reorder?.onMove([...e.keys].map(String), String(e.target.key), e.target.dropPosition);
    },
    renderDropIndicator: (target) => <DropIndicator target={target} className="activity-drop-indicator" />,
    isDisabled: !reorder || reorder.isDisabled,
  });

  const card = (a: Activity, handle?: ReactNode) => (
    <>
      <ActivityCard activity={a} names={names} onOpen={() => onOpen(a)} showStatus={showStatus} level={level} rank={ranks.get(a.id)} handle={handle} />
      {extra?.(a)}
    </>
  );

  if (!reorder) {
    return (
      <ul className={className} aria-label={label}>
        {activities.map((a) => (
          <li key={a.id}>{card(a)}</li>
        ))}
      </ul>
    );
  }
  return (
    <GridList aria-label={label} className={`${className} activity-reorder`} items={activities} dragAndDropHooks={dragAndDropHooks}>
      {(a) => (
        <GridListItem id={a.id} textValue={a.title} className="activity-reorder__item">
          {card(
            a,
            <Button slot="drag" className="activity-drag" aria-label={t('activityPriority.dragHandle', { title: a.title })}>
              <Icon name="grip" size={18} />
            </Button>,
          )}
        </GridListItem>
      )}
    </GridList>
  );
}
