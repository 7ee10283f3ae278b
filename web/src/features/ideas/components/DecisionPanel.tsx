// For the backbone and the steering group: take an idea up for discussion, accept it (it becomes an
// activity) or decline it with a reason everybody sees; a declined idea can be reopened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useDecideIdea } from '../api/decide-idea';
import { AcceptDialog, DeclineDialog } from './DecisionDialogs';

export function DecisionPanel({ initiativeId, idea }: { initiativeId: string; idea: IdeaDetail }) {
  const { t } = useTranslation();
  const decide = useDecideIdea(initiativeId, idea.id);
  const [dialog, setDialog] = useState<'accept' | 'decline' | null>(null);
  const open = (which: 'accept' | 'decline') => {
    decide.reset();
    setDialog(which);
  };
  return (
    <Section id="idea-decision" title={t('ideas.decision.title')} description={t('ideas.decision.lead')} className="idea-decision">
      {idea.status === 'accepted' ? (
        <p className="muted small">{t('ideas.decision.done')}</p>
      ) : (
        <div className="idea-decision__actions">
          {idea.status === 'proposed' ? (
            <Button onPress={() => decide.mutate({ status: 'under_discussion' })} isPending={decide.isPending && !dialog}>
              {t('ideas.decision.discuss')}
            </Button>
          ) : null}
          {idea.status === 'declined' ? (
            <Button onPress={() => decide.mutate({ status: 'under_discussion' })} isPending={decide.isPending && !dialog}>
              {t('ideas.decision.reopen')}
            </Button>
          ) : (
            <>
              <Button variant="primary" onPress={() => open('accept')}>
                {t('ideas.decision.accept')}
              </Button>
              <Button onPress={() => open('decline')}>{t('ideas.decision.decline')}</Button>
            </>
          )}
        </div>
      )}
      {decide.isError && !dialog ? (
        <p className="form__alert" role="alert">
          {t(errorMessageKey(decide.error))}
        </p>
      ) : null}
      {dialog === 'accept' ? <AcceptDialog idea={idea} decide={decide} onClose={() => setDialog(null)} /> : null}
      {dialog === 'decline' ? <DeclineDialog decide={decide} onClose={() => setDialog(null)} /> : null}
    </Section>
  );
}
