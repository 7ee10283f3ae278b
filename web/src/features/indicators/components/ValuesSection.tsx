// The values table of one period: each organisation's value with its status, who entered it, and
// its history and discussion; below it, the discussion of the indicator in that period.
import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator, Measurement } from '@ci/shared';
import { DataTable } from '../../../components/charts/DataTable';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { formatDate } from '../../../lib/format';
import { useInitiative } from '../../../lib/initiative';
import { canEditAll } from '../../../lib/permissions';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { actorsQueryOptions } from '../../../resources/actors';
import { CommentCount, CommentThread, DiscussionDialog, snapshotValue, threadKey, useCommentCounts } from '../../discussion';
import { usePeriodValues } from '../api/get-period-values';

export function ValuesSection({ initiativeId, indicator, periods }: { initiativeId: string; indicator: Indicator; periods: string[] }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const { role } = useInitiative();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const asked = params.get('period');
  const choices = asked && !periods.includes(asked) ? [asked, ...periods] : periods;
  const period = asked && choices.includes(asked) ? asked : (choices[0] ?? null);
  const values = usePeriodValues(initiativeId, indicator.id, period);
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const counts = useCommentCounts(initiativeId, { indicatorId: indicator.id });
  // A link to one value's discussion (from a notification) opens it.
  const [open, setOpen] = useState<string | null | undefined>(() => (params.has('actor') ? params.get('actor') : undefined));

  useEffect(() => {
    if (location.hash === '#values') document.getElementById('values-title')?.scrollIntoView();
  }, [location.hash]);

  if (!period) return <EmptyState title={t('values.empty')} />;
  const names = new Map((actors.data ?? []).map((a) => [a.id, a.name]));
  const actorName = (id: string | null) => (id === null ? t('comments.population') : (names.get(id) ?? '–'));
  const totals = (values.data ?? []).filter((m) => m.categoryId === null);
  const countOf = (actorId: string | null) => counts.data?.get(threadKey({ indicatorId: indicator.id, actorId, period })) ?? 0;
  const current = (actorId: string | null): Measurement | undefined => totals.find((m) => m.actorId === actorId);

  const table = {
    caption: t('values.caption', { period: f.period(period) }),
    columns: [
      { key: 'actor', header: t('values.actor') },
      { key: 'value', header: t('values.value'), numeric: true },
      { key: 'status', header: t('values.status') },
      { key: 'entered', header: t('values.entered') },
      { key: 'discussion', header: t('values.discussion') },
    ],
    rows: totals.map((m) => ({
      key: m.id,
      cells: {
        actor: actorName(m.actorId),
        value: snapshotValue({ ...m, version: m.version }, indicator, f.locale),
        status: <span className={`value-status value-status--${m.status}`}>{t(`entry.status.${m.status}`)}</span>,
        entered: t('values.by', { name: m.enteredByName ?? t('history.someone'), date: formatDate(m.enteredAt, f.locale) }),
        discussion: (
          <Button variant="quiet" className="values-open" onPress={() => setOpen(m.actorId)} aria-label={t('values.openFor', { actor: actorName(m.actorId) })}>
            <CommentCount count={countOf(m.actorId)} />
            <span>{t('values.open')}</span>
          </Button>
        ),
      },
    })),
  };

  return (
    <div className="values-section">
      {choices.length > 1 ? (
        <div className="toolbar">
          <Select
            label={t('values.period')}
            value={period}
            options={choices.map((p) => ({ id: p, label: f.period(p) }))}
            onChange={(next) => {
              const nextParams = new URLSearchParams(params);
              nextParams.set('period', next);
              nextParams.delete('actor');
              setParams(nextParams, { replace: true, preventScrollReset: true });
            }}
          />
        </div>
      ) : null}
      {values.isError ? (
        <ErrorState error={values.error} onRetry={() => void values.refetch()} />
      ) : values.isPending ? (
        <Loading label={t('values.loading')} />
      ) : totals.length === 0 ? (
        <p className="muted">{t('values.empty')}</p>
      ) : (
        <DataTable {...table} />
      )}
      <div className="values-thread">
        <h3 className="values-thread__title">{t('comments.periodThread', { period: f.period(period) })}</h3>
        <p className="muted small">{t('comments.periodThreadHint')}</p>
        <CommentThread
          initiativeId={initiativeId}
          thread={{ indicatorId: indicator.id, actorId: null, period }}
          canModerate={canEditAll(role)}
          replyLabel={t('comments.reply')}
        />
      </div>
      {open !== undefined ? (
        <DiscussionDialog
          title={`${indicator.code} ${indicator.name}`}
          subtitle={`${actorName(open)} · ${f.period(period)}`}
          onClose={() => setOpen(undefined)}
          initiativeId={initiativeId}
          cell={{ indicatorId: indicator.id, actorId: open, period }}
          format={indicator}
          current={current(open)}
          canModerate={canEditAll(role)}
        />
      ) : null}
    </div>
  );
}
