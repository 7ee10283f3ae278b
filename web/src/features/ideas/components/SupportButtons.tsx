// The caller's own organisations' support for an idea: one toggle per organisation they speak for
// (aria-pressed says whether it supports the idea now). One vote per organisation, never per person.
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Idea } from '@ci/shared';
import { Icon } from '../../../components/ui/Icon';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useVote } from '../api/vote';
import { isOpen } from '../utils/access';

export function SupportButtons({
  initiativeId,
  idea,
  ownActors,
  inList = false,
}: {
  initiativeId: string;
  idea: Pick<Idea, 'id' | 'title' | 'status' | 'supporters'>;
  /** The organisations the caller speaks for, with their names. */
  ownActors: readonly { id: string; name: string }[];
  /** In a list, each button also names the idea. */
  inList?: boolean;
}) {
  const { t } = useTranslation();
  const vote = useVote(initiativeId);
  if (ownActors.length === 0 || !isOpen(idea.status)) return null;
  const several = ownActors.length > 1;
  return (
    <div className="idea-support-buttons">
      {ownActors.map((actor) => {
        const supports = idea.supporters.some((s) => s.actorId === actor.id);
        const pending = vote.isPending && vote.variables?.actorId === actor.id && vote.variables.ideaId === idea.id;
        const visible = several ? t('ideas.support.buttonAs', { actor: actor.name }) : t('ideas.support.button');
        return (
          <ToggleButton
            key={actor.id}
            className="button button--secondary idea-support-button"
            isSelected={supports}
            isDisabled={pending}
            aria-label={
              inList ? t('ideas.support.buttonFor', { actor: actor.name, title: idea.title }) : t('ideas.support.buttonAs', { actor: actor.name })
            }
            onChange={(support) => vote.mutate({ ideaId: idea.id, actorId: actor.id, support })}
          >
            {supports ? <Icon name="check" size={18} /> : null}
            {visible}
          </ToggleButton>
        );
      })}
      {vote.isError && vote.variables?.ideaId === idea.id ? (
        <p className="form__alert" role="alert">
          {t('ideas.support.failed')} {t(errorMessageKey(vote.error))}
        </p>
      ) : null}
    </div>
  );
}
