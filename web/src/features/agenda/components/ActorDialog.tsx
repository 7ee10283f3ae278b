import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_ROLES, SECTORS, actorInput, isoDay, type Actor, type ActorRole, type Sector } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { TextAreaInput, TextInput } from '../../../components/form/fields';
import { DateField } from '../../../components/form/DateField';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useSaveActor } from '../api/agenda-api';
import { TagInput } from '../../../components/form/TagInput';

type TextKey = 'name' | 'description' | 'contactName' | 'contactEmail' | 'contactPhone' | 'website' | 'joinedOn' | 'leftOn';

export function ActorDialog({ initiativeId, actor, onClose }: { initiativeId: string; actor: Actor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveActor(initiativeId);
  const [form, setForm] = useState({
    name: actor?.name ?? '',
    sector: (actor?.sector ?? 'civil_society') as Sector,
    role: (actor?.role ?? 'partner') as ActorRole,
    description: actor?.description ?? '',
    contactName: actor?.contactName ?? '',
    contactEmail: actor?.contactEmail ?? '',
    contactPhone: actor?.contactPhone ?? '',
    website: actor?.website ?? '',
    // A new organisation joins today unless the form says otherwise; an empty day means a member all along.
    joinedOn: actor ? (actor.joinedOn ?? '') : isoDay(new Date()),
    leftOn: actor?.leftOn ?? '',
    competences: actor?.competences ?? [],
    needs: actor?.needs ?? [],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = (key: TextKey) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const parsed = actorInput.safeParse({ ...form, joinedOn: form.joinedOn || null, leftOn: form.leftOn || null });
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error, t, (issue) => (issue.path[0] === 'leftOn' && issue.code === 'custom' ? t('agenda.actors.leftBeforeJoined') : undefined)));
    }
    setErrors({});
    save.mutate(
      { actorId: actor?.id, values: parsed.data },
      {
        onSuccess: onClose,
        onError: (err) => setErrors(isApiError(err, 409) ? { name: t('agenda.actors.nameTaken') } : serverFieldErrors(err, t)),
      },
    );
  };

  return (
    <FormDialog
      title={actor ? t('agenda.actors.editTitle', { name: actor.name }) : t('agenda.actors.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) && !isApiError(save.error, 409) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('agenda.actors.name')} value={form.name} onChange={text('name')} error={errors.name} isRequired />
      <div className="form__grid">
        <ChoiceInput
          label={t('agenda.actors.sector')}
          value={form.sector}
          options={SECTORS.map((id) => ({ id, label: t(`sectors.${id}`) }))}
          onChange={(sector) => sector && setForm((f) => ({ ...f, sector }))}
          error={errors.sector}
        />
        <ChoiceInput
          label={t('agenda.actors.role')}
          hint={t('agenda.actors.roleHint')}
          value={form.role}
          options={ACTOR_ROLES.map((id) => ({ id, label: t(`actorRoles.${id}`) }))}
          onChange={(role) => role && setForm((f) => ({ ...f, role }))}
          error={errors.role}
        />
      </div>
      <TextAreaInput label={t('agenda.actors.description')} value={form.description} onChange={text('description')} error={errors.description} />
      <TagInput
        label={t('agenda.actors.competences')}
        hint={t('agenda.actors.competencesHint')}
        addLabel={t('agenda.actors.addCompetence')}
        value={form.competences}
        onChange={(competences) => setForm((f) => ({ ...f, competences }))}
        error={errors.competences}
      />
      <TagInput
        label={t('agenda.actors.needs')}
        hint={t('agenda.actors.needsHint')}
        addLabel={t('agenda.actors.addNeed')}
        value={form.needs}
        onChange={(needs) => setForm((f) => ({ ...f, needs }))}
        error={errors.needs}
      />
      <div className="form__grid">
        <TextInput label={t('agenda.actors.contactName')} value={form.contactName} onChange={text('contactName')} error={errors.contactName} />
        <TextInput label={t('agenda.actors.contactEmail')} type="email" value={form.contactEmail} onChange={text('contactEmail')} error={errors.contactEmail} />
        <TextInput label={t('agenda.actors.contactPhone')} type="tel" value={form.contactPhone} onChange={text('contactPhone')} error={errors.contactPhone} />
        <TextInput label={t('agenda.actors.website')} type="url" value={form.website} onChange={text('website')} error={errors.website} />
        <DateField label={t('agenda.actors.joinedOn')} value={form.joinedOn} onChange={text('joinedOn')} error={errors.joinedOn} />
        <DateField label={t('agenda.actors.leftOn')} hint={t('agenda.actors.leftOnHint')} value={form.leftOn} onChange={text('leftOn')} error={errors.leftOn} />
      </div>
    </FormDialog>
  );
}
