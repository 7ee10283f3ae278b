import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { actorsQueryOptions } from '../../../resources/actors';
import { useDeleteActor } from '../api/agenda-api';
import { ActorDialog } from './ActorDialog';

export function ActorsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const remove = useDeleteActor(initiativeId);
  const [editing, setEditing] = useState<Actor | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Actor | null>(null);

  return (
    <Section
      id="actors"
      title={t('agenda.actors.title')}
      description={t('agenda.actors.lead')}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('agenda.actors.add')}
        </Button>
      }
    >
      <QueryState query={actors}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('agenda.actors.emptyTitle')}>{t('agenda.actors.emptyBody')}</EmptyState>
          ) : (
            <div className="table-wrap agenda-table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('agenda.actors.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agenda.actors.name')}</th>
                    <th scope="col">{t('agenda.actors.sector')}</th>
                    <th scope="col">{t('agenda.actors.role')}</th>
                    <th scope="col">{t('agenda.actors.period')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('agenda.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...items]
                    .sort((a, b) => a.name.localeCompare(b.name, locale))
                    .map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          {a.name}
                          {a.competences.length + a.needs.length > 0 ? (
                            <div className="muted small">{t('agenda.actors.tagCounts', { competences: a.competences.length, needs: a.needs.length })}</div>
                          ) : null}
                        </th>
                        <td>{t(`sectors.${a.sector}`)}</td>
                        <td>{t(`actorRoles.${a.role}`)}</td>
                        <td>
                          {a.leftOn
                            ? t('agenda.actors.leftOnDate', { date: formatDate(a.leftOn, locale) })
                            : a.joinedOn
                              ? t('agenda.actors.since', { date: formatDate(a.joinedOn, locale) })
                              : '–'}
                        </td>
                        <td>
                          <div className="agenda-table__actions">
                            <Button className="button--small" onPress={() => setEditing(a)} aria-label={t('agenda.editNamed', { name: a.name })}>
                              {t('common.edit')}
                            </Button>
                            <Button
                              className="button--small"
                              variant="quiet"
                              onPress={() => {
                                remove.reset();
                                setDeleting(a);
                              }}
                              aria-label={t('agenda.deleteNamed', { name: a.name })}
                            >
                              {t('agenda.delete')}
                            </Button>
                          </div>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {editing ? <ActorDialog initiativeId={initiativeId} actor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('agenda.actors.deleteTitle', { name: deleting.name })}
          confirmLabel={t('agenda.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={remove.isError ? (isApiError(remove.error, 409) ? t('agenda.actors.hasValues') : t(errorMessageKey(remove.error))) : null}
        >
          {t('agenda.actors.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
