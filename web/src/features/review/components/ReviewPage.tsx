import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isPeriodKey } from '@ci/shared';
import { ChoiceInput } from '../../../components/form/ChoiceInput';
import { Button } from '../../../components/ui/Button';
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
import { returnedCountQueryOptions, submittedQueryOptions, useReviewMeasurements } from '../api/review-api';
import { groupForReview, periodsNewestFirst } from '../utils/group';
import { ReturnDialog } from './ReturnDialog';
import { ReviewGroupTable } from './ReviewGroupTable';
import '../review.css';

export default function ReviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { initiativeId } = useInitiative();
  const [params, setParams] = useSearchParams();
  const param = params.get('period');
  const period = param && isPeriodKey(param) ? param : null;

  // The unfiltered list offers the periods to choose from; with no period chosen it is the list.
  const all = useQuery(submittedQueryOptions(initiativeId, null));
  const list = useQuery(submittedQueryOptions(initiativeId, period));
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const returnedCount = useQuery(returnedCountQueryOptions(initiativeId));
  const review = useReviewMeasurements(initiativeId);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState(false);
  const [done, setDone] = useState<string>('');

  const actorName = useMemo(() => {
    const names = new Map((actors.data ?? []).map((a) => [a.id, a.name]));
    return (id: string | null) => (id === null ? t('review.population') : (names.get(id) ?? '–'));
  }, [actors.data, t]);
  const groups = useMemo(() => groupForReview(list.data ?? [], indicators.data ?? [], actorName), [list.data, indicators.data, actorName]);
  const periods = useMemo(() => periodsNewestFirst(all.data ?? []), [all.data]);
  // Only what is on screen can be reviewed: a choice made before a refresh or a filter change drops out.
  const selectedIds = groups.flatMap((g) => g.items.map((m) => m.id)).filter((id) => selected.has(id));

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const run = (action: 'approve' | 'return', reason?: string) => {
    const ids = selectedIds;
    setDone('');
    review.mutate(
      { ids, action, reason },
      {
        onSuccess: (result) => {
          const count = result.items.length;
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

  return (
    <div className="page review-page">
      <title>{t('review.title')}</title>
      <PageHeader title={t('review.title')}>
        <p>{t('review.lead')}</p>
      </PageHeader>

      {returnedCount.data ? (
        <p className="review-returned">
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
        <div className="review-toolbar__actions">
          <span className="muted small">{t('review.selected', { count: selectedIds.length })}</span>
          <Button variant="primary" isDisabled={selectedIds.length === 0 || review.isPending} onPress={() => run('approve')}>
            {t('review.approve')}
          </Button>
          <Button
            isDisabled={selectedIds.length === 0 || review.isPending}
            onPress={() => {
              review.reset();
              setReturning(true);
            }}
          >
            {t('review.return')}
          </Button>
        </div>
      </div>

      <p className="review-done" role="status">
        {done}
      </p>
      {failure && !returning ? (
        <p className="form__alert" role="alert">
          <Icon name="alert" size={18} />
          <span>{failure}</span>
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
      ) : groups.length === 0 ? (
        <EmptyState title={t('review.emptyTitle')}>{period ? t('review.emptyPeriod', { period: formatPeriod(period, locale) }) : t('review.emptyBody')}</EmptyState>
      ) : (
        groups.map((group) => <ReviewGroupTable key={group.indicator.id} group={group} actorName={actorName} selected={selected} onSelect={select} />)
      )}

      {returning ? (
        <ReturnDialog
          ids={selectedIds}
          isPending={review.isPending}
          alert={failure}
          onClose={() => setReturning(false)}
          onSubmit={(reason) => run('return', reason)}
        />
      ) : null}
    </div>
  );
}
