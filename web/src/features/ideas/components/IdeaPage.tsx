// One idea: what it is, who proposed it, how far it got and why, who supports it, where it was
// discussed, and its own discussion. Deciders get the decision panel, the backbone the vote register.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button, LinkButton } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { IdeaStatusBadge } from '../../../components/ui/IdeaStatusBadge';
import { PageHeader } from '../../../components/ui/Layout';
import { QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { useIdea } from '../api/get-idea';
import { useDeleteIdea } from '../api/save-idea';
import { canChangeIdea, canDecide } from '../utils/access';
import { useIdeaNames } from '../utils/use-idea-names';
import { AboutIdea } from './AboutIdea';
import { DecisionHistory } from './DecisionHistory';
import { DecisionPanel } from './DecisionPanel';
import { IdeaDialog } from './IdeaDialog';
import { IdeaDiscussion } from './IdeaDiscussion';
import { IdeaMeetings } from './IdeaMeetings';
import { IdeaOutcome } from './IdeaOutcome';
import { SupportSection } from './SupportSection';
import '../ideas.css';

export default function IdeaPage() {
  const { t } = useTranslation();
  const { ideaId = '' } = useParams();
  const { initiativeId } = useInitiative();
  const idea = useIdea(initiativeId, ideaId);
  return (
    <div className="page idea-page">
      <div>
        <LinkButton to={initiativeRoute(initiativeId, 'ideas')} variant="quiet">
          <Icon name="arrowLeft" size={18} />
          {t('ideas.back')}
        </LinkButton>
      </div>
      <QueryState query={idea} loadingLabel={t('ideas.loadingOne')}>
        {(detail) => <IdeaView initiativeId={initiativeId} idea={detail} />}
      </QueryState>
    </div>
  );
}

function IdeaView({ initiativeId, idea }: { initiativeId: string; idea: IdeaDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const access = useInitiative();
  const names = useIdeaNames(initiativeId);
  const remove = useDeleteIdea(initiativeId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const changeable = canChangeIdea(access, idea);
  const proposer = idea.actorName ?? t('ideas.formerOrganisation');

  return (
    <>
      <title>{idea.title}</title>
      <PageHeader
        title={idea.title}
        eyebrow={<IdeaStatusBadge status={idea.status} />}
        actions={
          changeable ? (
            <>
              <Button onPress={() => setEditing(true)}>{t('ideas.edit')}</Button>
              <Button
                variant="quiet"
                onPress={() => {
                  remove.reset();
                  setDeleting(true);
                }}
              >
                {t('ideas.delete')}
              </Button>
            </>
          ) : undefined
        }
      >
        <p className="idea-page__by">
          {idea.proposedByName
            ? t('ideas.proposedByPersonOn', { actor: proposer, person: idea.proposedByName, date: formatDate(idea.createdAt, locale) })
            : t('ideas.proposedByOn', { actor: proposer, date: formatDate(idea.createdAt, locale) })}
        </p>
      </PageHeader>
      <IdeaOutcome initiativeId={initiativeId} idea={idea} />
      <div className="idea-page__grid">
        <div className="idea-page__main">
          <AboutIdea idea={idea} goal={names.goal} />
          <IdeaDiscussion initiativeId={initiativeId} ideaId={idea.id} />
        </div>
        <div className="idea-page__side">
          <SupportSection initiativeId={initiativeId} idea={idea} names={names} />
          {canDecide(access.role) ? <DecisionPanel initiativeId={initiativeId} idea={idea} /> : null}
          <DecisionHistory idea={idea} />
          <IdeaMeetings initiativeId={initiativeId} meetings={idea.meetings} />
        </div>
      </div>
      {editing ? (
        <IdeaDialog
          initiativeId={initiativeId}
          idea={idea}
          actors={[]}
          goals={names.goals}
          defaultActorId={idea.actorId}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('ideas.deleteTitle', { title: idea.title })}
          confirmLabel={t('ideas.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(false)}
          onConfirm={() => remove.mutate(idea.id, { onSuccess: () => navigate(initiativeRoute(initiativeId, 'ideas')) })}
          alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
        >
          {t('ideas.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
