import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@ci/shared';
import { Button } from '../../../components/ui/Button';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import type { Choices } from './ActivityDialog';

/** An activity as read by those who do not change it. */
export function ActivityDetails({
  initiativeId,
  activity,
  choices,
  onClose,
  onEdit,
  onDelete,
}: {
  initiativeId: string;
  activity: Activity;
  choices: Choices;
  onClose: () => void;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const actor = (id: string) => choices.actors.find((a) => a.id === id)?.name ?? '…';
  const rows: [string, string][] = [
    [t('activities.status'), t(`activityStatus.${activity.status}`)],
    [t('activities.when'), [activity.startDate, activity.endDate].filter(Boolean).map((d) => formatDate(d!, locale)).join(' – ')],
    [t('activities.lead'), activity.leadActorId ? actor(activity.leadActorId) : ''],
    [t('activities.participants'), activity.participantActorIds.map(actor).join(', ')],
    [t('activities.group'), choices.groups.find((g) => g.id === activity.workingGroupId)?.name ?? ''],
    [t('activities.goals'), activity.goalIds.map((id) => choices.goals.find((g) => g.id === id)?.title ?? '').filter(Boolean).join(', ')],
    [t('activities.indicators'), activity.indicatorIds.map((id) => choices.indicators.find((i) => i.id === id)).filter(Boolean).map((i) => `${i!.code} ${i!.name}`).join(', ')],
    [t('activities.how'), activity.how],
    [t('activities.whenText'), activity.when],
    [t('activities.who'), activity.who],
  ];
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())} isDismissable>
      <Modal className="modal modal--wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {activity.title}
          </Heading>
          {activity.description ? <p className="activity-details__description">{activity.description}</p> : null}
          {activity.ideaId ? (
            <p className="activity-details__idea">
              <Link to={initiativeRoute(initiativeId, `ideas/${activity.ideaId}`)}>{t('activities.fromIdea')}</Link>
            </p>
          ) : null}
          <dl className="activity-details">
            {rows
              .filter(([, value]) => value.trim() !== '')
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <div className="dialog__actions">
            {onDelete ? (
              <Button variant="quiet" onPress={onDelete}>
                {t('activities.delete')}
              </Button>
            ) : null}
            {onEdit ? <Button onPress={onEdit}>{t('common.edit')}</Button> : null}
            <Button variant="primary" onPress={onClose} autoFocus>
              {t('activities.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
