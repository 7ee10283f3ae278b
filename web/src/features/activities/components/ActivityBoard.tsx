import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus, type Goal } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import type { Names } from './ActivityCard';
import { RankedActivities, type Reorder } from './RankedActivities';

/**
 * Columns by status, each in priority order; optionally one band per goal. Editors move a card to
 * another status with its "Move to" menu, and up or down in its column by dragging.
 */
export function ActivityBoard({
  activities,
  goals,
  byGoal,
  names,
  ranks,
  onOpen,
  onMove,
  reorder,
}: {
  activities: readonly Activity[];
  goals: readonly Goal[];
  byGoal: boolean;
  names: Names;
  ranks: Map<string, number>;
  onOpen: (a: Activity) => void;
  /** Absent for people who may not change activities. */
  onMove?: (a: Activity, status: ActivityStatus) => void;
  reorder?: Reorder;
}) {
  const { t } = useTranslation();
  const bands = byGoal
    ? [
        ...goals.map((g) => ({ id: g.id, title: g.title, items: activities.filter((a) => a.goalIds.includes(g.id)) })),
        { id: 'none', title: t('activities.noGoal'), items: activities.filter((a) => a.goalIds.length === 0) },
      ].filter((b) => b.items.length > 0)
    : [{ id: 'all', title: '', items: activities }];

  return (
    <div className="activity-board">
      {bands.map((band) => {
        // Headings stay in order with or without a band title above the columns.
        const ColumnHeading = band.title ? 'h3' : 'h2';
        return (
        <section key={band.id} className="activity-board__band" aria-label={band.title || t('activities.views.board')}>
          {band.title ? <h2 className="activity-board__band-title">{band.title}</h2> : null}
          <div className="activity-board__columns">
            {ACTIVITY_STATUSES.map((status) => {
              const items = band.items.filter((a) => a.status === status);
              return (
                <section key={status} className="activity-board__column" aria-labelledby={`col-${band.id}-${status}`}>
                  <ColumnHeading className="activity-board__column-title" id={`col-${band.id}-${status}`}>
                    <span className={`pill pill--${status}`}>{t(`activityStatus.${status}`)}</span>
                    <span className="muted small">{items.length}</span>
                  </ColumnHeading>
                  <RankedActivities
                    activities={items}
                    ranks={ranks}
                    names={names}
                    onOpen={onOpen}
                    reorder={reorder}
                    label={t('activityPriority.columnLabel', { status: t(`activityStatus.${status}`) })}
                    className="activity-board__cards"
                    showStatus={false}
                    level={band.title ? 4 : 3}
                    extra={
                      onMove
                        ? (a) => (
                            <MenuTrigger>
                              <AriaButton className="button button--quiet button--small activity-board__move" aria-label={t('activities.moveNamed', { title: a.title })}>
                                {t('activities.move')}
                                <Icon name="chevronDown" size={16} />
                              </AriaButton>
                              <Popover className="select__popover">
                                <Menu className="select__list" onAction={(key) => onMove(a, key as ActivityStatus)}>
                                  {ACTIVITY_STATUSES.filter((s) => s !== a.status).map((s) => (
                                    <MenuItem key={s} id={s} className="select__option">
                                      {t(`activityStatus.${s}`)}
                                    </MenuItem>
                                  ))}
                                </Menu>
                              </Popover>
                            </MenuTrigger>
                          )
                        : undefined
                    }
                  />
                </section>
              );
            })}
          </div>
        </section>
        );
      })}
    </div>
  );
}
