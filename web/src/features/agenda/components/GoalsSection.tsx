import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Goal } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { goalsQueryOptions } from '../../../resources/goals';
import { allIndicatorsQueryOptions, useDeleteGoal, useOrderGoals } from '../api/agenda-api';
import { GoalDialog } from './GoalDialog';
import { MoveButtons } from './MoveButtons';

export function GoalsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const indicators = useQuery(allIndicatorsQueryOptions(initiativeId));
  const order = useOrderGoals(initiativeId);
  const remove = useDeleteGoal(initiativeId);
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  // The order on screen moves at once; the server's answer follows.
  const [localOrder, setLocalOrder] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    if (!goals.data) return;
    setLocalOrder(null);
  }, [goals.data]);

  const move = (list: Goal[], index: number, delta: -1 | 1) => {
    const ids = list.map((g) => g.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    setLocalOrder(ids);
    focusAfterMove.current = { id: moved!, direction: delta < 0 ? 'up' : 'down' };
    const goal = list[index]!;
    setAnnouncement(t('agenda.goals.moved', { title: goal.title, position: index + delta + 1, count: list.length }));
    order.mutate(ids, { onError: () => setLocalOrder(null) });
  };

  return (
    <Section
      id="goals"
      title={t('agenda.goals.title')}
      description={t('agenda.goals.lead')}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('agenda.goals.add')}
        </Button>
      }
    >
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {order.isError ? (
        <p className="form__alert" role="alert">
          {t('agenda.goals.orderFailed')} {t(errorMessageKey(order.error))}
        </p>
      ) : null}
      <QueryState query={goals}>
        {(items) => {
          const list = localOrder ? localOrder.map((id) => items.find((g) => g.id === id)!).filter(Boolean) : items;
          if (list.length === 0) return <EmptyState title={t('agenda.goals.emptyTitle')}>{t('agenda.goals.emptyBody')}</EmptyState>;
          return (
            <ol className="agenda-list">
              {list.map((goal, index) => {
                const count = (indicators.data ?? []).filter((i) => i.goalId === goal.id && !i.archived).length;
                return (
                  <li key={goal.id} className="agenda-item">
                    <span className="agenda-item__number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <div className="agenda-item__body">
                      <h3 className="agenda-item__title">{goal.title}</h3>
                      {goal.description ? <p className="agenda-item__text">{goal.description}</p> : null}
                      <p className="muted small">{t('agenda.goals.indicatorCount', { count })}</p>
                    </div>
                    <div className="agenda-item__actions">
                      <MoveButtons
                        name={goal.title}
                        isFirst={index === 0}
                        isLast={index === list.length - 1}
                        isDisabled={order.isPending}
                        onMove={(delta) => move(list, index, delta)}
                        focusRequest={focusAfterMove.current?.id === goal.id ? focusAfterMove.current.direction : null}
                        onFocused={() => (focusAfterMove.current = null)}
                      />
                      <Button className="button--small" onPress={() => setEditing(goal)} aria-label={t('agenda.editNamed', { name: goal.title })}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        className="button--small"
                        variant="quiet"
                        onPress={() => {
                          remove.reset();
                          setDeleting(goal);
                        }}
                        aria-label={t('agenda.deleteNamed', { name: goal.title })}
                      >
                        {t('agenda.delete')}
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
          );
        }}
      </QueryState>
      {editing ? <GoalDialog initiativeId={initiativeId} goal={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('agenda.goals.deleteTitle', { title: deleting.title })}
          confirmLabel={t('agenda.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
        >
          {t('agenda.goals.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
