// The indicator's headline: the latest complete period (in the indicator's own frequency), its
// change since the period before, the target and the status, all as the server states them. It
// reads the indicator's own series, so choosing another time span or frequency for the chart
// never changes it; a newer period that not everyone has reported is named as preliminary.
import { useTranslation } from 'react-i18next';
import type { Indicator, SeriesResponse } from '@ci/shared';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { changeSincePrevious, formatSignedChange } from '../../../lib/change';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { newestPreliminary } from '../utils/progress';

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

export function HeadlineBox({ indicator, series }: { indicator: Indicator; series: SeriesResponse }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const { latest, previous, target, status } = series;
  const change = latest
    ? changeSincePrevious(latest.value, previous?.value, { decimals: indicator.decimals, direction: indicator.direction, target: target?.value })
    : null;
  const preliminary = newestPreliminary(series.points);
  return (
    <div className="headline" role="group" aria-label={t('indicator.headlineFigures')}>
      <div className="headline__item">
        <span className="headline__label">{t('indicator.latest')}</span>
        <span className="headline__value">{latest ? f.value(latest.value) : '–'}</span>
        <span className="headline__sub">{latest ? f.period(latest.period) : t('indicator.noValueYet')}</span>
        {change && previous ? (
          change.delta !== null && change.movement ? (
            <span className="headline__change">
              <span aria-hidden="true">{ARROW[change.movement]} </span>
              {t('indicator.changeSince', {
                change: formatSignedChange(change.delta, f.locale, indicator, t('indicator.percentagePoints')),
                period: f.period(previous.period),
              })}
            </span>
          ) : (
            <span className="headline__sub">{t('indicator.noPrevious', { period: f.period(previous.period) })}</span>
          )
        ) : null}
        {preliminary ? (
          <span className="headline__preliminary">
            <svg className="headline__hollow" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <circle cx="5" cy="5" r="3.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            {preliminary.reported !== undefined && preliminary.expected !== undefined
              ? t('indicator.preliminary', {
                  period: f.period(preliminary.period),
                  value: f.value(preliminary.value),
                  reported: preliminary.reported,
                  expected: preliminary.expected,
                })
              : t('indicator.preliminaryNoCount', { period: f.period(preliminary.period), value: f.value(preliminary.value) })}
          </span>
        ) : null}
      </div>
      <div className="headline__item">
        <span className="headline__label">{t('indicator.target')}</span>
        <span className="headline__value headline__value--muted">{target ? f.value(target.value) : '–'}</span>
        <span className="headline__sub">{target ? f.period(target.period) : t('indicator.noTarget')}</span>
      </div>
      <div className="headline__item">
        <span className="headline__label">{t('indicator.status')}</span>
        <StatusBadge status={status} />
      </div>
    </div>
  );
}
