import { useTranslation } from 'react-i18next';
import type { Indicator } from '@ci/shared';
import { useIndicatorFormat } from '../../../lib/use-formatters';

/** The indicator's definition and rules in plain words, for people who did not set it up. */
export function AboutIndicator({ indicator, goalTitle }: { indicator: Indicator; goalTitle?: string }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const percentage = indicator.measureType === 'percentage';
  const rows: [string, string, string][] = [
    ['definition', t('about.definition'), indicator.definition || t('about.notDescribed')],
    ['source', t('about.source'), indicator.source || t('about.notDescribed')],
    ['unit', t('about.unit'), percentage ? t('about.unitPercentage') : indicator.unit || t('about.unitNone')],
    ['frequency', t('about.frequency'), t(`about.frequencyText.${indicator.frequency}`)],
    ['direction', t('about.direction'), t(`about.directionText.${indicator.direction}`)],
    [
      'actorAggregation',
      t('about.actorAggregation'),
      percentage && indicator.actorAggregation === 'sum'
        ? t('about.actorAggregationText.percentage')
        : t(`about.actorAggregationText.${indicator.actorAggregation}`),
    ],
    ['timeAggregation', t('about.timeAggregation'), t(`about.timeAggregationText.${indicator.timeAggregation}`)],
    [
      'baseline',
      t('about.baseline'),
      indicator.baselineValue !== null && indicator.baselinePeriod
        ? t('about.valueInPeriod', { value: f.value(indicator.baselineValue), period: f.period(indicator.baselinePeriod) })
        : t('about.notSet'),
    ],
    [
      'target',
      t('about.target'),
      indicator.targetValue !== null && indicator.targetPeriod
        ? t('about.valueByPeriod', { value: f.value(indicator.targetValue), period: f.period(indicator.targetPeriod) })
        : t('about.notSet'),
    ],
  ];
  if (goalTitle) rows.unshift(['goal', t('about.goal'), goalTitle]);
  return (
    <dl className="facts">
      {rows.map(([key, term, text]) => (
        <div key={key} className="facts__row">
          <dt>{term}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
