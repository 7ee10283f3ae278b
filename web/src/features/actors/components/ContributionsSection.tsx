import { Fragment } from 'react';
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator, SeriesResponse } from '@ci/shared';
import { ColumnChart } from '../../../components/charts/ColumnChart';
import { EmptyState, ErrorState, Loading } from '../../../components/ui/States';
import { formatShare } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { indicatorsQueryOptions } from '../../../resources/indicators';
import { seriesQueryOptions } from '../../../resources/series';
import { actorContribution, type Contribution } from '../utils/contributions';

/**
 * The actor's figures per indicator, read from the same series as the indicator pages. Indicators
 * it reports on come first as cards; the others are named in one line, so the page stays short.
 */
export function ContributionsSection({ initiativeId, actorId }: { initiativeId: string; actorId: string }) {
  const { t } = useTranslation();
  const indicators = useQuery(indicatorsQueryOptions(initiativeId));
  const reportable = (indicators.data ?? []).filter((i) => !i.archived && i.actorAggregation !== 'none');
  const series = useQueries({ queries: reportable.map((i) => seriesQueryOptions(initiativeId, i.id)) });

  if (indicators.isPending || series.some((s) => s.isPending)) return <Loading />;
  const failed = indicators.error ?? series.find((s) => s.error)?.error;
  if (failed) return <ErrorState error={failed} onRetry={() => void Promise.all([indicators.refetch(), ...series.map((s) => s.refetch())])} />;
  if (reportable.length === 0) return <EmptyState title={t('actor.noIndicators')} />;

  const rows = reportable.map((indicator, i) => ({
    indicator,
    contribution: actorContribution(series[i].data as SeriesResponse, actorId, indicator.actorAggregation === 'sum' && indicator.measureType === 'number'),
  }));
  const reported = rows.filter((r) => r.contribution.latest);
  const silent = rows.filter((r) => !r.contribution.latest);

  return (
    <>
      {reported.length === 0 ? (
        <EmptyState title={t('actor.noFiguresAtAll')} />
      ) : (
        <div className="contribution-grid">
          {reported.map((r) => (
            <ContributionCard key={r.indicator.id} initiativeId={initiativeId} indicator={r.indicator} contribution={r.contribution} />
          ))}
        </div>
      )}
      {silent.length > 0 && reported.length > 0 ? (
        <p className="muted">
          {t('actor.noFiguresFor')}{' '}
          {silent.map((r, i) => (
            <Fragment key={r.indicator.id}>
              {i > 0 ? ', ' : null}
              <Link to={initiativeRoute(initiativeId, `indicators/${r.indicator.id}`)}>
                {r.indicator.code} {r.indicator.name}
              </Link>
            </Fragment>
          ))}
        </p>
      ) : null}
    </>
  );
}

function ContributionCard({ initiativeId, indicator, contribution }: { initiativeId: string; indicator: Indicator; contribution: Contribution }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const latest = contribution.latest!;
  const additive = indicator.actorAggregation === 'sum' && indicator.measureType === 'number';
  return (
    <article className="contribution">
      <h3 className="contribution__name">
        <span className="code-tag">{indicator.code}</span>{' '}
        <Link to={initiativeRoute(initiativeId, `indicators/${indicator.id}`)}>{indicator.name}</Link>
      </h3>
      <p className="contribution__figure">
        <span className="contribution__value">{f.value(latest.value!)}</span>
        <span className="contribution__period">{f.period(latest.period)}</span>
      </p>
      {latest.share !== null ? (
        <p className="contribution__share">{t('actor.shareOfTotal', { share: formatShare(latest.share, f.locale) })}</p>
      ) : null}
      <ColumnChart
        data={contribution.points.map((p) => ({ key: p.period, label: f.period(p.period), value: p.value }))}
        seriesLabel={t('actor.ownValue')}
        formatValue={f.value}
        formatTick={f.tick}
        height={160}
        table={{
          caption: t('actor.contributionTable', { indicator: indicator.name }),
          columns: [
            { key: 'period', header: t('common.period') },
            { key: 'value', header: t('actor.ownValue'), numeric: true },
            ...(additive ? [{ key: 'share', header: t('indicator.breakdown.share'), numeric: true }] : []),
          ],
          rows: contribution.points.map((p) => ({
            key: p.period,
            cells: {
              period: f.period(p.period),
              value: p.value === null ? '–' : f.value(p.value),
              share: p.share === null ? '–' : formatShare(p.share, f.locale),
            },
          })),
        }}
      />
    </article>
  );
}
