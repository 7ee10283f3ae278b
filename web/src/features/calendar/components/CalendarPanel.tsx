// The personal calendar feed: a secret link that calendar apps subscribe to, so the initiative's
// meetings show up (and stay up to date) next to everything else. Mountable on any screen.
import { useRef, useState } from 'react';
import { Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { ErrorState, Loading } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useCalendarFeeds, useRenewCalendarFeeds } from '../api/calendar-feeds';
import '../calendar.css';

type Notice = 'copied' | 'copyFailed' | 'renewed' | null;

export function CalendarPanel({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const feeds = useCalendarFeeds();
  const renew = useRenewCalendarFeeds();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const feed = feeds.data?.urls.find((u) => u.initiativeId === initiativeId);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setNotice('copied');
    } catch {
      // Without clipboard access (an old browser, a page not served over https) the link is
      // selected, so Ctrl+C or the context menu copies it.
      inputRef.current?.select();
      setNotice('copyFailed');
    }
  };

  const confirmRenew = () =>
    renew.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setNotice('renewed');
      },
    });

  return (
    <Section id="calendar-feed" title={t('calendar.title')} description={t('calendar.description')} className="calendar-panel">
      {feeds.isPending ? (
        <Loading inline label={t('calendar.loading')} />
      ) : feeds.isError ? (
        <ErrorState error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : !feed ? (
        <p className="muted">{t('calendar.noFeed')}</p>
      ) : (
        <>
          <div className="calendar-panel__link">
            <TextField className="field field--grow" value={feed.url} isReadOnly>
              <Label className="field__label">{t('calendar.linkLabel')}</Label>
              <Input ref={inputRef} className="field__input calendar-panel__url" onFocus={(e) => e.currentTarget.select()} />
            </TextField>
            <Button variant="primary" onPress={() => void copy(feed.url)}>
              {t('calendar.copy')}
            </Button>
          </div>
          <p className="calendar-panel__notice" role="status">
            {notice ? t(`calendar.notice.${notice}`) : ''}
          </p>
          <p className="field__hint">{t('calendar.secret')}</p>
          <div className="calendar-panel__howto">
            <div>
              <h3 className="subheading">{t('calendar.outlook.title')}</h3>
              <ol className="calendar-panel__steps">
                <li>{t('calendar.outlook.step1')}</li>
                <li>{t('calendar.outlook.step2')}</li>
                <li>{t('calendar.outlook.step3')}</li>
              </ol>
            </div>
            <div>
              <h3 className="subheading">{t('calendar.google.title')}</h3>
              <ol className="calendar-panel__steps">
                <li>{t('calendar.google.step1')}</li>
                <li>{t('calendar.google.step2')}</li>
                <li>{t('calendar.google.step3')}</li>
              </ol>
            </div>
          </div>
          <p className="muted small">{t('calendar.updates')}</p>
          <div className="calendar-panel__actions">
            <a className="button button--quiet" href={feed.url.replace(/^https?:/, 'webcal:')}>
              {t('calendar.openInApp')}
            </a>
            <Button variant="quiet" onPress={() => setConfirming(true)}>
              {t('calendar.renew')}
            </Button>
          </div>
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('calendar.renewTitle')}
          confirmLabel={t('calendar.renewConfirm')}
          onConfirm={confirmRenew}
          onClose={() => setConfirming(false)}
          isPending={renew.isPending}
          alert={renew.isError ? t(errorMessageKey(renew.error)) : undefined}
        >
          <p>{t('calendar.renewBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
