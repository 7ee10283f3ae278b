// The indicator broken down by one dimension (e.g. gender): counts that add up to the total are
// stacked over time with what was not broken down; percentages, means and other figures that do
// not add up are compared side by side for one period. Each chart has its table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisaggregationDimension, Indicator, SeriesResponse } from '@ci/shared';
import { DataTable } from '../../../components/charts/DataTable';
import { HorizontalBarChart } from '../../../components/charts/HorizontalBarChart';
import { StackedBarChart } from '../../../components/charts/StackedBarChart';
import { seriesColor } from '../../../components/charts/palette';
import { Select } from '../../../components/ui/Select';
import { EmptyState } from '../../../components/ui/States';
import { formatNumber } from '../../../lib/format';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { NOT_BROKEN_DOWN, categoryFigures, periodsWithCategories, stackedCategorySeries, stacksIntoTotal } from '../utils/category-breakdown';

export function CategoryBreakdownSection({
  indicator,
  dimension,
  series,
}: {
  indicator: Indicator;
  dimension: DisaggregationDimension;
  series: SeriesResponse;
}) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const [chosen, setChosen] = useState<string | null>(null);
  const points = periodsWithCategories(series.points, dimension);
  if (points.length === 0) {
    return <EmptyState title={t('categories.breakdown.emptyTitle')}>{t('categories.breakdown.emptyBody')}</EmptyState>;
  }
  const percentage = indicator.measureType === 'percentage';

  if (stacksIntoTotal(indicator)) {
    const stacked = stackedCategorySeries(series.points, dimension, indicator, t('categories.breakdown.notBrokenDown'));
    return (
      <StackedBarChart
        series={stacked.series}
        rows={stacked.rows}
        periodLabel={f.period}
        formatValue={f.value}
        formatTick={f.tick}
        labels={{ period: t('common.period'), total: t('indicator.breakdown.total') }}
        title={t('categories.breakdown.stackedTitle', { dimension: dimension.name })}
        summary={
          stacked.series.some((x) => x.key === NOT_BROKEN_DOWN) ? t('categories.breakdown.stackedSummary', { dimension: dimension.name }) : undefined
        }
      />
    );
  }

  // Not additive: one period's categories side by side, and every period in the table.
  const newestComplete = [...points].reverse().find((p) => p.complete) ?? points[points.length - 1]!;
  const point = points.find((p) => p.period === chosen) ?? newestComplete;
  const figures = categoryFigures(dimension, point.byCategory);
  const cellText = (figure: { value: number; numerator?: number; denominator?: number } | undefined) => {
    if (!figure) return '–';
    if (percentage && figure.numerator !== undefined && figure.denominator !== undefined) {
      return `${f.value(figure.value)} (${t('indicator.breakdown.partsValue', {
        numerator: formatNumber(figure.numerator, f.locale),
        denominator: formatNumber(figure.denominator, f.locale),
      })})`;
    }
    return f.value(figure.value);
  };

  return (
    <>
      {points.length > 1 ? (
        <div className="toolbar">
          <Select
            label={t('indicator.breakdown.period')}
            value={point.period}
            options={[...points].reverse().map((p) => ({ id: p.period, label: f.period(p.period) }))}
            onChange={setChosen}
          />
        </div>
      ) : null}
      <HorizontalBarChart
        rows={dimension.categories
          .filter((c) => figures.has(c.id))
          .map((c, i) => ({ key: c.id, label: c.name, value: figures.get(c.id)!.value, color: seriesColor(i) }))}
        formatValue={f.value}
        formatTick={f.tick}
        title={t('categories.breakdown.barsTitle', { dimension: dimension.name, period: f.period(point.period) })}
      />
      <DataTable
        caption={t('categories.breakdown.tableCaption', { dimension: dimension.name })}
        columns={[
          { key: 'period', header: t('common.period') },
          ...dimension.categories.map((c) => ({ key: c.id, header: c.name, numeric: true })),
          { key: 'total', header: t('indicator.breakdown.total'), numeric: true },
        ]}
        rows={[...points].reverse().map((p) => {
          const byId = categoryFigures(dimension, p.byCategory);
          return {
            key: p.period,
            cells: {
              period: f.period(p.period),
              ...Object.fromEntries(dimension.categories.map((c) => [c.id, cellText(byId.get(c.id))])),
              total: cellText(p.value === null ? undefined : { value: p.value, numerator: p.numerator, denominator: p.denominator }),
            },
          };
        })}
      />
      <p className="muted small">{t(percentage ? 'categories.breakdown.percentNote' : 'categories.breakdown.notAdditive')}</p>
    </>
  );
}
