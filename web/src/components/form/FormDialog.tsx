// A modal form and a modal yes/no question, on React Aria's Modal (focus is trapped and returned,
// Escape closes, the page behind is inert).
import type { FormEvent, ReactNode } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import './form.css';

export function FormDialog({
  title,
  onClose,
  onSubmit,
  isPending,
  submitLabel,
  alert,
  wide = false,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  isPending?: boolean;
  submitLabel?: string;
  /** A message about the whole form (not one field), e.g. the server could not be reached. */
  alert?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())} isDismissable={!isPending}>
      <Modal className={wide ? 'modal modal--wide' : 'modal'}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          <Form className="form" onSubmit={submit} validationBehavior="aria">
            {children}
            {alert ? (
              <p className="form__alert" role="alert">
                <Icon name="alert" size={18} />
                <span>{alert}</span>
              </p>
            ) : null}
            <div className="dialog__actions">
              <Button variant="quiet" onPress={onClose} isDisabled={isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="primary" isPending={isPending}>
                {submitLabel ?? t('common.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  isPending,
  alert,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isPending?: boolean;
  alert?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())} isDismissable={!isPending}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title" className="dialog__title">
            {title}
          </Heading>
          <div className="form">
            <div>{children}</div>
            {alert ? (
              <p className="form__alert" role="alert">
                <Icon name="alert" size={18} />
                <span>{alert}</span>
              </p>
            ) : null}
            <div className="dialog__actions">
              <Button variant="quiet" onPress={onClose} isDisabled={isPending} autoFocus>
                {t('common.cancel')}
              </Button>
              <Button variant="primary" onPress={onConfirm} isPending={isPending}>
                {confirmLabel}
              </Button>
            </div>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
