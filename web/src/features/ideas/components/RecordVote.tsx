// The backbone records an organisation's vote given outside the app, e.g. by a show of hands at a
// partner meeting: which organisation, and optionally at which meeting.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, IdeaDetail, MeetingListItem } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { Button } from '../../../components/ui/Button';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useVote } from '../api/vote';

export function RecordVote({
  initiativeId,
  idea,
  actors,
  meetings,
}: {
  initiativeId: string;
  idea: IdeaDetail;
  actors: readonly Actor[];
  meetings: readonly MeetingListItem[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const vote = useVote(initiativeId);
  const [actorId, setActorId] = useState<string | null>(null);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const candidates = actors.filter((a) => !idea.supporters.some((s) => s.actorId === a.id)).sort((a, b) => a.name.localeCompare(b.name));
  // The latest meetings first: a vote is usually recorded right after the meeting.
  const recent = [...meetings].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());

  const record = () => {
    if (!actorId) return setMissing(true);
    setMissing(false);
    vote.mutate({ ideaId: idea.id, actorId, support: true, meetingId }, { onSuccess: () => setActorId(null) });
  };

  return (
    <div className="record-vote" role="group" aria-labelledby="record-vote-title">
      <h3 className="record-vote__title" id="record-vote-title">
        {t('ideas.support.record')}
      </h3>
      <p className="muted small">{t('ideas.support.recordLead')}</p>
      {candidates.length === 0 ? (
        <p className="muted small">{t('ideas.support.allSupport')}</p>
      ) : (
        <>
          <ChoiceInput
            label={t('ideas.support.organisation')}
            value={actorId}
            options={candidates.map((a) => ({ id: a.id, label: a.name }))}
            onChange={(id) => {
              setActorId(id);
              setMissing(false);
            }}
            error={missing ? t('ideas.support.chooseOrganisation') : undefined}
          />
          <ChoiceInput
            label={t('ideas.support.meeting')}
            value={meetingId}
            noneLabel={t('ideas.support.noMeeting')}
            options={recent.map((m) => ({ id: m.id, label: `${m.title} (${formatDate(m.startsAt, locale)})` }))}
            onChange={setMeetingId}
          />
          <div>
            <Button onPress={record} isPending={vote.isPending}>
              {t('ideas.support.recordSubmit')}
            </Button>
          </div>
          {vote.isError ? (
            <p className="form__alert" role="alert">
              {t(errorMessageKey(vote.error))}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
