import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Goal, Indicator } from '@ci/shared';
import { CheckboxInput } from '../../../components/form/fields';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { isApiError } from '../../../lib/api';
import { goalsQueryOptions } from '../../../resources/goals';
import { allIndicatorsQueryOptions, useDeleteIndicator, useSaveIndicator } from '../api/agenda-api';
import { IndicatorDialog } from './IndicatorDialog';

export function IndicatorsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const indicators = useQuery(allIndicatorsQueryOptions(initiativeId));
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const remove = useDeleteIndicator(initiativeId);
  const archive = useSaveIndicator(initiativeId);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Indicator | null>(null);

  const groups = (items: Indicator[], goalList: Goal[]) => {
    const shown = items.filter((i) => showArchived || !i.archived).sort((a, b) => a.position - b.position);
    const byGoal = goalList.map((g) => ({ id: g.id, title: g.title, items: shown.filter((i) => i.goalId === g.id) }));
    const loose = shown.filter((i) => !i.goalId || !goalList.some((g) => g.id === i.goalId));
    return [...byGoal, { id: 'none', title: t('agenda.indicators.noGoal'), items: loose }].filter((g) => g.items.length > 0);
  };

  const deleteAlert = remove.isError
    ? isApiError(remove.error, 409)
      ? t('agenda.indicators.hasValues')
      : t(errorMessageKey(remove.error))
    : null;

  return (
    <Section
      id="indicators"
      title={t('agenda.indicators.title')}
      description={t('agenda.indicators.lead')}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('agenda.indicators.add')}
        </Button>
      }
    >
      <CheckboxInput label={t('agenda.indicators.showArchived')} isSelected={showArchived} onChange={setShowArchived} />
      <QueryState query={indicators}>
        {(items) => {
          const list = groups(items, goals.data ?? []);
          if (list.length === 0) return <EmptyState title={t('agenda.indicators.emptyTitle')}>{t('agenda.indicators.emptyBody')}</EmptyState>;
          return list.map((group) => (
            <div key={group.id} className="agenda-group">
              <h3 className="agenda-group__title">{group.title}</h3>
              <ul className="agenda-list">
                {group.items.map((i) => (
                  <li key={i.id} className={i.archived ? 'agenda-item agenda-item--archived' : 'agenda-item'}>
                    <span className="code-tag">{i.code}</span>
                    <div className="agenda-item__body">
                      <h4 className="agenda-item__title">{i.name}</h4>
                      <p className="muted small">
                        {[
                          t(`frequency.${i.frequency}`),
                          t(`agenda.indicators.measureTypes.${i.measureType}`),
                          t(`agenda.indicators.actorAggregations.${i.actorAggregation}`),
                          i.archived ? t('agenda.indicators.archivedTag') : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                    </div>
                    <div className="agenda-item__actions">
                      <Button className="button--small" onPress={() => setEditing(i)} aria-label={t('agenda.editNamed', { name: `${i.code} ${i.name}` })}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        className="button--small"
                        variant="quiet"
                        isDisabled={archive.isPending}
                        onPress={() => archive.mutate({ indicatorId: i.id, values: { archived: !i.archived } })}
                        aria-label={t(i.archived ? 'agenda.indicators.restoreNamed' : 'agenda.indicators.archiveNamed', { name: i.code })}
                      >
                        {i.archived ? t('agenda.indicators.restore') : t('agenda.indicators.archive')}
                      </Button>
                      <Button
                        className="button--small"
                        variant="quiet"
                        onPress={() => {
                          remove.reset();
                          setDeleting(i);
                        }}
                        aria-label={t('agenda.deleteNamed', { name: `${i.code} ${i.name}` })}
                      >
                        {t('agenda.delete')}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ));
        }}
      </QueryState>
      {editing ? <IndicatorDialog initiativeId={initiativeId} indicator={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('agenda.indicators.deleteTitle', { name: `${deleting.code} ${deleting.name}` })}
          confirmLabel={t('agenda.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={deleteAlert}
        >
          {t('agenda.indicators.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
