// How far the idea got, in a box at the top of its page: a declined idea's reason is shown to
// everyone (its proposers above all), an accepted idea leads to the activity it became.
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { activitiesQueryOptions } from '../../../resources/activities';

export function IdeaOutcome({ initiativeId, idea }: { initiativeId: string; idea: IdeaDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const activities = useQuery({ ...activitiesQueryOptions(initiativeId), enabled: idea.activityId !== null });
  if (idea.status === 'proposed' && !idea.decisionReason) return null;
  const last = idea.decisions.at(-1);
  const when = idea.decidedAt ?? last?.createdAt ?? null;
  const heading =
    idea.status === 'proposed'
      ? t('ideas.outcome.proposed')
      : when
        ? t(`ideas.outcome.${idea.status}On`, { date: formatDate(when, locale) })
        : t(`ideaStatus.${idea.status}`);
  const activity = idea.activityId ? activities.data?.find((a) => a.id === idea.activityId) : undefined;

  return (
    <section className={`idea-outcome idea-outcome--${idea.status.replace('_', '-')}`} aria-labelledby="idea-outcome-title">
      <h2 className="idea-outcome__title" id="idea-outcome-title">
        <Icon name={idea.status === 'declined' ? 'declined' : idea.status === 'accepted' ? 'onTrack' : 'speech'} size={22} />
        {heading}
      </h2>
      {idea.decisionReason ? (
        <div className="idea-outcome__reason">
          <p className="idea-outcome__label">{idea.status === 'declined' ? t('ideas.outcome.declinedReason') : t('ideas.outcome.reason')}</p>
          <p className="idea-text">{idea.decisionReason}</p>
        </div>
      ) : null}
      {last?.userName ? <p className="idea-outcome__by muted small">{t('ideas.outcome.by', { name: last.userName })}</p> : null}
      {idea.activityId ? (
        <p className="idea-outcome__activity">
          {t('ideas.outcome.becameActivity')}{' '}
          <Link to={`${initiativeRoute(initiativeId, 'activities')}?activity=${idea.activityId}`}>{activity?.title ?? t('ideas.outcome.openActivity')}</Link>
        </p>
      ) : null}
    </section>
  );
}
