import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Idea } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { IdeaStatusBadge } from '../../../components/ui/IdeaStatusBadge';
import { initiativeRoute } from '../../../lib/initiative';
import type { IdeaNames } from '../utils/use-idea-names';
import { SupportButtons } from './SupportButtons';

/** One idea in the list: what, from whom, towards which goals, how far it got, and how many organisations back it. */
export function IdeaCard({ initiativeId, idea, names }: { initiativeId: string; idea: Idea; names: IdeaNames }) {
  const { t } = useTranslation();
  const goals = idea.goalIds.map(names.goal).filter((g): g is string => g !== null);
  return (
    <article className="idea-card" aria-labelledby={`idea-${idea.id}`}>
      <div className="idea-card__head">
        <h2 className="idea-card__title" id={`idea-${idea.id}`}>
          <Link to={initiativeRoute(initiativeId, `ideas/${idea.id}`)}>{idea.title}</Link>
        </h2>
        <IdeaStatusBadge status={idea.status} size="small" />
      </div>
      <p className="idea-card__by muted">{t('ideas.proposedBy', { actor: idea.actorName ?? t('ideas.formerOrganisation') })}</p>
      {goals.length > 0 ? (
        <ul className="chips chips--static idea-card__goals" aria-label={t('ideas.goals')}>
          {goals.map((g) => (
            <li key={g} className="chip">
              {g}
            </li>
          ))}
        </ul>
      ) : null}
      {idea.status === 'declined' && idea.decisionReason ? (
        <p className="idea-card__reason">
          <strong>{t('ideas.outcome.declinedReason')}</strong> {idea.decisionReason}
        </p>
      ) : null}
      <div className="idea-card__foot">
        <span className="idea-support-count">
          <Icon name="people" size={18} />
          <span className="visually-hidden">{t('ideas.support.countLabel')} </span>
          <span>{t('ideas.organisations', { count: idea.supportCount })}</span>
        </span>
        {idea.commentCount > 0 ? <span className="muted small">{t('ideas.comments', { count: idea.commentCount })}</span> : null}
        <SupportButtons initiativeId={initiativeId} idea={idea} ownActors={names.ownActors} inList />
      </div>
    </article>
  );
}
