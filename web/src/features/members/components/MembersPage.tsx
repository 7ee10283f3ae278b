import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me, Member } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { useInitiative } from '../../../lib/initiative';
import { canManageMembers } from '../../../lib/permissions';
import { authKeys } from '../../../lib/query-keys';
import { actorsQueryOptions } from '../../../resources/actors';
import { membersQueryOptions, useRemoveMember, useResetMemberPassword } from '../api/members';
import { AddMemberDialog, type CreatedMember } from './AddMemberDialog';
import { EditMemberDialog } from './EditMemberDialog';
import { PasswordDialog } from './PasswordDialog';
import '../members.css';

export default function MembersPage() {
  const { t } = useTranslation();
  const { initiativeId, role } = useInitiative();
  const manage = canManageMembers(role);
  const members = useQuery({ ...membersQueryOptions(initiativeId), enabled: role === 'admin' || role === 'backbone' });
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const remove = useRemoveMember(initiativeId);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedMember | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const reset = useResetMemberPassword(initiativeId);
  const [resetting, setResetting] = useState<Member | null>(null);
  const [issued, setIssued] = useState<CreatedMember | null>(null);
  // One's own password is changed from the account menu (the server refuses a reset of oneself).
  const myUserId = useQueryClient().getQueryData<Me>(authKeys.me())?.user.id;
  const actorName = (id: string) => actors.data?.find((a) => a.id === id)?.name ?? '…';

  return (
    <div className="page">
      <title>{t('members.title')}</title>
      <PageHeader
        title={t('members.title')}
        actions={
          manage ? (
            <Button variant="primary" onPress={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          ) : undefined
        }
      >
        <p>{t('members.lead')}</p>
      </PageHeader>
      {role === 'admin' || role === 'backbone' ? (
        <QueryState query={members} loadingLabel={t('members.loading')}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('members.emptyTitle')} />
            ) : (
              <div className="table-wrap section members-table-wrap">
                <table className="table members-table">
                  <caption className="visually-hidden">{t('members.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('members.name')}</th>
                      <th scope="col">{t('members.role')}</th>
                      <th scope="col">{t('members.actors')}</th>
                      {manage ? (
                        <th scope="col">
                          <span className="visually-hidden">{t('members.actions')}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {[...items]
                      .sort((a, b) => a.name.localeCompare(b.name))
                      .map((m) => (
                        <tr key={m.id}>
                          <th scope="row">
                            {m.name}
                            <div className="muted small">{m.email}</div>
                          </th>
                          <td>
                            <span className={`pill members-role members-role--${m.role}`}>{t(`roles.${m.role}`)}</span>
                          </td>
                          <td>{m.actorIds.length ? m.actorIds.map(actorName).join(', ') : <span className="muted">–</span>}</td>
                          {manage ? (
                            <td>
                              <div className="members-table__actions">
                                <Button className="button--small" onPress={() => setEditing(m)} aria-label={t('members.editFor', { name: m.name })}>
                                  {t('common.edit')}
                                </Button>
                                {m.userId !== myUserId ? (
                                  <Button
                                    className="button--small"
                                    variant="quiet"
                                    onPress={() => {
                                      reset.reset();
                                      setResetting(m);
                                    }}
                                    aria-label={t('members.resetFor', { name: m.name })}
                                  >
                                    {t('members.resetPassword')}
                                  </Button>
                                ) : null}
                                <Button
                                  className="button--small"
                                  variant="quiet"
                                  onPress={() => {
                                    remove.reset();
                                    setRemoving(m);
                                  }}
                                  aria-label={t('members.removeFor', { name: m.name })}
                                >
                                  {t('members.remove')}
                                </Button>
                              </div>
                            </td>
                          ) : null}
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      ) : (
        <EmptyState title={t('members.adminsOnly')} />
      )}
      {adding ? (
        <AddMemberDialog
          initiativeId={initiativeId}
          onClose={() => setAdding(false)}
          onCreated={(c) => {
            setAdding(false);
            setCreated(c);
          }}
        />
      ) : null}
      {created ? <PasswordDialog created={created} onClose={() => setCreated(null)} /> : null}
      {issued ? <PasswordDialog created={issued} reset onClose={() => setIssued(null)} /> : null}
      {resetting ? (
        <ConfirmDialog
          title={t('members.resetTitle', { name: resetting.name })}
          confirmLabel={t('members.resetConfirm')}
          isPending={reset.isPending}
          onClose={() => setResetting(null)}
          onConfirm={() =>
            reset.mutate(resetting.id, {
              onSuccess: ({ temporaryPassword }) => {
                setIssued({ ...resetting, temporaryPassword });
                setResetting(null);
              },
            })
          }
          alert={
            reset.isError
              ? isApiError(reset.error, 403)
                ? t('members.resetElsewhere', { name: resetting.name })
                : t(errorMessageKey(reset.error))
              : null
          }
        >
          {t('members.resetBody', { name: resetting.name })}
        </ConfirmDialog>
      ) : null}
      {editing ? <EditMemberDialog initiativeId={initiativeId} member={editing} onClose={() => setEditing(null)} /> : null}
      {removing ? (
        <ConfirmDialog
          title={t('members.removeTitle', { name: removing.name })}
          confirmLabel={t('members.removeConfirm')}
          isPending={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
          alert={remove.isError ? (isApiError(remove.error, 409) ? t('members.lastAdmin') : t(errorMessageKey(remove.error))) : null}
        >
          {t('members.removeBody', { name: removing.name })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
