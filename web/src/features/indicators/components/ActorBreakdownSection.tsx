import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { Indicator, SeriesResponse } from '@ci/shared';
import { HorizontalBarChart } from '../../../components/charts/HorizontalBarChart';
import { StackedBarChart } from '../../../components/charts/StackedBarChart';
import { DataTable } from '../../../components/charts/DataTable';
import { Select } from '../../../components/ui/Select';
import { EmptyState, Loading } from '../../../components/ui/States';
import { formatNumber, formatShare } from '../../../lib/format';
import { initiativeRoute } from '../../../lib/initiative';
import { useIndicatorFormat } from '../../../lib/use-formatters';
import { actorsQueryOptions } from '../../../resources/actors';
import { OTHERS_KEY, isAdditive, periodBreakdown, periodsWithActors, stackedActorSeries } from '../utils/actor-breakdown';
import { CategoryToggle, actorCategoryRows } from './ActorCategoryRows';

/** Named actors in the stacked chart; the rest are one "others" part. */
const TOP_ACTORS = 6;

export function ActorBreakdownSection({ initiativeId, indicator, series }: { initiativeId: string; indicator: Indicator; series: SeriesResponse }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat(indicator);
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const periods = periodsWithActors(series.points);
  const [chosen, setChosen] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  if (indicator.actorAggregation === 'none') {
    return <p className="muted">{t('indicator.breakdown.populationLevel')}</p>;
  }
  // Names first: a chart of "unknown actors" that relabels itself a moment later only confuses.
  if (actors.isPending) return <Loading />;
  if (periods.length === 0) {
    return <EmptyState title={t('indicator.breakdown.emptyTitle')}>{t('indicator.breakdown.emptyBody')}</EmptyState>;
  }

  const names = new Map((actors.data ?? []).map((a) => [a.id, a.name]));
  const actorName = (id: string) => names.get(id) ?? t('indicator.breakdown.unknownActor');
  // By default the newest complete period, like the headline: a half-reported period would give
  // the partners who did report too large a share. Preliminary periods stay one choice away.
  const newestComplete = periods.find((p) => series.points.find((x) => x.period === p)?.complete);
  const period = chosen && periods.includes(chosen) ? chosen : (newestComplete ?? periods[0]);
  const point = series.points.find((p) => p.period === period)!;
  const rows = periodBreakdown(point, actorName, indicator);
  const additive = isAdditive(indicator);
  const percentage = indicator.measureType === 'percentage';

  const table = {
    caption: t('indicator.breakdown.tableCaption', { period: f.period(period) }),
    columns: [
      { key: 'actor', header: t('common.actor') },
      { key: 'value', header: t('indicator.series.value'), numeric: true },
      ...(percentage ? [{ key: 'parts', header: t('indicator.breakdown.parts'), numeric: true }] : []),
      ...(additive ? [{ key: 'share', header: t('indicator.breakdown.share'), numeric: true }] : []),
    ],
    rows: rows.flatMap((r) => [
      {
        key: r.actorId,
        cells: {
          actor: (
            <>
              <Link to={initiativeRoute(initiativeId, `actors/${r.actorId}`)}>{r.name}</Link>
              <CategoryToggle point={point} actorId={r.actorId} actorName={r.name} expanded={expanded} onToggle={setExpanded} />
            </>
          ),
          value: f.value(r.value),
          parts:
            r.numerator !== undefined && r.denominator !== undefined
              ? t('indicator.breakdown.partsValue', {
                  numerator: formatNumber(r.numerator, f.locale),
                  denominator: formatNumber(r.denominator, f.locale),
                })
              : '–',
          share: r.share === null ? '–' : formatShare(r.share, f.locale),
        },
      },
      // The organisation's categories, under its figure, when opened.
      ...(expanded.has(r.actorId) ? actorCategoryRows(indicator, point, r.actorId, f, t) : []),
    ]),
  };

  const periodChooser =
    periods.length > 1 ? (
      <Select
        label={t('indicator.breakdown.period')}
        value={period}
        options={periods.map((p) => ({ id: p, label: f.period(p) }))}
        onChange={setChosen}
      />
    ) : null;

  const bars = (
    <HorizontalBarChart
      rows={rows.map((r) => ({ key: r.actorId, label: r.name, value: r.value }))}
      formatValue={f.value}
      formatTick={f.tick}
      title={t('indicator.breakdown.barsTitle', { period: f.period(period) })}
      summary={
        rows.length > 0
          ? t('indicator.breakdown.barsSummary', { count: rows.length, top: rows[0].name, value: f.value(rows[0].value) })
          : undefined
      }
    />
  );

  const tableBlock = (
    <div className="breakdown-table">
      <div className="toolbar">{periodChooser}</div>
      <DataTable {...table} />
      {!additive ? <p className="muted small">{t(`indicator.breakdown.notAdditive.${percentage ? 'percentage' : indicator.actorAggregation}`)}</p> : null}
    </div>
  );

  if (!additive) {
    return (
      <>
        {bars}
        {tableBlock}
      </>
    );
  }

  const stacked = stackedActorSeries(series.points, actorName, TOP_ACTORS, t('indicator.breakdown.others'));
  return (
    <>
      <Tabs className="tabs">
        <TabList className="tabs__list" aria-label={t('indicator.breakdown.viewLabel')}>
          <Tab id="time" className="tabs__tab">
            {t('indicator.breakdown.overTime')}
          </Tab>
          <Tab id="period" className="tabs__tab">
            {t('indicator.breakdown.onePeriod')}
          </Tab>
        </TabList>
        <TabPanel id="time" className="tabs__panel">
          <StackedBarChart
            series={stacked.series}
            rows={stacked.rows}
            periodLabel={f.period}
            formatValue={f.value}
            formatTick={f.tick}
            labels={{ period: t('common.period'), total: t('indicator.breakdown.total') }}
            title={t('indicator.breakdown.stackedTitle')}
            summary={
              stacked.series.some((s) => s.key === OTHERS_KEY)
                ? t('indicator.breakdown.stackedSummary', { count: TOP_ACTORS })
                : t('indicator.breakdown.stackedSummaryAll')
            }
          />
        </TabPanel>
        <TabPanel id="period" className="tabs__panel">
          {bars}
        </TabPanel>
      </Tabs>
      {tableBlock}
    </>
  );
}
