import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Segmented } from '../../../components/ui/Segmented';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@ci/shared';
import { CheckboxInput } from '../../../components/form/fields';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { actorsQueryOptions } from '../../../resources/actors';
import { goalsQueryOptions } from '../../../resources/goals';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { workingGroupsQueryOptions } from '../../../resources/working-groups';
import { meetingsQueryOptions } from '../../../resources/meetings';
import { allActivitiesQueryOptions, useDeleteActivity, useReorderActivities, useSaveActivity } from '../api/activities';
import { ranksOf, reorderedIds } from '../utils/priority';
import { applyFilter, byPriority, filterFromParams, VIEWS, writeFilter, type ActivityView } from '../utils/filter';
import { ActivityBoard } from './ActivityBoard';
import { ActivityDetails } from './ActivityDetails';
import { ActivityDialog, type Choices } from './ActivityDialog';
import { ActivityFilters } from './ActivityFilters';
import { ActivityList } from './ActivityList';
import type { Names } from './ActivityCard';
import type { Reorder } from './RankedActivities';
import { YearView } from './YearView';
import '../activities.css';

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const editor = canEditAll(role);
  const [params, setParams] = useSearchParams();
  const view: ActivityView = VIEWS.includes(params.get('view') as ActivityView) ? (params.get('view') as ActivityView) : 'list';
  const year = Number(params.get('year')) || new Date().getFullYear();
  const byGoal = params.get('byGoal') === '1';
  const filter = filterFromParams(params);

  const activities = useQuery(allActivitiesQueryOptions(initiativeId));
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const groups = useQuery(workingGroupsQueryOptions(initiativeId));
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const meetings = useQuery({ ...meetingsQueryOptions(initiativeId), enabled: view === 'year' });
  const save = useSaveActivity(initiativeId);
  const remove = useDeleteActivity(initiativeId);
  const order = useReorderActivities(initiativeId);
  const [announcement, setAnnouncement] = useState('');

  // The open activity is in the address (`?activity=<id>`), so a link (from its idea) opens it.
  const openId = params.get('activity');
  const open = openId ? (activities.data?.find((a) => a.id === openId) ?? null) : null;
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const setOpen = (next: Activity | null) => setParam('activity', next?.id ?? null);
  const choices: Choices = { actors: actors.data ?? [], goals: goals.data ?? [], indicators: indicators.data ?? [], groups: groups.data ?? [] };
  const names: Names = {
    actor: (id) => (id ? (actors.data?.find((a) => a.id === id)?.name ?? null) : null),
    goal: (id) => goals.data?.find((g) => g.id === id)?.title ?? null,
  };

  return (
    <div className="page activities-page">
      <title>{t('activities.pageTitle')}</title>
      <PageHeader
        title={t('activities.pageTitle')}
        actions={
          editor ? (
            <Button variant="primary" onPress={() => setEditing('new')}>
              {t('activities.add')}
            </Button>
          ) : undefined
        }
      >
        <p>{t('activities.intro')}</p>
      </PageHeader>
      <div className="activities-toolbar">
        <Segmented
          label={t('activities.show')}
          value={view}
          onChange={(next) => setParam('view', next)}
          options={VIEWS.map((v) => ({ id: v, label: t(`activities.views.${v}`) }))}
        />
        {view === 'board' ? <CheckboxInput label={t('activities.byGoal')} isSelected={byGoal} onChange={(on) => setParam('byGoal', on ? '1' : null)} /> : null}
      </div>
      <ActivityFilters
        filter={filter}
        onChange={(next) => setParams(writeFilter(params, next), { replace: true })}
        goals={choices.goals}
        actors={[...choices.actors].sort((a, b) => a.name.localeCompare(b.name))}
        groups={choices.groups}
      />
      <QueryState query={activities} loadingLabel={t('activities.loading')}>
        {(items) => {
          const shown = applyFilter(items, filter);
          // An activity's rank is its place among all of them, whatever the filter shows.
          const ordered = [...items].sort(byPriority);
          const ranks = ranksOf(ordered);
          const reorder: Reorder | undefined = editor
            ? {
                isDisabled: order.isPending,
                onMove: (ids, target, position) => {
                  const next = reorderedIds(
                    ordered.map((a) => a.id),
                    ids,
                    target,
                    position,
                  );
                  const moved = ordered.find((a) => a.id === ids[0]);
                  // Dropped where it already was: nothing to save.
                  if (next.every((id, i) => id === ordered[i]?.id)) return;
                  setAnnouncement('');
                  order.mutate(next, {
                    onSuccess: () =>
                      moved && setAnnouncement(t('activityPriority.moved', { title: moved.title, rank: next.indexOf(moved.id) + 1, count: next.length })),
                  });
                },
              }
            : undefined;
          if (items.length === 0 && view !== 'year') return <EmptyState title={t('activities.emptyTitle')}>{t('activities.emptyBody')}</EmptyState>;
          return (
            <>
              <div className="activities-meta">
                <p className="activities-count" role="status">
                  {t('activities.count', { count: shown.length })}
                </p>
                {view !== 'year' && shown.length > 0 ? (
                  <p className="activities-order muted small">
                    {t('activityPriority.sortedByPriority')} {editor ? t('activityPriority.howTo') : null}
                  </p>
                ) : null}
                <p className="activities-reordered" role="status">
                  {announcement}
                </p>
                {order.isError ? (
                  <p className="form__alert" role="alert">
                    {t('activityPriority.failed')}
                  </p>
                ) : null}
              </div>
              {shown.length === 0 && view !== 'year' ? (
                <EmptyState title={t('activities.noMatchTitle')}>{t('activities.noMatchBody')}</EmptyState>
              ) : view === 'list' ? (
                <ActivityList activities={shown} ranks={ranks} names={names} onOpen={setOpen} reorder={reorder} />
              ) : view === 'board' ? (
                <ActivityBoard
                  activities={shown}
                  goals={choices.goals}
                  byGoal={byGoal}
                  names={names}
                  ranks={ranks}
                  onOpen={setOpen}
                  onMove={editor ? (a, status) => save.mutate({ activityId: a.id, values: { status } }) : undefined}
                  reorder={reorder}
                />
              ) : (
                <YearView
                  initiativeId={initiativeId}
                  year={year}
                  onYearChange={(y) => setParam('year', String(y))}
                  activities={shown}
                  meetings={meetings}
                  names={names}
                  onOpen={setOpen}
                />
              )}
              {save.isError && !editing ? (
                <p className="form__alert" role="alert">
                  {t(errorMessageKey(save.error))}
                </p>
              ) : null}
            </>
          );
        }}
      </QueryState>
      {open ? (
        <ActivityDetails
          initiativeId={initiativeId}
          activity={open}
          choices={choices}
          onClose={() => setOpen(null)}
          onEdit={
            editor
              ? () => {
                  setEditing(open);
                  setOpen(null);
                }
              : undefined
          }
          onDelete={
            editor
              ? () => {
                  remove.reset();
                  setDeleting(open);
                  setOpen(null);
                }
              : undefined
          }
        />
      ) : null}
      {editing ? <ActivityDialog initiativeId={initiativeId} activity={editing === 'new' ? null : editing} choices={choices} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('activities.deleteTitle', { title: deleting.title })}
          confirmLabel={t('activities.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
        >
          {t('activities.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
