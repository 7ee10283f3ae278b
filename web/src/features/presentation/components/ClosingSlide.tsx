import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../components/ui/States';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { actorsQueryOptions } from '../../../resources/actors';
import { useOpenActionItems } from '../api/get-open-action-items';

/** As many as a projector shows legibly; the rest are counted. */
const SHOWN = 7;

/** The closing slide: what was promised at earlier meetings and is not done yet. */
export function ClosingSlide({ initiativeId, titleId }: { initiativeId: string; titleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const items = useOpenActionItems(initiativeId);
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const actorName = (id: string | null) => (id ? actors.data?.find((a) => a.id === id)?.name : undefined);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="slide slide--closing">
      <header className="slide__head">
        <p className="slide__eyebrow">{t('presentation.closingEyebrow')}</p>
        <h1 className="slide__title" id={titleId}>
          {t('presentation.closingTitle')}
        </h1>
      </header>
      {items.isPending ? (
        <Loading label={t('presentation.loadingActions')} />
      ) : items.isError ? (
        <ErrorState error={items.error} onRetry={() => void items.refetch()} />
      ) : items.data.length === 0 ? (
        <p className="slide__empty">{t('presentation.noOpenActions')}</p>
      ) : (
        <>
          <ol className="actions-list">
            {items.data.slice(0, SHOWN).map((item) => {
              const owner = actorName(item.ownerActorId);
              const overdue = item.dueDate !== null && item.dueDate < today;
              return (
                <li key={item.id} className="actions-list__item">
                  <span className="actions-list__title">{item.title}</span>
                  <span className="actions-list__meta">
                    {owner ? <span>{owner}</span> : null}
                    {item.dueDate ? (
                      <span className={overdue ? 'actions-list__due actions-list__due--overdue' : 'actions-list__due'}>
                        {t(overdue ? 'presentation.overdue' : 'presentation.due', { date: formatDate(item.dueDate, locale) })}
                      </span>
                    ) : null}
                    <span className="actions-list__from">{t('presentation.fromMeeting', { title: item.meetingTitle })}</span>
                  </span>
                </li>
              );
            })}
          </ol>
          {items.data.length > SHOWN ? <p className="slide__more">{t('presentation.moreActions', { count: items.data.length - SHOWN })}</p> : null}
        </>
      )}
    </div>
  );
}
