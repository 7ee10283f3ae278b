import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalInput, type Goal } from '@ci/shared';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useSaveGoal } from '../api/agenda-api';

export function GoalDialog({ initiativeId, goal, onClose }: { initiativeId: string; goal: Goal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveGoal(initiativeId);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = () => {
    const parsed = goalInput.safeParse({ title, description });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
    setErrors({});
    save.mutate(
      { goalId: goal?.id, values: { title: parsed.data.title, description: parsed.data.description } },
      { onSuccess: onClose, onError: (err) => setErrors(serverFieldErrors(err, t)) },
    );
  };
  return (
    <FormDialog
      title={goal ? t('agenda.goals.editTitle') : t('agenda.goals.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('agenda.goals.goalTitle')} hint={t('agenda.goals.goalTitleHint')} value={title} onChange={setTitle} error={errors.title} isRequired />
      <TextAreaInput label={t('agenda.goals.description')} hint={t('agenda.goals.descriptionHint')} value={description} onChange={setDescription} error={errors.description} rows={5} />
    </FormDialog>
  );
}
