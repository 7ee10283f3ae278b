// The most supported ideas still waiting for a decision: one bar per idea, as long as the number of
// organisations behind it, so the room sees at a glance what the partners want to take up. Screen
// readers get the same as a table.
import { useTranslation } from 'react-i18next';
import type { Idea } from '@ci/shared';
import { DataTable } from '../../../components/charts/DataTable';
import { IdeaStatusBadge } from '../../../components/ui/IdeaStatusBadge';

export function IdeasSlide({ ideas, titleId }: { ideas: readonly Idea[]; titleId: string }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...ideas.map((i) => i.supportCount));
  const proposer = (idea: Idea) => idea.actorName ?? t('presentation.ideas.formerOrganisation');
  return (
    <div className="slide slide--ideas">
      <header className="slide__head">
        <p className="slide__eyebrow">{t('presentation.ideas.eyebrow')}</p>
        <h1 className="slide__title" id={titleId}>
          {t('presentation.ideasTitle')}
        </h1>
      </header>
      <ol className="idea-bars" aria-hidden="true">
        {ideas.map((idea) => (
          <li key={idea.id} className="idea-bars__item">
            <span className="idea-bars__text">
              <span className="idea-bars__title">{idea.title}</span>
              <span className="idea-bars__meta">
                {proposer(idea)} <IdeaStatusBadge status={idea.status} size="small" />
              </span>
            </span>
            <span className="idea-bars__track">
              <span className="idea-bars__fill" style={{ width: `${(idea.supportCount / most) * 100}%` }} />
            </span>
            <span className="idea-bars__count">{t('presentation.ideas.organisations', { count: idea.supportCount })}</span>
          </li>
        ))}
      </ol>
      <DataTable
        className="visually-hidden"
        caption={t('presentation.ideas.table')}
        columns={[
          { key: 'idea', header: t('presentation.ideas.idea') },
          { key: 'proposer', header: t('presentation.ideas.proposedBy') },
          { key: 'status', header: t('presentation.ideas.status') },
          { key: 'support', header: t('presentation.ideas.support'), numeric: true },
        ]}
        rows={ideas.map((idea) => ({
          key: idea.id,
          cells: {
            idea: idea.title,
            proposer: proposer(idea),
            status: t(`ideaStatus.${idea.status}`),
            support: t('presentation.ideas.organisations', { count: idea.supportCount }),
          },
        }))}
      />
    </div>
  );
}
