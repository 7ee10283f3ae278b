import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationMessage, type NotificationItem, type NotificationSentences } from '@ci/shared';
import { useLocale } from '../../../i18n';

/** Words a notification with the sentences the server's e-mails use too (shared catalogue). */
export function useNotificationText() {
  const { i18n } = useTranslation();
  const locale = useLocale();
  const words = i18n.getResourceBundle(i18n.language, 'translation')?.notificationText as NotificationSentences | undefined;
  return useCallback(
    (n: Pick<NotificationItem, 'kind' | 'params'>) => (words ? notificationMessage(n, words, locale) : { text: '', details: [] }),
    [words, locale],
  );
}
