// Who supports the idea: the count of organisations, the caller's own support, every supporting
// organisation with when (and at which meeting) it gave its vote, and for the backbone a way to
// record a vote given at a meeting or by mail.
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IdeaDetail } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { Section } from '../../../components/ui/Layout';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { meetingsQueryOptions } from '../../../resources/meetings';
import { useVote } from '../api/vote';
import { isOpen } from '../utils/access';
import type { IdeaNames } from '../utils/use-idea-names';
import { RecordVote } from './RecordVote';
import { SupportButtons } from './SupportButtons';

export function SupportSection({ initiativeId, idea, names }: { initiativeId: string; idea: IdeaDetail; names: IdeaNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { role } = useInitiative();
  const editor = canEditAll(role);
  const meetings = useQuery({ ...meetingsQueryOptions(initiativeId), enabled: editor || idea.supporters.some((s) => s.meetingId !== null) });
  const remove = useVote(initiativeId);
  const open = isOpen(idea.status);
  const meetingTitle = (id: string) => meetings.data?.find((m) => m.id === id)?.title;

  return (
    <Section id="idea-support" title={t('ideas.support.title')} description={t('ideas.support.lead')}>
      <p className="idea-support-count idea-support-count--large">
        <Icon name="people" size={22} />
        <span className="visually-hidden">{t('ideas.support.countLabel')} </span>
        <span>{t('ideas.organisations', { count: idea.supportCount })}</span>
      </p>
      <SupportButtons initiativeId={initiativeId} idea={idea} ownActors={names.ownActors} />
      {!open ? <p className="muted small">{t('ideas.support.closed')}</p> : null}
      {idea.supporters.length === 0 ? (
        <p className="muted small">{t('ideas.support.none')}</p>
      ) : (
        <ul className="idea-supporters" aria-label={t('ideas.support.listLabel')}>
          {idea.supporters.map((s) => {
            const title = s.meetingId ? meetingTitle(s.meetingId) : undefined;
            return (
              <li key={s.actorId} className="idea-supporters__item">
                <span className="idea-supporters__name">{s.actorName}</span>
                <span className="muted small">
                  {t('ideas.support.since', { date: formatDate(s.createdAt, locale) })}
                  {s.castByName ? ` · ${t('ideas.support.castBy', { name: s.castByName })}` : null}
                  {s.meetingId ? (
                    <>
                      {' · '}
                      {title ? (
                        <>
                          {t('ideas.support.atMeeting')} <Link to={initiativeRoute(initiativeId, `meetings/${s.meetingId}`)}>{title}</Link>
                        </>
                      ) : (
                        t('ideas.support.atAMeeting')
                      )}
                    </>
                  ) : null}
                </span>
                {editor && open ? (
                  <Button
                    variant="quiet"
                    className="button--small"
                    aria-label={t('ideas.support.removeFor', { actor: s.actorName })}
                    isDisabled={remove.isPending}
                    onPress={() => remove.mutate({ ideaId: idea.id, actorId: s.actorId, support: false })}
                  >
                    {t('ideas.support.remove')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {editor && open && names.actorsReady ? <RecordVote initiativeId={initiativeId} idea={idea} actors={names.actors} meetings={meetings.data ?? []} /> : null}
    </Section>
  );
}
