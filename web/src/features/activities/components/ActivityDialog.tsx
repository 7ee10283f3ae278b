import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, activityInput, type Activity, type ActivityStatus, type Actor, type Goal, type Indicator, type WorkingGroup } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { CheckboxList, TextAreaInput, TextInput } from '../../../components/form/fields';
import { DateField } from '../../../components/form/DateField';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useSaveActivity } from '../api/activities';

export interface Choices {
  actors: readonly Actor[];
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  groups: readonly WorkingGroup[];
}

type Text = 'title' | 'description' | 'how' | 'when' | 'who' | 'startDate' | 'endDate';

export function ActivityDialog({ initiativeId, activity, choices, onClose }: { initiativeId: string; activity: Activity | null; choices: Choices; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveActivity(initiativeId);
  const [form, setForm] = useState({
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    how: activity?.how ?? '',
    when: activity?.when ?? '',
    who: activity?.who ?? '',
    startDate: activity?.startDate ?? '',
    endDate: activity?.endDate ?? '',
    status: (activity?.status ?? 'planned') as ActivityStatus,
    leadActorId: activity?.leadActorId ?? null,
    participantActorIds: activity?.participantActorIds ?? [],
    workingGroupId: activity?.workingGroupId ?? null,
    goalIds: activity?.goalIds ?? [],
    indicatorIds: activity?.indicatorIds ?? [],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = (key: Text) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const values = {
      ...form,
      startDate: form.startDate || null,
      endDate: form.endDate || null,
      // The lead is not also a participant.
      participantActorIds: form.participantActorIds.filter((id) => id !== form.leadActorId),
    };
    const parsed = activityInput.safeParse(values);
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error, t, (i) => (i.path[0] === 'endDate' && i.code === 'custom' ? t('formFields.endBeforeStart') : undefined)));
    }
    setErrors({});
    save.mutate({ activityId: activity?.id, values: parsed.data }, { onSuccess: onClose, onError: (err) => setErrors(serverFieldErrors(err, t)) });
  };

  const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <FormDialog
      title={activity ? t('activities.editTitle') : t('activities.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('activities.title')} value={form.title} onChange={text('title')} error={errors.title} isRequired />
      <TextAreaInput label={t('activities.description')} value={form.description} onChange={text('description')} error={errors.description} />
      <div className="form__grid">
        <ChoiceInput
          label={t('activities.status')}
          value={form.status}
          options={ACTIVITY_STATUSES.map((s) => ({ id: s, label: t(`activityStatus.${s}`) }))}
          onChange={(s) => s && set('status')(s)}
          error={errors.status}
        />
        <DateField label={t('activities.startDate')} value={form.startDate} onChange={text('startDate')} error={errors.startDate} />
        <DateField label={t('activities.endDate')} value={form.endDate} onChange={text('endDate')} error={errors.endDate} />
      </div>
      <h3 className="form__section-title">{t('activities.planning')}</h3>
      <TextAreaInput label={t('activities.how')} hint={t('activities.howHint')} value={form.how} onChange={text('how')} error={errors.how} rows={2} />
      <TextAreaInput label={t('activities.whenText')} hint={t('activities.whenHint')} value={form.when} onChange={text('when')} error={errors.when} rows={2} />
      <TextAreaInput label={t('activities.who')} hint={t('activities.whoHint')} value={form.who} onChange={text('who')} error={errors.who} rows={2} />
      <h3 className="form__section-title">{t('activities.links')}</h3>
      <div className="form__grid">
        <ChoiceInput
          label={t('activities.lead')}
          value={form.leadActorId}
          noneLabel={t('activities.noLead')}
          options={byName(choices.actors).map((a) => ({ id: a.id, label: a.name }))}
          onChange={set('leadActorId')}
          error={errors.leadActorId}
        />
        <ChoiceInput
          label={t('activities.group')}
          value={form.workingGroupId}
          noneLabel={t('activities.noGroup')}
          options={byName(choices.groups).map((g) => ({ id: g.id, label: g.name }))}
          onChange={set('workingGroupId')}
          error={errors.workingGroupId}
        />
      </div>
      <CheckboxList
        label={t('activities.participants')}
        options={byName(choices.actors).filter((a) => a.id !== form.leadActorId).map((a) => ({ id: a.id, label: a.name }))}
        value={form.participantActorIds}
        onChange={set('participantActorIds')}
        error={errors.participantActorIds}
      />
      <div className="form__grid">
        <CheckboxList
          label={t('activities.goals')}
          options={choices.goals.map((g) => ({ id: g.id, label: g.title }))}
          value={form.goalIds}
          onChange={set('goalIds')}
          error={errors.goalIds}
        />
        <CheckboxList
          label={t('activities.indicators')}
          options={choices.indicators.filter((i) => !i.archived).map((i) => ({ id: i.id, label: `${i.code} ${i.name}` }))}
          value={form.indicatorIds}
          onChange={set('indicatorIds')}
          error={errors.indicatorIds}
        />
      </div>
    </FormDialog>
  );
}
