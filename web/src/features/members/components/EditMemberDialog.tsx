import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { memberPatch, type Member, type Role } from '@ci/shared';
import { CheckboxList } from '../../../components/form/fields';
import { FormDialog } from '../../../components/form/FormDialog';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { actorsQueryOptions } from '../../../resources/actors';
import { useUpdateMember } from '../api/members';
import { RoleChoice } from './RoleChoice';

export function EditMemberDialog({ initiativeId, member, onClose }: { initiativeId: string; member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const update = useUpdateMember(initiativeId);
  const [role, setRole] = useState<Role>(member.role);
  const [actorIds, setActorIds] = useState<string[]>(member.actorIds);

  const submit = () => {
    const parsed = memberPatch.safeParse({ role, actorIds });
    if (!parsed.success) return;
    update.mutate({ id: member.id, ...parsed.data }, { onSuccess: onClose });
  };

  // The server keeps at least one admin; its 409 is said in the user's words.
  const alert = update.isError ? (isApiError(update.error, 409) ? t('members.lastAdmin') : t(errorMessageKey(update.error))) : null;

  return (
    <FormDialog title={t('members.editTitle', { name: member.name })} onClose={onClose} onSubmit={submit} isPending={update.isPending} alert={alert} wide>
      <RoleChoice value={role} onChange={setRole} />
      <CheckboxList
        label={t('members.actors')}
        hint={t('members.actorsHint')}
        options={(actors.data ?? []).map((a) => ({ id: a.id, label: a.name }))}
        value={actorIds}
        onChange={setActorIds}
        emptyText={actors.isPending ? t('common.loading') : t('members.noActors')}
      />
    </FormDialog>
  );
}
