// The bell in the app's top bar: the number of unread notifications, and a popover listing them.
// Opening one goes to what it is about and marks it read.
import { useState } from 'react';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { useNotifications, useMarkRead } from '../api/notifications';
import { NotificationRow } from './NotificationRow';
import '../notifications.css';

const PAGE = 20;

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 16.5V11a6 6 0 0112 0v5.5l1.6 2H4.4zM10 20.5a2 2 0 004 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const query = useNotifications({ limit });
  const markRead = useMarkRead();
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <AriaButton className="bell" aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}>
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </AriaButton>
      <Popover placement="bottom end" className="bell__popover">
        <Dialog className="bell__dialog" aria-labelledby="bell-title">
          <div className="bell__head">
            <Heading slot="title" id="bell-title" className="bell__title">
              {t('notifications.title')}
            </Heading>
            {/* Never disabled: a button losing focus under the keyboard would drop the reader out of the dialog. */}
            <Button variant="quiet" className="bell__all" onPress={() => unread > 0 && !markRead.isPending && markRead.mutate({ all: true })}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
          {query.isError && !query.data ? (
            <p className="bell__empty">{t('notifications.loadFailed')}</p>
          ) : query.isPending ? (
            <p className="bell__empty">{t('notifications.loading')}</p>
          ) : items.length === 0 ? (
            <p className="bell__empty">{t('notifications.empty')}</p>
          ) : (
            <ul className="bell__list">
              {items.map((n) => (
                <NotificationRow
                  key={n.id}
                  notification={n}
                  onOpen={() => {
                    if (!n.readAt) markRead.mutate({ ids: [n.id] });
                    setOpen(false);
                  }}
                  onMarkRead={() => markRead.mutate({ ids: [n.id] })}
                />
              ))}
            </ul>
          )}
          {query.data && query.data.total > items.length ? (
            <div className="bell__more">
              <Button variant="quiet" onPress={() => setLimit((l) => l + PAGE)}>
                {t('notifications.showMore')}
              </Button>
            </div>
          ) : null}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
