// Accepting (with the activity it becomes, prefilled from the idea) and declining (with the reason
// that is shown to everybody, so it is required).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ideaDecisionInput, type IdeaDecisionInput, type IdeaDetail } from '@ci/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { DateField } from '../../../components/form/DateField';
import { FormDialog } from '../../../components/form/FormDialog';
import { zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';

type Decide = UseMutationResult<IdeaDetail, Error, IdeaDecisionInput>;

function fieldKey(path: readonly PropertyKey[]): string {
  // `activity.title` → `title`: the dialog's fields are the activity's.
  return String(path.at(-1) ?? '');
}

export function AcceptDialog({ idea, decide, onClose }: { idea: IdeaDetail; decide: Decide; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ title: idea.title, how: idea.how, when: idea.when, who: idea.who, startDate: '', endDate: '', reason: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const { reason, startDate, endDate, ...activity } = form;
    const decision = {
      status: 'accepted' as const,
      ...(reason.trim() ? { reason } : {}),
      activity: { ...activity, startDate: startDate || null, endDate: endDate || null },
    };
    const parsed = ideaDecisionInput.safeParse(decision);
    const found: FieldErrors = parsed.success ? {} : Object.fromEntries(Object.entries(zodFieldErrors(parsed.error, t)).map(([k, v]) => [k.split('.').pop()!, v]));
    if (startDate && endDate && endDate < startDate) found.endDate = t('formFields.endBeforeStart');
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    decide.mutate(parsed.data, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title={t('ideas.decision.acceptTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={decide.isPending}
      submitLabel={t('ideas.decision.acceptSubmit')}
      alert={decide.isError ? t(errorMessageKey(decide.error)) : null}
      wide
    >
      <p>{t('ideas.decision.acceptLead')}</p>
      <TextInput label={t('ideas.decision.activityTitle')} value={form.title} onChange={set('title')} error={errors.title} isRequired />
      <TextAreaInput label={t('ideas.how')} value={form.how} onChange={set('how')} error={errors.how} rows={2} />
      <TextAreaInput label={t('ideas.when')} value={form.when} onChange={set('when')} error={errors.when} rows={2} />
      <TextAreaInput label={t('ideas.who')} value={form.who} onChange={set('who')} error={errors.who} rows={2} />
      <div className="form__grid">
        <DateField label={t('ideas.decision.startDate')} value={form.startDate} onChange={set('startDate')} error={errors.startDate} />
        <DateField label={t('ideas.decision.endDate')} value={form.endDate} onChange={set('endDate')} error={errors.endDate} />
      </div>
      <TextAreaInput label={t('ideas.decision.note')} hint={t('ideas.decision.noteHint')} value={form.reason} onChange={set('reason')} error={errors.reason} rows={2} />
    </FormDialog>
  );
}

export function DeclineDialog({ decide, onClose }: { decide: Decide; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const decision = { status: 'declined' as const, reason };
    const parsed = ideaDecisionInput.safeParse(decision);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setError(fieldKey(issue.path) === 'reason' && issue.code === 'custom' ? t('ideas.decision.reasonRequired') : zodFieldErrors(parsed.error, t).reason);
    }
    setError(undefined);
    decide.mutate(parsed.data, { onSuccess: onClose });
  };

  return (
    <FormDialog
      title={t('ideas.decision.declineTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={decide.isPending}
      submitLabel={t('ideas.decision.declineSubmit')}
      alert={decide.isError ? t(errorMessageKey(decide.error)) : null}
    >
      <TextAreaInput
        label={t('ideas.decision.reason')}
        hint={t('ideas.decision.reasonHint')}
        value={reason}
        onChange={setReason}
        error={error}
        isRequired
        rows={4}
      />
    </FormDialog>
  );
}
