import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { workingGroupInput, type WorkingGroup } from '@ci/shared';
import { CheckboxList, TextAreaInput, TextInput } from '../../../components/form/fields';
import { ConfirmDialog, FormDialog } from '../../../components/form/FormDialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form/form-errors';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { isApiError } from '../../../lib/api';
import { actorsQueryOptions } from '../../../resources/actors';
import { workingGroupsQueryOptions } from '../../../resources/working-groups';
import { useDeleteWorkingGroup, useSaveWorkingGroup } from '../api/agenda-api';

export function WorkingGroupsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const groups = useQuery(workingGroupsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const remove = useDeleteWorkingGroup(initiativeId);
  const [editing, setEditing] = useState<WorkingGroup | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WorkingGroup | null>(null);
  const actorName = (id: string) => actors.data?.find((a) => a.id === id)?.name ?? '…';

  return (
    <Section
      id="groups"
      title={t('agenda.groups.title')}
      description={t('agenda.groups.lead')}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('agenda.groups.add')}
        </Button>
      }
    >
      <QueryState query={groups}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('agenda.groups.emptyTitle')}>{t('agenda.groups.emptyBody')}</EmptyState>
          ) : (
            <ul className="agenda-list">
              {items.map((g) => (
                <li key={g.id} className="agenda-item">
                  <div className="agenda-item__body">
                    <h3 className="agenda-item__title">{g.name}</h3>
                    {g.purpose ? <p className="agenda-item__text">{g.purpose}</p> : null}
                    <p className="muted small">
                      {g.actorIds.length ? t('agenda.groups.members', { names: g.actorIds.map(actorName).join(', ') }) : t('agenda.groups.noMembers')}
                    </p>
                  </div>
                  <div className="agenda-item__actions">
                    <Button className="button--small" onPress={() => setEditing(g)} aria-label={t('agenda.editNamed', { name: g.name })}>
                      {t('common.edit')}
                    </Button>
                    <Button
                      className="button--small"
                      variant="quiet"
                      onPress={() => {
                        remove.reset();
                        setDeleting(g);
                      }}
                      aria-label={t('agenda.deleteNamed', { name: g.name })}
                    >
                      {t('agenda.delete')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {editing ? <WorkingGroupDialog initiativeId={initiativeId} group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('agenda.groups.deleteTitle', { name: deleting.name })}
          confirmLabel={t('agenda.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
        >
          {t('agenda.groups.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function WorkingGroupDialog({ initiativeId, group, onClose }: { initiativeId: string; group: WorkingGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const save = useSaveWorkingGroup(initiativeId);
  const [name, setName] = useState(group?.name ?? '');
  const [purpose, setPurpose] = useState(group?.purpose ?? '');
  const [actorIds, setActorIds] = useState<string[]>(group?.actorIds ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = () => {
    const parsed = workingGroupInput.safeParse({ name, purpose, actorIds });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error, t));
    setErrors({});
    save.mutate({ groupId: group?.id, values: parsed.data }, { onSuccess: onClose, onError: (err) => setErrors(serverFieldErrors(err, t)) });
  };
  return (
    <FormDialog
      title={group ? t('agenda.groups.editTitle', { name: group.name }) : t('agenda.groups.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      isPending={save.isPending}
      alert={save.isError && !isApiError(save.error, 400) ? t(errorMessageKey(save.error)) : null}
      wide
    >
      <TextInput label={t('agenda.groups.name')} value={name} onChange={setName} error={errors.name} isRequired />
      <TextAreaInput label={t('agenda.groups.purpose')} hint={t('agenda.groups.purposeHint')} value={purpose} onChange={setPurpose} error={errors.purpose} />
      <CheckboxList
        label={t('agenda.groups.memberActors')}
        options={[...(actors.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale)).map((a) => ({ id: a.id, label: a.name }))}
        value={actorIds}
        onChange={setActorIds}
        error={errors.actorIds}
        emptyText={actors.isPending ? t('common.loading') : t('agenda.actors.emptyTitle')}
      />
    </FormDialog>
  );
}
