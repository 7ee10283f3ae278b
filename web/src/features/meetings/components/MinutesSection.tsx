import { useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@ci/shared';
import { TextAreaInput } from '../../../components/form/fields';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useSaveMeeting } from '../api/meetings';
import { renderMarkdown } from '../utils/markdown';

function Rendered({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised to a small allow-list in renderMarkdown: no scripts, handlers, styles or foreign images remain.
  return <div className="minutes" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function MinutesSection({ initiativeId, meeting, editor }: { initiativeId: string; meeting: Meeting; editor: boolean }) {
  const { t } = useTranslation();
  const save = useSaveMeeting(initiativeId);
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <Section
      id="minutes"
      title={t('meetings.minutes.title')}
      description={t('meetings.minutes.lead')}
      actions={editor && draft === null ? <Button onPress={() => setDraft(meeting.minutes)}>{t('meetings.minutes.edit')}</Button> : undefined}
    >
      {draft === null ? (
        meeting.minutes.trim() ? (
          <Rendered source={meeting.minutes} />
        ) : (
          <EmptyState title={t('meetings.minutes.empty')} />
        )
      ) : (
        <div className="form">
          <Tabs>
            <TabList className="tabs__list" aria-label={t('meetings.minutes.title')}>
              <Tab id="write" className="tabs__tab">
                {t('meetings.minutes.write')}
              </Tab>
              <Tab id="preview" className="tabs__tab">
                {t('meetings.minutes.preview')}
              </Tab>
            </TabList>
            <TabPanel id="write" className="tabs__panel">
              <TextAreaInput label={t('meetings.minutes.label')} hint={t('meetings.minutes.hint')} value={draft} onChange={setDraft} rows={14} />
            </TabPanel>
            <TabPanel id="preview" className="tabs__panel">
              {draft.trim() ? <Rendered source={draft} /> : <p className="muted">{t('meetings.minutes.empty')}</p>}
            </TabPanel>
          </Tabs>
          {save.isError ? (
            <p className="form__alert" role="alert">
              {t(errorMessageKey(save.error))} {t('meetings.minutes.kept')}
            </p>
          ) : null}
          <div className="dialog__actions">
            <Button variant="quiet" onPress={() => setDraft(null)} isDisabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button variant="primary" isPending={save.isPending} onPress={() => save.mutate({ meetingId: meeting.id, values: { minutes: draft } }, { onSuccess: () => setDraft(null) })}>
              {t('meetings.minutes.save')}
            </Button>
          </div>
        </div>
      )}
    </Section>
  );
}
