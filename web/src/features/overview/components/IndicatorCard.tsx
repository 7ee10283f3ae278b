import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewIndicator } from '@ci/shared';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { Sparkline } from '../../../components/charts/Sparkline';
import { useLocale } from '../../../i18n';
import { changeSincePrevious, formatSignedChange } from '../../../lib/change';
import { formatPeriod, formatValue } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import '../indicator-card.css';

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

/**
 * One indicator at a glance. The big figure is the headline (the latest complete period), its
 * change is measured from the period just before it, and the status is the server's; a newer
 * period that not everyone has reported yet is mentioned underneath as preliminary, never as the figure.
 */
export function IndicatorCard({ initiativeId, indicator }: { initiativeId: string; indicator: OverviewIndicator }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fmt = (v: number) => formatValue(v, locale, indicator);
  const { latest, previous, preliminary, target } = indicator;
  const change = latest ? changeSincePrevious(latest.value, previous?.value, { decimals: indicator.decimals, direction: indicator.direction, target: target?.value }) : null;
  return (
    <article className={`indicator-card indicator-card--${indicator.status.replace('_', '-')}`}>
      <div className="indicator-card__head">
        <span className="indicator-card__code">{indicator.code}</span>
        <StatusBadge status={indicator.status} size="small" />
      </div>
      <h3 className="indicator-card__name">
        <Link to={initiativeRoute(initiativeId, `indicators/${indicator.id}`)} className="card-link">
          {indicator.name}
        </Link>
      </h3>
      <div className="indicator-card__figures">
        {latest ? (
          <>
            <p className="indicator-card__value">{fmt(latest.value)}</p>
            <p className="indicator-card__period">{formatPeriod(latest.period, locale)}</p>
          </>
        ) : (
          <p className="indicator-card__value indicator-card__value--empty">{t('overview.noValueYet')}</p>
        )}
      </div>
      {change?.delta !== null && change?.movement && previous ? (
        <p className="indicator-card__change">
          <span aria-hidden="true">{ARROW[change.movement]} </span>
          {t('overview.changeSince', {
            change: formatSignedChange(change.delta, locale, indicator, t('overview.percentagePoints')),
            period: formatPeriod(previous.period, locale),
          })}
        </p>
      ) : null}
      {preliminary ? (
        <p className="indicator-card__preliminary">
          <svg className="indicator-card__hollow" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="3.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {t('overview.preliminary', {
            period: formatPeriod(preliminary.period, locale),
            value: fmt(preliminary.value),
            reported: preliminary.reported,
            expected: preliminary.expected,
          })}
        </p>
      ) : null}
      <p className="indicator-card__target">
        {target
          ? t('overview.targetBy', { value: fmt(target.value), period: formatPeriod(target.period, locale) })
          : t('overview.noTarget')}
      </p>
      <Sparkline data={indicator.sparkline} />
    </article>
  );
}
