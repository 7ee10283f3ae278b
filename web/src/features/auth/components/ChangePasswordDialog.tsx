// Changing one's own password from the account menu; afterwards it says what happened to the
// other sign-ins, since the person may wonder why another device asks them to sign in again.
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { usePasswordChange } from './PasswordFields';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const form = usePasswordChange(() => setChanged(true));

  if (changed) {
    return (
      <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => (open ? undefined : onClose())}>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog__title">
              {t('account.passwordTitle')}
            </Heading>
            <p role="status">{t('account.passwordChanged')}</p>
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
  return (
    <FormDialog
      title={t('account.passwordTitle')}
      onClose={onClose}
      onSubmit={form.submit}
      isPending={form.isPending}
      submitLabel={t('account.passwordSave')}
      alert={form.alert}
    >
      {form.fields}
    </FormDialog>
  );
}
