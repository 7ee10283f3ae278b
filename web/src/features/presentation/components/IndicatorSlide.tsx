// One indicator on the projector: a large chart of the measured values against trajectory and
// target, and beside it the headline figure, its change since the period before, and the status.
// The headline and the change are the server's (the latest complete period, in the indicator's
// own frequency); the status is the overview's, the very one the title slide counts.
import { useTranslation } from 'react-i18next';
import type { OverviewIndicator, SeriesResponse } from '@ci/shared';
import { ProgressChart, type ProgressDatum } from '../../../components/charts/ProgressChart';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { ErrorState, Loading } from '../../../components/ui/States';
import { changeSincePrevious } from '../../../lib/change';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { useSlideSeries } from '../api/get-slide-series';
import { slideChartData } from '../utils/slides';
import { useViewportWidth } from '../hooks/use-viewport-height';
import { SlideFigures } from './SlideFigures';

export function IndicatorSlide({
  initiativeId,
  indicator,
  goal,
  titleId,
}: {
  initiativeId: string;
  indicator: OverviewIndicator;
  goal: { number: number; title: string } | null;
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
        <SlideBody indicator={indicator} series={series.data} />
      )}
    </div>
  );
}

function SlideBody({ indicator, series }: { indicator: OverviewIndicator; series: SeriesResponse }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  // Projector type from a laptop up; a tablet in the hand reads the ordinary chart type.
  const large = useViewportWidth() >= 1000;
  const data = slideChartData(series);
  // A monthly indicator is drawn by quarter beside its monthly headline: the legend says so.
  const byQuarter = series.frequency !== indicator.frequency && series.frequency === 'quarter';
  const { latest, previous } = series;
  // The final target in the indicator's own frequency, like the headline it is read next to.
  const change = latest
    ? changeSincePrevious(latest.value, previous?.value, { decimals: indicator.decimals, direction: indicator.direction, target: indicator.target?.value })
    : null;
  const hasChart = data.some((d) => d.value !== null || d.trajectory !== null || d.target !== null);
  const describePreliminary = (p: NonNullable<ProgressDatum['preliminary']>) =>
    p.reported !== undefined && p.expected !== undefined
      ? t('presentation.preliminaryOf', { reported: p.reported, expected: p.expected })
      : t('presentation.preliminaryShort');

  return (
    <div className="slide__body">
      <div className="slide__chart">
        {hasChart ? (
          <ProgressChart
            size={large ? 'large' : 'normal'}
            // The chart takes the room the heading and the controls leave, its legend however many lines it needs.
            height="fill"
            data={data}
            baseline={series.baseline}
            target={series.target}
            periodLabel={f.period}
            formatValue={f.value}
            formatTick={f.tick}
            unitLabel={indicator.measureType === 'percentage' ? '%' : indicator.unit || undefined}
            describePreliminary={describePreliminary}
            labels={{
              value: byQuarter ? t('presentation.valuePerQuarter') : t('presentation.series.value'),
              preliminary: t('presentation.series.preliminary'),
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
        <SlideFigures indicator={indicator} latest={latest} previous={previous} change={change} />
        <div className="figure__group">
          <div className="figure__status">
            <StatusBadge status={indicator.status} />
          </div>
          {indicator.target ? (
            <p className="figure__target">
              {t('presentation.target', { value: f.value(indicator.target.value), period: f.period(indicator.target.period) })}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
