import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewIndicator } from '@ci/shared';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { Sparkline } from '../../../components/charts/Sparkline';
import { useLocale } from '../../../i18n';
import { formatPeriod, formatValue } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';

export function IndicatorCard({ initiativeId, indicator }: { initiativeId: string; indicator: OverviewIndicator }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fmt = (v: number) => formatValue(v, locale, indicator);
  const { latest, target } = indicator;
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
      <p className="indicator-card__target">
        {target
          ? t('overview.targetBy', { value: fmt(target.value), period: formatPeriod(target.period, locale) })
          : t('overview.noTarget')}
      </p>
      <Sparkline data={indicator.sparkline} />
    </article>
  );
}
