import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measurementReview } from '@ci/shared';
import { FormDialog } from '../../../components/form/FormDialog';
import { TextAreaInput } from '../../../components/form/fields';

/** Asks why the selected values go back; the partner reads the reason next to each value. */
export function ReturnDialog({
  ids,
  onSubmit,
  onClose,
  isPending,
  alert,
}: {
  ids: readonly string[];
  onSubmit: (reason: string) => void;
  onClose: () => void;
  isPending: boolean;
  alert?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  const submit = () => {
    // The same schema as the server, so the form cannot send what the route would refuse.
    const parsed = measurementReview.safeParse({ ids, action: 'return', reason: reason.trim() || undefined });
    if (!parsed.success) {
      setError(parsed.error.issues.some((i) => i.path[0] === 'reason') ? t('review.returnDialog.reasonRequired') : t('formFields.invalid'));
      return;
    }
    setError(undefined);
    onSubmit(parsed.data.reason!);
  };

  return (
    <FormDialog
      title={t('review.returnDialog.title', { count: ids.length })}
      submitLabel={t('review.returnDialog.submit')}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      alert={alert}
    >
      <TextAreaInput
        label={t('review.returnDialog.reason')}
        hint={t('review.returnDialog.reasonHint')}
        value={reason}
        onChange={(next) => {
          setReason(next);
          if (error && next.trim()) setError(undefined);
        }}
        error={error}
        isRequired
        rows={4}
      />
    </FormDialog>
  );
}
