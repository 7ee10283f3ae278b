import { useQuery } from '@tanstack/react-query';
import type { OverviewIndicator } from '@ci/shared';
import { seriesQueryOptions } from '../../../resources/series';
import { slideFrequency } from '../utils/slides';

/** The series a slide draws: the indicator's default range, monthly figures per quarter. */
export const slideSeriesQueryOptions = (initiativeId: string, indicator: Pick<OverviewIndicator, 'id' | 'frequency'>) =>
  seriesQueryOptions(initiativeId, indicator.id, { frequency: slideFrequency(indicator.frequency) });

export const useSlideSeries = (initiativeId: string, indicator: Pick<OverviewIndicator, 'id' | 'frequency'>) =>
  useQuery(slideSeriesQueryOptions(initiativeId, indicator));
