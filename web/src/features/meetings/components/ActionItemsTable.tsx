import { Link } from 'react-router';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { useUpdateActionItem } from '../api/meetings';
import { canTickActionItem } from '../utils/access';

export type ActionRow = ActionItem & { meetingId: string; meetingTitle?: string };

/** Action items with owner and due date; the done box is live for those who may tick it. */
export function ActionItemsTable({
  rows,
  actorName,
  showMeeting = false,
  onDelete,
  caption,
}: {
  rows: readonly ActionRow[];
  actorName: (id: string) => string;
  showMeeting?: boolean;
  onDelete?: (item: ActionRow) => void;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId, role, actorIds } = useInitiative();
  const update = useUpdateActionItem(initiativeId);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="table-wrap action-items-wrap">
      {update.isError ? (
        <p className="form__alert" role="alert">
          {t(errorMessageKey(update.error))}
        </p>
      ) : null}
      <table className="table action-items">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.actions.done')}</th>
            <th scope="col">{t('meetings.actions.what')}</th>
            <th scope="col">{t('meetings.actions.owner')}</th>
            <th scope="col">{t('meetings.actions.due')}</th>
            {showMeeting ? <th scope="col">{t('meetings.actions.meeting')}</th> : null}
            {onDelete ? (
              <th scope="col">
                <span className="visually-hidden">{t('meetings.actionsColumn')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            const overdue = !item.done && item.dueDate !== null && item.dueDate < today;
            const mayTick = canTickActionItem({ role, actorIds }, item);
            return (
              <tr key={item.id} className={item.done ? 'action-items__row--done' : undefined}>
                <td>
                  <Checkbox
                    className="checkbox"
                    isSelected={item.done}
                    isDisabled={!mayTick || update.isPending}
                    aria-label={t(item.done ? 'meetings.actions.markOpen' : 'meetings.actions.markDone', { title: item.title })}
                    onChange={(done) => update.mutate({ meetingId: item.meetingId, actionItemId: item.id, patch: { done } })}
                  >
                    {({ isSelected }) => (
                      <span className="checkbox__box" aria-hidden="true">
                        {isSelected ? <Icon name="check" size={16} /> : null}
                      </span>
                    )}
                  </Checkbox>
                </td>
                <td>{item.title}</td>
                <td>{item.ownerActorId ? actorName(item.ownerActorId) : <span className="muted">–</span>}</td>
                <td className={overdue ? 'action-items__overdue' : undefined}>
                  {item.dueDate ? formatDate(item.dueDate, locale) : '–'}
                  {overdue ? <span className="action-items__late"> {t('meetings.actions.overdue')}</span> : null}
                </td>
                {showMeeting ? (
                  <td>
                    <Link to={initiativeRoute(initiativeId, `meetings/${item.meetingId}`)}>{item.meetingTitle}</Link>
                  </td>
                ) : null}
                {onDelete ? (
                  <td>
                    <Button className="button--small" variant="quiet" onPress={() => onDelete(item)} aria-label={t('meetings.deleteNamed', { name: item.title })}>
                      {t('meetings.delete')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
