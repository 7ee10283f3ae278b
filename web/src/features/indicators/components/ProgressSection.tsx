import { useTranslation } from 'react-i18next';
import type { Indicator, SeriesResponse } from '@ci/shared';
import { ProgressChart } from '../../../components/charts/ProgressChart';
import { EmptyState } from '../../../components/ui/States';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { chartMarkers, type TimedThing } from '../utils/markers';
import { firstAndLast, progressData } from '../utils/progress';

export function ProgressSection({ indicator, series, events }: { indicator: Indicator; series: SeriesResponse; events: TimedThing[] }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const data = progressData(series);
  const span = firstAndLast(series);
  if (!span && !series.target) {
    return <EmptyState title={t('indicator.noDataTitle')}>{t('indicator.noDataBody')}</EmptyState>;
  }
  const markers = chartMarkers(events, series.frequency, data.map((d) => d.period));
  const forecast = series.trend?.points.at(-1);

  const sentences = [
    span ? t('indicator.summaryLatest', { value: f.value(span.last.value), period: f.period(span.last.period) }) : t('indicator.summaryNoData'),
    span && span.first.period !== span.last.period
      ? t('indicator.summaryFirst', { value: f.value(span.first.value), period: f.period(span.first.period) })
      : null,
    series.target ? t('indicator.summaryTarget', { value: f.value(series.target.value), period: f.period(series.target.period) }) : null,
    forecast && series.target ? t('indicator.summaryForecast', { value: f.value(forecast.value), period: f.period(forecast.period) }) : null,
  ].filter(Boolean);

  return (
    <>
      <ProgressChart
        data={data}
        baseline={series.baseline}
        target={series.target}
        markers={markers}
        periodLabel={f.period}
        formatValue={f.value}
        formatTick={f.tick}
        unitLabel={indicator.measureType === 'percentage' ? '%' : indicator.unit || undefined}
        summary={sentences.join(' ')}
        labels={{
          value: t('indicator.series.value'),
          trajectory: t('indicator.series.trajectory'),
          trend: t('indicator.series.trend'),
          target: t('indicator.series.target'),
          baseline: t('indicator.series.baseline'),
          meeting: t('indicator.series.meeting'),
          activity: t('indicator.series.activity'),
          period: t('common.period'),
        }}
      />
      {markers.length > 0 ? (
        <div className="markers">
          <h3 className="markers__title">{t('indicator.markersTitle')}</h3>
          <ol className="markers__list">
            {markers.map((m) => (
              <li key={m.id} className={`markers__item markers__item--${m.kind}`}>
                <span className="markers__number" aria-hidden="true">
                  {m.number}
                </span>
                <span>
                  <span className="markers__kind">{t(`indicator.series.${m.kind}`)}</span> {m.label}{' '}
                  <span className="muted">
                    ({m.endPeriod && m.endPeriod !== m.period ? `${f.period(m.period)} – ${f.period(m.endPeriod)}` : f.period(m.period)})
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
}
