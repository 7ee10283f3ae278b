// The discussion and history of one value in a side dialog, for lists (Review, the indicator page).
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import { DiscussionPanel, type DiscussionPanelProps } from './DiscussionPanel';

export function DiscussionDialog({ title, subtitle, onClose, ...panel }: DiscussionPanelProps & { title: string; subtitle?: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay discussion-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal className="discussion-drawer">
        <Dialog className="discussion-drawer__dialog">
          <div className="discussion-drawer__head">
            <div>
              <Heading slot="title" className="discussion-drawer__title">
                {title}
              </Heading>
              {subtitle ? <p className="muted">{subtitle}</p> : null}
            </div>
            <Button variant="quiet" onPress={onClose} aria-label={t('comments.close')}>
              <Icon name="close" size={18} />
            </Button>
          </div>
          <DiscussionPanel {...panel} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
