// The figures beside a slide's chart: the headline (latest complete period) in big type, how far
// it moved since the period before, and a newer period that is still being reported, named as
// preliminary so the room does not read a half-reported month as a drop.
import { useTranslation } from 'react-i18next';
import type { HeadlineValue, OverviewIndicator, PreviousValue } from '@ci/shared';
import { formatSignedChange, type Change } from '../../../lib/change';
import { formatNumber } from '../../../lib/format';
import { useIndicatorFormat } from '../../../lib/use-formatters';

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

export function SlideFigures({
  indicator,
  latest,
  previous,
  change,
}: {
  indicator: OverviewIndicator;
  latest: HeadlineValue | null;
  previous: PreviousValue | null;
  change: Change | null;
}) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  // A big number and a smaller unit: `1 287 besök` would not fit beside the chart at one size.
  const big = (v: number) =>
    indicator.measureType === 'percentage' || indicator.unit.trim() === '%'
      ? { number: f.value(v), unit: '' }
      : { number: formatNumber(v, f.locale, indicator.decimals), unit: indicator.unit.trim() };
  const { preliminary } = indicator;

  return (
    <>
      {latest ? (
        <div className="figure__group">
          <p className="figure__label">{t('presentation.latest', { period: f.period(latest.period) })}</p>
          <p className="figure__value">
            {big(latest.value).number}
            {big(latest.value).unit ? <span className="figure__unit"> {big(latest.value).unit}</span> : null}
          </p>
          {previous && change?.delta !== null && change?.movement ? (
            <p className={`figure__change figure__change--${change.assessment}`}>
              <span className="figure__arrow" aria-hidden="true">
                {ARROW[change.movement]}
              </span>
              <span className="figure__change-text">
                <strong className="figure__delta">{formatSignedChange(change.delta, f.locale, indicator, t('presentation.percentagePoints'))}</strong>{' '}
                <span className="figure__since">{t('presentation.since', { period: f.period(previous.period) })}</span>
                {change.assessment === 'better' || change.assessment === 'worse' ? (
                  <span className="figure__assessment"> {t(`presentation.assessment.${change.assessment}`)}</span>
                ) : null}
              </span>
            </p>
          ) : previous ? (
            <p className="figure__change figure__change--none">{t('presentation.noPrevious', { period: f.period(previous.period) })}</p>
          ) : null}
        </div>
      ) : (
        <div className="figure__group">
          <p className="figure__label">{t('presentation.latestNone')}</p>
          <p className="figure__value figure__value--empty">–</p>
        </div>
      )}
      {preliminary ? (
        <p className="figure__preliminary">
          <svg className="figure__hollow" viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <span>
            {t('presentation.preliminary', {
              period: f.period(preliminary.period),
              value: f.value(preliminary.value),
              reported: preliminary.reported,
              expected: preliminary.expected,
            })}
          </span>
        </p>
      ) : null}
    </>
  );
}
