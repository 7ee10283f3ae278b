import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../../../components/ui/Segmented';
import type { Frequency, Indicator, SeriesPoint } from '@ci/shared';
import { LinkButton } from '../../../components/ui/Button';
import { Deferred } from '../../../components/ui/Deferred';
import { ErrorBoundary } from '../../../components/ui/ErrorBoundary';
import { PageHeader, Section } from '../../../components/ui/Layout';
import { Select } from '../../../components/ui/Select';
import { ErrorState, Loading, QueryState } from '../../../components/ui/States';
import { initiativeRoute, useInitiative } from '../../../lib/initiative';
import { canEditAll, canEnterData } from '../../../lib/permissions';
import { goalsQueryOptions } from '../../../resources/goals';
import { useIndicator, useSeries } from '../api/get-indicator';
import { useIndicatorEvents } from '../api/get-indicator-events';
import { RANGE_PRESETS, rangeFrom, viewFrequencies, type RangePreset } from '../utils/progress';
import { AboutIndicator } from './AboutIndicator';
import { HeadlineBox } from './HeadlineBox';
import { NarrativesSection } from './NarrativesSection';
import { ProgressSection } from './ProgressSection';
import { ValuesSection } from './ValuesSection';

// The breakdowns draw bar charts: their code (and the chart library's) is loaded when they are
// drawn, below the progress chart, so the page's first screen does not wait for it.
const ActorBreakdownSection = lazy(() => import('./ActorBreakdownSection').then((m) => ({ default: m.ActorBreakdownSection })));
const CategoryBreakdownSection = lazy(() => import('./CategoryBreakdownSection').then((m) => ({ default: m.CategoryBreakdownSection })));

/** The breakdown choice that is not a dimension. */
const BY_ACTOR = 'actors';

export default function IndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId = '' } = useParams();
  const { initiativeId } = useInitiative();
  const indicator = useIndicator(initiativeId, indicatorId);
  return (
    <div className="page">
      <QueryState query={indicator} loadingLabel={t('indicator.loading')}>
        {(data) => <IndicatorView key={data.id} initiativeId={initiativeId} indicator={data} />}
      </QueryState>
    </div>
  );
}

function IndicatorView({ initiativeId, indicator }: { initiativeId: string; indicator: Indicator }) {
  const { t } = useTranslation();
  const { role } = useInitiative();
  const [preset, setPreset] = useState<RangePreset>('all');
  const [frequency, setFrequency] = useState<Frequency>(indicator.frequency);
  // The indicator's own frequency is the series' default and is not named, so the page's first
  // series is the one asked for together with the indicator (prefetchIndicator).
  const series = useSeries(initiativeId, indicator.id, { from: rangeFrom(preset), frequency: frequency === indicator.frequency ? undefined : frequency });
  // The headline reads the indicator's own series (the chart's first answer, from the cache).
  const headline = useSeries(initiativeId, indicator.id, {});
  const events = useIndicatorEvents(initiativeId, indicator.id);
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const goalTitle = goals.data?.find((g) => g.id === indicator.goalId)?.title;
  const frequencies = viewFrequencies(indicator.frequency);
  // Break down by organisation or by one dimension; a population-level figure has no organisations.
  const dimensions = indicator.dimensions.filter((d) => d.categories.length > 0);
  const [breakdownBy, setBreakdownBy] = useState<string>(indicator.actorAggregation === 'none' && dimensions[0] ? dimensions[0].id : BY_ACTOR);
  const dimension = dimensions.find((d) => d.id === breakdownBy);
  const sectionError = (error: unknown, reset: () => void) => <ErrorState error={error} onRetry={reset} />;
  // The page is drawn with its headline and chart (asked for together with the indicator), so
  // nothing pushes the page down under the reader once it is there.
  if (headline.isPending) return <Loading label={t('indicator.loadingSeries')} />;

  return (
    <>
      <title>{`${indicator.code} ${indicator.name}`}</title>
      <PageHeader
        eyebrow={
          <>
            <span className="code-tag">{indicator.code}</span>
            {goalTitle ? <span>{goalTitle}</span> : null}
          </>
        }
        title={indicator.name}
        actions={
          canEnterData(role) ? (
            <LinkButton to={`${initiativeRoute(initiativeId, 'entry')}?indicator=${indicator.id}`}>{t('indicator.enterValues')}</LinkButton>
          ) : null
        }
      />
      {headline.data ? <HeadlineBox indicator={indicator} series={headline.data} /> : null}

      <Section
        id="progress"
        title={t('indicator.progressTitle')}
        actions={
          <div className="toolbar">
            <Select
              label={t('indicator.range')}
              value={preset}
              options={RANGE_PRESETS.map((p) => ({ id: p, label: t(`indicator.ranges.${p}`) }))}
              onChange={setPreset}
            />
            {frequencies.length > 1 ? (
              <Segmented
                label={t('indicator.showPer')}
                value={frequency}
                onChange={setFrequency}
                options={frequencies.map((fq) => ({ id: fq, label: t(`frequency.${fq}`) }))}
              />
            ) : null}
          </div>
        }
      >
        {series.isFetching && series.data ? <Loading inline label={t('indicator.updating')} /> : null}
        <ErrorBoundary fallback={sectionError}>
          <QueryState query={series} loadingLabel={t('indicator.loadingSeries')}>
            {(data) => <ProgressSection indicator={indicator} series={data} events={events} />}
          </QueryState>
        </ErrorBoundary>
      </Section>

      {/* Below the chart: drawn right after it, without holding up the headline and the chart. */}
      <Deferred placeholder={<Loading />}>
        <Section
          id="actors"
          title={dimensions.length > 0 ? t('categories.breakdown.title') : t('indicator.breakdown.title')}
          description={dimensions.length > 0 ? t('categories.breakdown.description') : t('indicator.breakdown.description')}
          actions={
            dimensions.length > 0 ? (
              <Segmented
                label={t('categories.breakdown.by')}
                value={dimension ? dimension.id : BY_ACTOR}
                onChange={setBreakdownBy}
                options={[{ id: BY_ACTOR, label: t('categories.breakdown.byActor') }, ...dimensions.map((d) => ({ id: d.id, label: d.name }))]}
              />
            ) : null
          }
        >
          <ErrorBoundary fallback={sectionError}>
            <Suspense fallback={<Loading />}>
              {!series.data ? (
                <Loading />
              ) : dimension ? (
                <CategoryBreakdownSection indicator={indicator} dimension={dimension} series={series.data} />
              ) : (
                <ActorBreakdownSection initiativeId={initiativeId} indicator={indicator} series={series.data} />
              )}
            </Suspense>
          </ErrorBoundary>
        </Section>

        <Section id="values" title={t('values.title')} description={t('values.description')}>
          <ErrorBoundary fallback={sectionError}>
            {headline.data ? (
              <ValuesSection initiativeId={initiativeId} indicator={indicator} periods={narrativePeriods(headline.data.points)} />
            ) : (
              <Loading />
            )}
          </ErrorBoundary>
        </Section>

        <div className="two-columns">
          <Section id="narratives" title={t('narratives.title')} description={t('narratives.description')}>
            <NarrativesSection
              initiativeId={initiativeId}
              indicator={indicator}
              periods={series.data ? narrativePeriods(series.data.points) : []}
              canEdit={canEditAll(role)}
            />
          </Section>
          <Section id="about" title={t('about.title')}>
            <AboutIndicator indicator={indicator} goalTitle={goalTitle} />
          </Section>
        </div>
      </Deferred>
    </>
  );
}

/** Periods with data, latest first: a story is written about something that was measured. */
function narrativePeriods(points: SeriesPoint[]): string[] {
  return points
    .filter((p) => p.value !== null)
    .map((p) => p.period)
    .reverse();
}
