import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { memberInput, type Role } from '@ci/shared';
import { CheckboxList, TextInput } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { actorsQueryOptions } from '../../../resources/actors';
import { useAddMember } from '../api/members';
import { RoleChoice } from './RoleChoice';

export interface CreatedMember {
  name: string;
  email: string;
  temporaryPassword?: string;
}

export function AddMemberDialog({
  initiativeId,
  onClose,
  onCreated,
}: {
  initiativeId: string;
  onClose: () => void;
  onCreated: (created: CreatedMember) => void;
}) {
  const { t } = useTranslation();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const add = useAddMember(initiativeId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('partner');
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const parsed = memberInput.safeParse({ email: email.trim(), name: name.trim() || undefined, role, actorIds });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    add.mutate(parsed.data, {
      onSuccess: (created) => onCreated({ name: created.name, email: created.email, temporaryPassword: created.temporaryPassword }),
      onError: (err) => setErrors(serverFieldErrors(err, t)),
    });
  };

  const alert = add.isError
    ? isApiError(add.error, 409)
      ? t('members.alreadyMember')
      : isApiError(add.error, 400)
        ? null
        : t(errorMessageKey(add.error))
    : null;

  return (
    <FormDialog title={t('members.addTitle')} submitLabel={t('members.addSubmit')} onClose={onClose} onSubmit={submit} isPending={add.isPending} alert={alert} wide>
      <p className="muted">{t('members.addLead')}</p>
      <div className="form__grid">
        <TextInput label={t('members.email')} type="email" autoComplete="off" value={email} onChange={setEmail} error={errors.email} isRequired />
        <TextInput label={t('members.name')} hint={t('members.nameHint')} value={name} onChange={setName} error={errors.name} />
      </div>
      <RoleChoice value={role} onChange={setRole} />
      <CheckboxList
        label={t('members.actors')}
        hint={t('members.actorsHint')}
        options={(actors.data ?? []).map((a) => ({ id: a.id, label: a.name }))}
        value={actorIds}
        onChange={setActorIds}
        error={errors.actorIds}
        emptyText={actors.isPending ? t('common.loading') : t('members.noActors')}
      />
    </FormDialog>
  );
}
