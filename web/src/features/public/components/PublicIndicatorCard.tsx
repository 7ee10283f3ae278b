import { useTranslation } from 'react-i18next';
import type { PublicIndicator } from '@ci/shared';
import { ProgressChart, type ProgressDatum } from '../../../components/charts/ProgressChart';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { suppressedPeriods, suppressionWording } from '../utils/suppression';

/** One published indicator: its latest figure (or why it is withheld), status and chart. */
export function PublicIndicatorCard({ indicator, threshold }: { indicator: PublicIndicator; threshold: number }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const wording = suppressionWording(indicator, threshold);
  const withheld = t(wording.key, { n: wording.n });
  const suppressed = new Set(suppressedPeriods(indicator));
  const latest = indicator.latest;
  const data: ProgressDatum[] = indicator.points.map((p) => ({
    period: p.period,
    value: p.value,
    trajectory: p.trajectory ?? null,
    trend: null,
    target: p.target ?? null,
    // A withheld figure of an incomplete period is still a preliminary one.
    preliminary: (p.value !== null || p.suppressed) && !p.complete ? {} : null,
  }));
  const describePreliminary = () => t('publicView.preliminaryShort');
  const newest = [...indicator.points].reverse().find((p) => p.value !== null || p.suppressed);
  const preliminary = newest && !newest.complete ? newest : null;
  const hasChart = data.some((d) => d.value !== null || d.trajectory !== null || d.target !== null);

  const summary = [
    latest && !latest.suppressed && latest.value !== null
      ? t('publicView.summaryLatest', { value: f.value(latest.value), period: f.period(latest.period) })
      : null,
    preliminary
      ? t('publicView.summaryPreliminary', { period: f.period(preliminary.period), value: preliminary.value === null ? withheld : f.value(preliminary.value) })
      : null,
    indicator.target ? t('publicView.summaryTarget', { value: f.value(indicator.target.value), period: f.period(indicator.target.period) }) : null,
    suppressed.size > 0 ? t('publicView.summaryWithheld', { count: suppressed.size, withheld }) : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article className="public-indicator" aria-labelledby={`pi-${indicator.id}`}>
      <header className="public-indicator__head">
        <h3 className="public-indicator__name" id={`pi-${indicator.id}`}>
          <span className="code-tag">{indicator.code}</span> {indicator.name}
        </h3>
        <StatusBadge status={indicator.status} size="small" />
      </header>
      {indicator.definition ? <p className="muted small">{indicator.definition}</p> : null}
      <div className="public-indicator__figure">
        {latest === null ? (
          <span className="public-indicator__value public-indicator__value--empty">{t('publicView.noData')}</span>
        ) : latest.suppressed ? (
          <span className="public-indicator__value public-indicator__value--withheld">{withheld}</span>
        ) : (
          <span className="public-indicator__value">{latest.value === null ? '–' : f.value(latest.value)}</span>
        )}
        {latest ? <span className="muted">{f.period(latest.period)}</span> : null}
      </div>
      {preliminary ? (
        <p className="public-indicator__preliminary">
          {t('publicView.preliminary', {
            period: f.period(preliminary.period),
            value: preliminary.value === null ? withheld : f.value(preliminary.value),
          })}
        </p>
      ) : null}
      {hasChart ? (
        <ProgressChart
          data={data}
          baseline={indicator.baseline}
          target={indicator.target}
          periodLabel={f.period}
          formatValue={f.value}
          formatTick={f.tick}
          height={240}
          unitLabel={indicator.measureType === 'percentage' ? '%' : indicator.unit || undefined}
          summary={summary || undefined}
          describeMissing={(period) => (suppressed.has(period) ? withheld : null)}
          describePreliminary={describePreliminary}
          labels={{
            value: t('publicView.series.value'),
            preliminary: t('publicView.series.preliminary'),
            trajectory: t('publicView.series.trajectory'),
            trend: t('publicView.series.trend'),
            target: t('publicView.series.target'),
            baseline: t('publicView.series.baseline'),
            meeting: t('publicView.series.meeting'),
            activity: t('publicView.series.activity'),
            period: t('publicView.series.period'),
          }}
        />
      ) : null}
    </article>
  );
}
