import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../i18n';
import type { Activity } from '@ci/shared';
import { activitiesQueryOptions } from '../../../resources/activities';

export function ActorActivities({ initiativeId, actorId }: { initiativeId: string; actorId: string }) {
  const { t } = useTranslation();
  const activities = useQuery(activitiesQueryOptions(initiativeId, { actorId }));
  return (
    <QueryState query={activities}>
      {(items) => {
        const leads = items.filter((a) => a.leadActorId === actorId);
        const joins = items.filter((a) => a.leadActorId !== actorId && a.participantActorIds.includes(actorId));
        if (leads.length === 0 && joins.length === 0) return <EmptyState title={t('actor.noActivities')} />;
        return (
          <div className="two-lists">
            <ActivityList title={t('actor.leads')} items={leads} empty={t('actor.leadsNone')} />
            <ActivityList title={t('actor.joins')} items={joins} empty={t('actor.joinsNone')} />
          </div>
        );
      }}
    </QueryState>
  );
}

function ActivityList({ title, items, empty }: { title: string; items: Activity[]; empty: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div>
      <h3 className="subheading">{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((a) => (
            <li key={a.id} className="plain-list__item">
              <span className="plain-list__title">{a.title}</span>
              <span className={`pill pill--${a.status}`}>{t(`activityStatus.${a.status}`)}</span>
              {a.startDate ? (
                <span className="muted small">
                  {a.endDate ? `${formatDate(a.startDate, locale)} – ${formatDate(a.endDate, locale)}` : formatDate(a.startDate, locale)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
