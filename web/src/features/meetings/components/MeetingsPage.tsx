import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { PageHeader, Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { actorsQueryOptions } from '../../../resources/actors';
import { meetingsQueryOptions } from '../../../resources/meetings';
import { openActionItemsQueryOptions } from '../api/meetings';
import { ActionItemsTable } from './ActionItemsTable';
import { MeetingDialog } from './MeetingDialog';
import { MeetingList } from './MeetingList';
import { SeriesList } from './SeriesList';
import { CalendarPanel } from '../../calendar/components/CalendarPanel';
import '../meetings.css';

const PAST_SHOWN = 8;

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const editor = canEditAll(role);
  const meetings = useQuery(meetingsQueryOptions(initiativeId));
  const actions = useQuery(openActionItemsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const [adding, setAdding] = useState(false);
  const [allPast, setAllPast] = useState(false);
  const actorName = (id: string) => actors.data?.find((a) => a.id === id)?.name ?? '…';
  const now = Date.now();

  return (
    <div className="page meetings-page">
      <title>{t('meetings.pageTitle')}</title>
      <PageHeader
        title={t('meetings.pageTitle')}
        actions={
          editor ? (
            <Button variant="primary" onPress={() => setAdding(true)}>
              {t('meetings.add')}
            </Button>
          ) : undefined
        }
      >
        <p>{t('meetings.lead')}</p>
      </PageHeader>
      <div className="meetings-layout">
        <div className="meetings-layout__main">
          <QueryState query={meetings} loadingLabel={t('meetings.loading')}>
            {(items) => {
              const upcoming = items.filter((m) => m.endsAt.getTime() >= now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
              const past = items.filter((m) => m.endsAt.getTime() < now).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
              return (
                <>
                  <Section id="upcoming" title={t('meetings.upcoming')}>
                    {upcoming.length === 0 ? (
                      <EmptyState title={t('meetings.noUpcoming')} />
                    ) : (
                      <MeetingList initiativeId={initiativeId} meetings={upcoming} />
                    )}
                  </Section>
                  <Section id="past" title={t('meetings.past')}>
                    {past.length === 0 ? (
                      <EmptyState title={t('meetings.noPast')} />
                    ) : (
                      <>
                        <MeetingList initiativeId={initiativeId} meetings={allPast ? past : past.slice(0, PAST_SHOWN)} past />
                        {past.length > PAST_SHOWN ? (
                          <div>
                            <Button variant="quiet" onPress={() => setAllPast((v) => !v)}>
                              {allPast ? t('meetings.showFewer') : t('meetings.showAll', { count: past.length })}
                            </Button>
                          </div>
                        ) : null}
                      </>
                    )}
                  </Section>
                </>
              );
            }}
          </QueryState>
          <Section id="open-actions" title={t('meetings.openActions')} description={t('meetings.openActionsLead')}>
            <QueryState query={actions}>
              {(items) =>
                items.length === 0 ? (
                  <EmptyState title={t('meetings.noOpenActions')} />
                ) : (
                  <ActionItemsTable
                    caption={t('meetings.openActions')}
                    rows={[...items].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))}
                    actorName={actorName}
                    showMeeting
                  />
                )
              }
            </QueryState>
          </Section>
        </div>
        <div className="meetings-layout__side">
          <SeriesList initiativeId={initiativeId} editor={editor} />
          <CalendarPanel initiativeId={initiativeId} />
        </div>
      </div>
      {adding ? <MeetingDialog initiativeId={initiativeId} meeting={null} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
