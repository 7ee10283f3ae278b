import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isPeriodKey } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { Icon } from '../../../components/ui/Icon';
import { PageHeader } from '../../../components/ui/Layout';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { errorMessageKey } from '../../../components/ui/error-message';
import { useLocale } from '../../../i18n';
import { isApiError } from '../../../lib/api';
import { formatPeriod } from '../../../lib/format';
import { useInitiative } from '../../../lib/initiative';
import { actorsQueryOptions } from '../../../resources/actors';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { returnedCountQueryOptions, reviewListQueryOptions, useReviewMeasurements } from '../api/review-api';
import { compareWithPrevious } from '../utils/compare';
import { groupForReview, linesOf, type ReviewCell } from '../utils/group';
import { commentCountsQueryOptions, DiscussionDialog } from '../../discussion';
import { canEditAll } from '../../../lib/permissions';
import { ActionBar } from './ActionBar';
import { ReturnDialog } from './ReturnDialog';
import { ReviewTable } from './ReviewTable';
import type { RowContext, RowLabels } from './ReviewRow';
import '../review.css';

/** One map of comment counts from the periods' answers (stable, so rows redraw only when counts change). */
function mergeCounts(results: { data?: ReadonlyMap<string, number> }[]): ReadonlyMap<string, number> {
  return new Map(results.flatMap((r) => (r.data ? [...r.data] : [])));
}

export default function ReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId, role } = useInitiative();
  const [params, setParams] = useSearchParams();
  const param = params.get('period');
  const period = param && isPeriodKey(param) ? param : null;

  const list = useQuery(reviewListQueryOptions(initiativeId, period));
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const returnedCount = useQuery(returnedCountQueryOptions(initiativeId));
  const review = useReviewMeasurements(initiativeId);

  /** Keys of the selected cells: a total and its categories are chosen, approved and returned together. */
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState(false);
  const [done, setDone] = useState('');
  const [discussing, setDiscussing] = useState<ReviewCell | null>(null);

  const actorName = useMemo(() => {
    const names = new Map((actors.data ?? []).map((a) => [a.id, a.name]));
    return (id: string | null) => (id === null ? t('review.population') : (names.get(id) ?? '–'));
  }, [actors.data, t]);
  const groups = useMemo(() => groupForReview(list.data?.items ?? [], indicators.data ?? []), [list.data, indicators.data]);
  const lines = useMemo(() => linesOf(groups), [groups]);
  const cells = useMemo(() => groups.flatMap((g) => g.cells), [groups]);
  const outliers = useMemo(() => cells.filter((c) => c.rows.some((m) => compareWithPrevious(m).outlier !== null)).length, [cells]);
  // Only what is on screen can be reviewed: a choice made before a refresh or a filter change drops out.
  const chosen = useMemo(() => cells.filter((c) => selected.has(c.key)), [cells, selected]);
  const chosenValues = chosen.reduce((n, c) => n + c.ids.length, 0);

  // Comment counts for the periods on screen: one request per period, whatever the number of rows.
  const periodsShown = useMemo(() => [...new Set(cells.map((c) => c.period))], [cells]);
  const comments = useQueries({ queries: periodsShown.map((p) => commentCountsQueryOptions(initiativeId, { period: p })), combine: mergeCounts });

  const onSelect = useCallback(
    (targets: readonly ReviewCell[], on: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        for (const cell of targets) if (on) next.add(cell.key);
        else next.delete(cell.key);
        return next;
      }),
    [],
  );
  const labels = useMemo<RowLabels>(
    () => ({
      total: t('review.total'),
      noPrevious: t('review.noPrevious'),
      points: t('review.points'),
      unknownPerson: t('review.unknownPerson'),
      status: { draft: t('review.status.draft'), submitted: t('review.status.submitted'), approved: t('review.status.approved'), returned: t('review.status.returned') },
      outlier: { above: t('review.outlier.above'), below: t('review.outlier.below'), fromZero: t('review.outlier.fromZero') },
      discuss: t('comments.title'),
    }),
    [t],
  );
  const context = useMemo<RowContext>(
    () => ({ locale, labels, actorName, selected, onSelect, comments, onDiscuss: setDiscussing }),
    [locale, labels, actorName, selected, onSelect, comments],
  );

  // The action bar covers the bottom of the window: a box reached with Tab is scrolled into view above it.
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = '7rem';
    return () => {
      root.style.scrollPaddingBottom = before;
    };
  }, []);

  const run = (action: 'approve' | 'return', reason?: string) => {
    const count = chosen.length;
    setDone('');
    review.mutate(
      { ids: chosen.flatMap((c) => c.ids), action, reason },
      {
        onSuccess: () => {
          setDone(action === 'approve' ? t('review.approved', { count }) : t('review.returned', { count }));
          setSelected(new Set());
          setReturning(false);
        },
      },
    );
  };

  const failure = review.error
    ? [t('review.failed'), isApiError(review.error) && review.error.status !== 0 && review.error.message ? review.error.message : t(errorMessageKey(review.error))].join(' ')
    : undefined;
  const failed = list.error ?? indicators.error ?? actors.error;
  const pending = list.isPending || indicators.isPending || actors.isPending;
  const periods = list.data?.periods ?? [];
  const total = list.data?.total ?? 0;
  const shown = list.data?.items.length ?? 0;

  return (
    <div className="page review-page">
      <title>{t('review.title')}</title>
      <PageHeader title={t('review.title')}>
        <p>{t('review.lead')}</p>
      </PageHeader>

      {returnedCount.data ? (
        <p className="review-notice">
          <Icon name="alert" size={18} />
          <span>{t('review.returnedWaiting', { count: returnedCount.data })}</span>
        </p>
      ) : null}

      <div className="review-toolbar">
        <ChoiceInput
          label={t('review.periodFilter')}
          value={period}
          noneLabel={t('review.allPeriods')}
          options={[...new Set([...(period ? [period] : []), ...periods])].map((key) => ({ id: key, label: formatPeriod(key, locale) }))}
          onChange={(next) => setParams(next ? { period: next } : {}, { replace: true })}
        />
        {cells.length > 0 ? (
          <p className="review-toolbar__summary">
            {t('review.waiting', { count: cells.length })}
            {outliers > 0 ? (
              <span className="review-outlier">
                <Icon name="alert" size={14} />
                {t('review.outlierCount', { count: outliers })}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>

      {shown < total ? (
        <p className="review-notice">
          <Icon name="alert" size={18} />
          <span>{t('review.truncated', { shown, total })}</span>
        </p>
      ) : null}

      {failed ? (
        <ErrorState
          error={failed}
          onRetry={() => {
            void list.refetch();
            void indicators.refetch();
            void actors.refetch();
          }}
        />
      ) : pending ? (
        <Loading label={t('review.loading')} />
      ) : cells.length === 0 ? (
        <EmptyState title={t('review.emptyTitle')}>{period ? t('review.emptyPeriod', { period: formatPeriod(period, locale) }) : t('review.emptyBody')}</EmptyState>
      ) : (
        <ReviewTable lines={lines} context={context} caption={t('review.caption')} />
      )}

      <ActionBar
        selectedFigures={chosen.length}
        selectedValues={chosenValues}
        figures={cells.length}
        busy={review.isPending}
        done={done}
        failure={returning ? undefined : failure}
        onApprove={() => run('approve')}
        onReturn={() => {
          review.reset();
          setReturning(true);
        }}
        onClear={() => setSelected(new Set())}
      />

      {discussing ? (
        <DiscussionDialog
          title={`${discussing.indicator.code} ${discussing.indicator.name}`}
          subtitle={`${actorName(discussing.actorId)} · ${formatPeriod(discussing.period, locale)}`}
          onClose={() => setDiscussing(null)}
          initiativeId={initiativeId}
          cell={{ indicatorId: discussing.indicator.id, actorId: discussing.actorId, period: discussing.period }}
          format={discussing.indicator}
          canModerate={canEditAll(role)}
          level={3}
        />
      ) : null}

      {returning ? (
        <ReturnDialog
          cells={chosen}
          actorName={actorName}
          isPending={review.isPending}
          alert={failure}
          onClose={() => setReturning(false)}
          onSubmit={(reason) => run('return', reason)}
        />
      ) : null}
    </div>
  );
}
