import { useQuery, type QueryClient } from '@tanstack/react-query';
import { indicatorQueryOptions } from '../../../resources/indicators';
import { seriesQueryOptions, type SeriesParams } from '../../../resources/series';

export const useIndicator = (initiativeId: string, indicatorId: string) => useQuery(indicatorQueryOptions(initiativeId, indicatorId));

export const useSeries = (initiativeId: string, indicatorId: string, params: SeriesParams) =>
  useQuery({
    ...seriesQueryOptions(initiativeId, indicatorId, params),
    // While another range or frequency loads, keep showing this indicator's chart (never another's).
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === indicatorId ? previous : undefined),
  });

/**
 * The indicator and its series in its own frequency (the headline and the chart's first answer),
 * asked for before the page is drawn (app/preload.ts).
 */
export async function prefetchIndicator(queryClient: QueryClient, initiativeId: string, indicatorId: string) {
  const indicator = await queryClient.fetchQuery(indicatorQueryOptions(initiativeId, indicatorId));
  await queryClient.prefetchQuery(seriesQueryOptions(initiativeId, indicatorId, { frequency: indicator.frequency }));
}
