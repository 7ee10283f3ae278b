// One indicator on the projector: a large chart of the measured values against trajectory and
// target, and beside it the latest figure, its change since the period before, and the status.
import { useTranslation } from 'react-i18next';
import type { OverviewIndicator, SeriesResponse } from '@ci/shared';
import { ProgressChart } from '../../../components/charts/ProgressChart';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { ErrorState, Loading } from '../../../components/ui/States';
import { formatNumber } from '../../../lib/format';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { useSlideSeries } from '../api/get-slide-series';
import { changeSincePrevious, formatSignedChange } from '../utils/change';
import { slideChartData } from '../utils/slides';
import { useElementHeight } from '../hooks/use-element-height';
import { useViewportHeight } from '../hooks/use-viewport-height';

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

export function IndicatorSlide({
  initiativeId,
  indicator,
  goal,
  quarter,
  titleId,
}: {
  initiativeId: string;
  indicator: OverviewIndicator;
  goal: { number: number; title: string } | null;
  quarter: string;
  titleId: string;
}) {
  const { t } = useTranslation();
  const series = useSlideSeries(initiativeId, indicator);
  return (
    <div className="slide slide--indicator">
      <header className="slide__head">
        <p className="slide__eyebrow">{goal ? t('presentation.goal', { number: goal.number, title: goal.title }) : t('presentation.otherIndicators')}</p>
        <h1 className="slide__title" id={titleId}>
          <span className="slide__code">{indicator.code}</span> {indicator.name}
        </h1>
      </header>
      {series.isPending ? (
        <Loading label={t('presentation.loadingSeries')} />
      ) : series.isError ? (
        <ErrorState error={series.error} onRetry={() => void series.refetch()} />
      ) : (
        <SlideBody indicator={indicator} series={series.data} quarter={quarter} />
      )}
    </div>
  );
}

function SlideBody({ indicator, series, quarter }: { indicator: OverviewIndicator; series: SeriesResponse; quarter: string }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const viewport = useViewportHeight();
  const [chartBox, box] = useElementHeight<HTMLDivElement>();
  const data = slideChartData(series, quarter);
  const change = changeSincePrevious(series.points, {
    decimals: indicator.decimals,
    direction: indicator.direction,
    target: series.target?.value,
    through: quarter,
  });
  // A big number and a smaller unit: `1 287 besök` would not fit beside the chart at one size.
  const headline = (v: number) =>
    indicator.measureType === 'percentage' || indicator.unit.trim() === '%'
      ? { number: f.value(v), unit: '' }
      : { number: formatNumber(v, f.locale, indicator.decimals), unit: indicator.unit.trim() };
  const figure = change ? headline(change.latest.value) : null;
  const hasChart = data.some((d) => d.value !== null || d.trajectory !== null || d.target !== null);
  // The chart takes the room the heading and the controls leave, less two lines for its legend.
  const chartHeight = Math.max(260, box.height > 0 ? Math.round(box.height - box.fontSize * 2.8) : Math.round(viewport * 0.6));

  return (
    <div className="slide__body">
      <div className="slide__chart" ref={chartBox}>
        {hasChart ? (
          <ProgressChart
            size="large"
            height={chartHeight}
            data={data}
            baseline={series.baseline}
            target={series.target}
            periodLabel={f.period}
            formatValue={f.value}
            formatTick={f.tick}
            unitLabel={indicator.measureType === 'percentage' ? '%' : indicator.unit || undefined}
            labels={{
              value: t('presentation.series.value'),
              trajectory: t('presentation.series.trajectory'),
              trend: t('presentation.series.trend'),
              target: t('presentation.series.target'),
              baseline: t('presentation.series.baseline'),
              meeting: t('presentation.series.meeting'),
              activity: t('presentation.series.activity'),
              period: t('presentation.series.period'),
            }}
          />
        ) : (
          <p className="slide__empty">{t('presentation.noData')}</p>
        )}
      </div>
      <div className="slide__figures">
        {change ? (
          <>
            <p className="figure__label">{t('presentation.latest', { period: f.period(change.latest.period) })}</p>
            <p className="figure__value">
              {figure?.number}
              {figure?.unit ? <span className="figure__unit"> {figure.unit}</span> : null}
            </p>
            {change.delta !== null && change.movement ? (
              <p className={`figure__change figure__change--${change.assessment}`}>
                <span className="figure__arrow" aria-hidden="true">
                  {ARROW[change.movement]}
                </span>
                <span className="figure__change-text">
                  <strong className="figure__delta">{formatSignedChange(change.delta, f.locale, indicator, t('presentation.percentagePoints'))}</strong>{' '}
                  <span className="figure__since">{t('presentation.since', { period: f.period(change.previous.period) })}</span>
                  {change.assessment === 'better' || change.assessment === 'worse' ? (
                    <span className="figure__assessment"> {t(`presentation.assessment.${change.assessment}`)}</span>
                  ) : null}
                </span>
              </p>
            ) : (
              <p className="figure__change figure__change--none">{t('presentation.noPrevious', { period: f.period(change.previous.period) })}</p>
            )}
          </>
        ) : (
          <>
            <p className="figure__label">{t('presentation.latestNone')}</p>
            <p className="figure__value figure__value--empty">–</p>
          </>
        )}
        <div className="figure__status">
          <StatusBadge status={series.status} />
        </div>
        {series.target ? (
          <p className="figure__target">
            {t('presentation.target', { value: f.value(series.target.value), period: f.period(series.target.period) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
