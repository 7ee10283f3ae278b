import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button, LinkButton } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { actorsQueryOptions } from '../../../resources/actors';
import { meetingQueryOptions } from '../../../resources/meetings';
import { useDeleteMeeting } from '../api/meetings';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { DecisionsSection } from './DecisionsSection';
import { MeetingActions } from './MeetingActions';
import { MeetingDialog } from './MeetingDialog';
import { MinutesSection } from './MinutesSection';
import { MeetingPacks } from '../../reports/components/MeetingPacks';
import '../meetings.css';

export default function MeetingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { meetingId = '' } = useParams();
  const { initiativeId, role } = useInitiative();
  const editor = canEditAll(role);
  const meeting = useQuery(meetingQueryOptions(initiativeId, meetingId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const remove = useDeleteMeeting(initiativeId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <div className="page meeting-page">
      <div>
        <LinkButton to={initiativeRoute(initiativeId, 'meetings')} variant="quiet">
          <Icon name="arrowLeft" size={18} />
          {t('meetings.back')}
        </LinkButton>
      </div>
      <QueryState query={meeting} loadingLabel={t('meetings.loadingOne')}>
        {(m) => (
          <>
            <title>{m.title}</title>
            <PageHeader
              title={m.title}
              eyebrow={
                <>
                  <span className="pill">{t(`meetingKinds.${m.kind}`)}</span>
                  {m.status !== 'planned' ? <span className={`pill meeting-status--${m.status}`}>{t(`meetings.statuses.${m.status}`)}</span> : null}
                </>
              }
              actions={
                editor ? (
                  <>
                    <Button onPress={() => setEditing(true)}>{t('meetings.editDetails')}</Button>
                    <Button
                      variant="quiet"
                      onPress={() => {
                        remove.reset();
                        setDeleting(true);
                      }}
                    >
                      {t('meetings.deleteMeeting')}
                    </Button>
                  </>
                ) : undefined
              }
            >
              <p className="meeting-page__when">
                <Icon name="calendar" size={18} />
                <time dateTime={m.startsAt.toISOString()}>{formatDateTime(m.startsAt, locale)}</time>
                {m.place ? <span> · {m.place}</span> : null}
              </p>
            </PageHeader>
            <div className="meeting-page__grid">
              <AgendaSection initiativeId={initiativeId} meeting={m} editor={editor} />
              <AttendanceSection initiativeId={initiativeId} meeting={m} actors={actors.data ?? []} editor={editor} />
              <MinutesSection initiativeId={initiativeId} meeting={m} editor={editor} />
              <DecisionsSection initiativeId={initiativeId} meeting={m} editor={editor} />
              <MeetingActions initiativeId={initiativeId} meeting={m} actors={actors.data ?? []} editor={editor} />
              <MeetingPacks meetingId={m.id} />
            </div>
            {editing ? <MeetingDialog initiativeId={initiativeId} meeting={m} onClose={() => setEditing(false)} /> : null}
            {deleting ? (
              <ConfirmDialog
                title={t('meetings.deleteTitle', { title: m.title })}
                confirmLabel={t('meetings.deleteMeeting')}
                isPending={remove.isPending}
                onClose={() => setDeleting(false)}
                onConfirm={() => remove.mutate(m.id, { onSuccess: () => navigate(initiativeRoute(initiativeId, 'meetings')) })}
                alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
              >
                {t('meetings.deleteBody')}
              </ConfirmDialog>
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
