import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role, TodoItem } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon, type IconName } from '../../../components/ui/Icon';
import { ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatPeriod } from '../../../lib/format';
import { todoQueryOptions } from '../api/get-todo';
import { entryLink, formatDueDate } from '../utils/todo';
import '../todo.css';

/** Items shown before "Show all". */
const FIRST = 5;

// The same shapes as the reporting matrix, so "sent back" and "late" look alike everywhere.
const ICON: Record<TodoItem['kind'], IconName> = { returned: 'arrowLeft', late: 'atRisk', missing: 'noData' };

function TodoRow({ initiativeId, item, today, showActor }: { initiativeId: string; item: TodoItem; today: string; showActor: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = formatDueDate(item.dueDate, today, locale);
  const due =
    item.kind === 'late' ? t('todo.wasDue', { date }) : item.kind === 'missing' || item.dueDate >= today ? t('todo.dueBy', { date }) : null;
  return (
    <li className={`todo-item todo-item--${item.kind}`}>
      <span className="todo-item__kind">
        <Icon name={ICON[item.kind]} size={18} />
        {t(`todo.kinds.${item.kind}`)}
      </span>
      <div className="todo-item__body">
        <Link className="todo-item__title" to={entryLink(initiativeId, item)}>
          <span className="code-tag">{item.indicatorCode}</span> <span className="todo-item__name">{item.indicatorName}</span>
        </Link>
        <p className="todo-item__meta">
          {formatPeriod(item.period, locale)}
          {showActor ? ` · ${item.actorName ?? t('todo.wholeArea')}` : ''}
        </p>
        {item.kind === 'returned' ? <p className="todo-item__reason">{t('todo.reason', { reason: item.reason })}</p> : null}
        {item.kind !== 'returned' && item.hasDraft ? <p className="todo-item__draft">{t('todo.draftSaved')}</p> : null}
      </div>
      {due ? <span className="todo-item__due">{due}</span> : null}
    </li>
  );
}

/**
 * What the caller has to report: values sent back, values due now, late ones. Always shown to a
 * partner (an empty list is good news worth saying); to others only when they have something to do.
 */
export function TodoCard({ initiativeId, role }: { initiativeId: string; role: Role }) {
  const { t } = useTranslation();
  const query = useQuery({ ...todoQueryOptions(initiativeId), enabled: role !== 'steering' });
  const [showAll, setShowAll] = useState(false);
  const items = query.data?.items ?? [];
  if (role !== 'partner' && items.length === 0) return null;

  const shown = showAll ? items : items.slice(0, FIRST);
  const showActor = role !== 'partner' || new Set(items.map((i) => i.actorId)).size > 1;
  return (
    <section className="todo-card" aria-labelledby="todo-title">
      <h2 className="todo-card__title" id="todo-title">
        {t('todo.title')}
        {items.length > 0 ? <span className="todo-card__count">{items.length}</span> : null}
      </h2>
      {query.isPending ? (
        <Loading inline label={t('todo.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} title={t('todo.error')} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="todo-card__empty">
          <Icon name="check" size={20} />
          {t('todo.empty')}
        </p>
      ) : (
        <>
          <ul className="todo-list">
            {shown.map((item) => (
              <TodoRow
                key={`${item.kind}|${item.indicatorId}|${item.actorId ?? ''}|${item.period}`}
                initiativeId={initiativeId}
                item={item}
                today={query.data!.today}
                showActor={showActor}
              />
            ))}
          </ul>
          {items.length > FIRST ? (
            <Button variant="quiet" className="button--small todo-card__more" onPress={() => setShowAll((v) => !v)}>
              {showAll ? t('todo.showFewer') : t('todo.showAll', { count: items.length })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
