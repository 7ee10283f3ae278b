import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';

/** Approved figures may be corrected, but the log keeps why. */
export function ReasonDialog({
  count,
  isPending,
  onClose,
  onConfirm,
}: {
  count: number;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <FormDialog
      title={t('entry.reason.title')}
      submitLabel={t('entry.reason.submit')}
      isPending={isPending}
      onClose={onClose}
      onSubmit={() => {
        if (!reason.trim()) {
          setError(t('entry.reason.required'));
          return;
        }
        onConfirm(reason.trim());
      }}
    >
      <p>{t('entry.reason.body', { count })}</p>
      <TextAreaInput label={t('entry.reason.label')} value={reason} onChange={setReason} error={error} isRequired />
    </FormDialog>
  );
}
