// Ideas and proposals: every member sees every idea, its status and how many organisations support
// it, supports ideas for their own organisation, and proposes new ones.
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { ideasQueryOptions } from '../../../resources/ideas';
import { proposableActorIds } from '../utils/access';
import { isFiltered, listQuery, viewFromParams, writeView } from '../utils/list-params';
import { useIdeaNames } from '../utils/use-idea-names';
import { IdeaCard } from './IdeaCard';
import { IdeaDialog } from './IdeaDialog';
import { IdeaFilters } from './IdeaFilters';
import '../ideas.css';

export default function IdeasPage() {
  const { t } = useTranslation();
  const access = useInitiative();
  const { initiativeId } = access;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const ideas = useQuery({ ...ideasQueryOptions(initiativeId, listQuery(view)), placeholderData: keepPreviousData });
  const names = useIdeaNames(initiativeId);
  const [proposing, setProposing] = useState(false);

  const proposable = proposableActorIds(access, names.actors.map((a) => a.id));
  const proposableActors = names.actors.filter((a) => proposable.includes(a.id));
  // A partner proposes for its own organisation; the backbone for its own when it has one.
  const defaultActorId = proposableActors.length === 1 ? proposableActors[0]!.id : (access.actorIds.find((id) => proposable.includes(id)) ?? null);

  return (
    <div className="page ideas-page">
      <title>{t('ideas.pageTitle')}</title>
      <PageHeader
        title={t('ideas.pageTitle')}
        actions={
          proposableActors.length > 0 ? (
            <Button variant="primary" onPress={() => setProposing(true)}>
              {t('ideas.propose')}
            </Button>
          ) : undefined
        }
      >
        <p>{t('ideas.lead')}</p>
      </PageHeader>
      <IdeaFilters view={view} goals={names.goals} onChange={(next) => setParams(writeView(params, next), { replace: true })} />
      <QueryState query={ideas} loadingLabel={t('ideas.loading')}>
        {(items) => (
          <>
            <p className="ideas-count" role="status">
              {t('ideas.count', { count: items.length })}
            </p>
            {items.length === 0 ? (
              isFiltered(view) ? (
                <EmptyState title={t('ideas.noMatchTitle')}>{t('ideas.noMatchBody')}</EmptyState>
              ) : (
                <EmptyState title={t('ideas.emptyTitle')}>{t('ideas.emptyBody')}</EmptyState>
              )
            ) : (
              <ol className="idea-list" aria-label={t('ideas.listLabel')}>
                {items.map((idea) => (
                  <li key={idea.id}>
                    <IdeaCard initiativeId={initiativeId} idea={idea} names={names} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryState>
      {proposing ? (
        <IdeaDialog
          initiativeId={initiativeId}
          idea={null}
          actors={proposableActors}
          goals={names.goals}
          defaultActorId={defaultActorId}
          onClose={() => setProposing(false)}
          onCreated={(saved) => navigate(initiativeRoute(initiativeId, `ideas/${saved.id}`))}
        />
      ) : null}
    </div>
  );
}
