import { useQuery } from '@tanstack/react-query';
import { indicatorQueryOptions } from '../../../resources/indicators';
import { seriesQueryOptions, type SeriesParams } from '../../../resources/series';

export const useIndicator = (initiativeId: string, indicatorId: string) => useQuery(indicatorQueryOptions(initiativeId, indicatorId));

export const useSeries = (initiativeId: string, indicatorId: string, params: SeriesParams) =>
  useQuery({
    ...seriesQueryOptions(initiativeId, indicatorId, params),
    // While another range or frequency loads, keep showing this indicator's chart (never another's).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === indicatorId ? previous : undefined),
  });

