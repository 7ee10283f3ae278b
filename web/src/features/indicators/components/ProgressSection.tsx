import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, SeriesResponse } from '@ci/shared';
import { ProgressChart, type ProgressDatum } from '../../../components/charts/ProgressChart';
import { EmptyState } from '../../../components/ui/States';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { chartMarkers, type TimedThing } from '../utils/markers';
import { firstWithData, newestPreliminary, progressData } from '../utils/progress';

/** Memoised: the chart is the page's heaviest drawing, and the page re-renders as its other parts arrive. */
export const ProgressSection = memo(function ProgressSection({ indicator, series, events }: { indicator: Indicator; series: SeriesResponse; events: TimedThing[] }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const data = progressData(series);
  const first = firstWithData(series.points);
  if (!first && !series.target) {
    return <EmptyState title={t('indicator.noDataTitle')}>{t('indicator.noDataBody')}</EmptyState>;
  }
  const markers = chartMarkers(events, series.frequency, data.map((d) => d.period));
  const forecast = series.trend?.points.at(-1);
  // The headline is the indicator's own (the latest complete period, in its own frequency); the
  // chart's newest period may still be preliminary, and then the summary says so.
  const { latest } = series;
  const preliminary = newestPreliminary(series.points);
  const describePreliminary = (p: NonNullable<ProgressDatum['preliminary']>) =>
    p.reported !== undefined && p.expected !== undefined
      ? t('indicator.preliminaryOf', { reported: p.reported, expected: p.expected })
      : t('indicator.preliminaryShort');

  const sentences = [
    latest
      ? t('indicator.summaryLatest', { value: f.value(latest.value), period: f.period(latest.period) })
      : first
        ? t('indicator.summaryNoHeadline')
        : t('indicator.summaryNoData'),
    first && first.period !== latest?.period ? t('indicator.summaryFirst', { value: f.value(first.value), period: f.period(first.period) }) : null,
    preliminary
      ? preliminary.reported !== undefined && preliminary.expected !== undefined
        ? t('indicator.summaryPreliminary', {
            period: f.period(preliminary.period),
            value: f.value(preliminary.value),
            reported: preliminary.reported,
            expected: preliminary.expected,
          })
        : t('indicator.summaryPreliminaryNoCount', { period: f.period(preliminary.period), value: f.value(preliminary.value) })
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
        describePreliminary={describePreliminary}
        labels={{
          value: t('indicator.series.value'),
          preliminary: t('indicator.series.preliminary'),
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
});
