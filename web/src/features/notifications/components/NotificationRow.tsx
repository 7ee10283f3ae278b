import { Link } from 'react-router';
import { Button as AriaButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '@ci/shared';
import { useLocale } from '../../../i18n';
import { timeAgo } from '../utils/time-ago';
import { useNotificationText } from '../utils/use-notification-text';

/** At most this many detail lines under a sentence; the page it links to has the rest. */
const DETAILS = 4;

export function NotificationRow({ notification: n, onOpen, onMarkRead }: { notification: NotificationItem; onOpen: () => void; onMarkRead: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const say = useNotificationText();
  const { text, details } = say(n);
  const unread = n.readAt === null;
  const sentence = (
    <>
      {unread ? <span className="visually-hidden">{t('notifications.unreadMark')} </span> : null}
      {text}
    </>
  );
  return (
    <li className={unread ? 'notice notice--unread' : 'notice'}>
      <span className="notice__dot" aria-hidden="true" />
      <div className="notice__body">
        {n.link ? (
          <Link className="notice__text" to={n.link} onClick={onOpen}>
            {sentence}
          </Link>
        ) : (
          <p className="notice__text">{sentence}</p>
        )}
        {details.length > 0 ? (
          <ul className="notice__details">
            {details.slice(0, DETAILS).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
            {details.length > DETAILS ? <li>{t('notifications.moreDetails', { count: details.length - DETAILS })}</li> : null}
          </ul>
        ) : null}
        <p className="notice__meta">
          {n.initiativeName ? <span>{n.initiativeName} · </span> : null}
          <time dateTime={n.createdAt.toISOString()}>{timeAgo(n.createdAt, new Date(), locale)}</time>
          {unread && !n.link ? (
            <>
              {' · '}
              <AriaButton className="notice__read" onPress={onMarkRead}>
                {t('notifications.markRead')}
              </AriaButton>
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}
