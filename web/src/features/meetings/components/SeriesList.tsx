import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeetingSeries } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { Button } from '../../../components/ui/Button';
import { Section } from '../../../components/ui/Layout';
import { EmptyState, QueryState } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { seriesQueryOptions, useCreateFromSeries, useDeleteSeries } from '../api/meetings';
import { ruleInWords } from '../utils/rrule-words';
import { SeriesDialog } from './SeriesDialog';

/** The communication cadence: each recurring meeting, its rhythm in words and its next dates. */
export function SeriesList({ initiativeId, editor }: { initiativeId: string; editor: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const series = useQuery(seriesQueryOptions(initiativeId));
  const create = useCreateFromSeries(initiativeId);
  const remove = useDeleteSeries(initiativeId);
  const [editing, setEditing] = useState<MeetingSeries | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MeetingSeries | null>(null);

  return (
    <Section
      id="cadence"
      title={t('meetings.series.title')}
      description={t('meetings.series.lead')}
      actions={
        editor ? (
          <Button onPress={() => setEditing('new')}>{t('meetings.series.add')}</Button>
        ) : undefined
      }
    >
      {create.isError ? (
        <p className="form__alert" role="alert">
          {t(errorMessageKey(create.error))}
        </p>
      ) : null}
      <QueryState query={series}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('meetings.series.emptyTitle')}>{t('meetings.series.emptyBody')}</EmptyState>
          ) : (
            <ul className="series-list">
              {items.map((s) => (
                <li key={s.id} className="series">
                  <div className="series__head">
                    <h3 className="series__name">{s.name}</h3>
                    <span className="pill">{t(`meetingKinds.${s.kind}`)}</span>
                  </div>
                  <p className="series__rhythm">
                    {ruleInWords(s.rrule, t, (d) => formatDate(d, locale)) ?? t('meetings.series.customRule', { rule: s.rrule })}
                    {s.place ? ` · ${s.place}` : ''}
                  </p>
                  {s.nextOccurrences.length > 0 ? (
                    <div className="series__next">
                      <span className="muted small">{t('meetings.series.next')}</span>
                      <ul className="series__dates">
                        {s.nextOccurrences.map((d) => (
                          <li key={d.toISOString()}>{formatDateTime(d, locale)}</li>
                        ))}
                      </ul>
                    </div>
                  ) : (
                    <p className="muted small">{t('meetings.series.noMore')}</p>
                  )}
                  {editor ? (
                    <div className="series__actions">
                      <Button
                        className="button--small"
                        isPending={create.isPending && create.variables === s.id}
                        onPress={() => create.mutate(s.id, { onSuccess: (m) => navigate(initiativeRoute(initiativeId, `meetings/${m.id}`)) })}
                      >
                        {t('meetings.series.createNext')}
                      </Button>
                      <Button className="button--small" variant="quiet" onPress={() => setEditing(s)} aria-label={t('meetings.editNamed', { name: s.name })}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        className="button--small"
                        variant="quiet"
                        onPress={() => {
                          remove.reset();
                          setDeleting(s);
                        }}
                        aria-label={t('meetings.deleteNamed', { name: s.name })}
                      >
                        {t('meetings.delete')}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {editing ? <SeriesDialog initiativeId={initiativeId} series={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('meetings.series.deleteTitle', { name: deleting.name })}
          confirmLabel={t('meetings.delete')}
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          alert={remove.isError ? t(errorMessageKey(remove.error)) : null}
        >
          {t('meetings.series.deleteBody')}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
