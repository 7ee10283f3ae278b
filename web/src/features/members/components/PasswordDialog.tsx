import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Icon } from '../../../components/ui/Icon';
import type { CreatedMember } from './AddMemberDialog';

/**
 * The new member's one-time password, shown once: the server keeps only its hash. The dialog
 * says so plainly and offers a copy button, so it can be handed over without typing errors.
 */
export function PasswordDialog({
  created,
  onClose,
  reset = false,
}: {
  created: CreatedMember;
  onClose: () => void;
  /** An admin-issued reset of an existing account rather than a new one. */
  reset?: boolean;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.temporaryPassword ?? '');
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog__title">
            {t(reset ? 'members.resetDoneTitle' : 'members.createdTitle', { name: created.name })}
          </Heading>
          {created.temporaryPassword ? (
            <div className="form">
              <p>{t(reset ? 'members.resetLead' : 'members.passwordLead', { email: created.email })}</p>
              <div className="password-box">
                <code className="password-box__value" aria-label={t('members.passwordLabel')}>
                  {created.temporaryPassword}
                </code>
                <Button onPress={() => void copy()}>{t('members.copy')}</Button>
              </div>
              <p className="password-box__status" role="status">
                {copied === 'yes' ? (
                  <>
                    <Icon name="check" size={18} /> {t('members.copied')}
                  </>
                ) : copied === 'failed' ? (
                  t('members.copyFailed')
                ) : null}
              </p>
              <p className="form__alert">
                <Icon name="alert" size={18} />
                <span>{t('members.passwordOnce')}</span>
              </p>
            </div>
          ) : (
            <p>{t('members.existingUser', { email: created.email })}</p>
          )}
          <div className="dialog__actions">
            <Button variant="primary" onPress={onClose} autoFocus>
              {t('members.done')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
