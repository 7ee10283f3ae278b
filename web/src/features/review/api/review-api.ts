import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listOf, measurement, measurementList, reviewList, type MeasurementReview } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { indicatorKeys, measurementKeys, overviewKeys } from '../../../lib/query-keys';

/**
 * Submitted values with the same cell's previous-period value, in review order. Under the
 * measurement keys, so every write to values refreshes it.
 */
export const reviewListQueryOptions = (initiativeId: string, period: string | null) =>
  queryOptions({
    queryKey: [...measurementKeys.all(initiativeId), 'review', { period }] as const,
    queryFn: ({ signal }) => api(initiativePath(initiativeId, '/measurements/review'), { query: { period }, schema: reviewList, signal }),
    // Changing the period filter keeps the table (and the filter's choices) until the new list is in.
    placeholderData: keepPreviousData,
  });

/** Only the count of returned values matters here, so one item is enough to read `total`. */
export const returnedCountQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: measurementKeys.list(initiativeId, { status: 'returned' }),
    queryFn: ({ signal }) =>
      api(initiativePath(initiativeId, '/measurements'), { query: { status: 'returned', limit: 1 }, schema: measurementList, signal }),
    select: (data) => data.total,
  });

export const reviewMeasurements = (initiativeId: string, review: MeasurementReview) =>
  api(initiativePath(initiativeId, '/measurements/review'), { method: 'POST', body: review, schema: listOf(measurement) });

export function useReviewMeasurements(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: MeasurementReview) => reviewMeasurements(initiativeId, review),
    // Approval changes what the overview, the charts (series live under the indicators) and the
    // reporting status count, not only this list.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: measurementKeys.all(initiativeId) }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.detail(initiativeId) }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.completenessAll(initiativeId) }),
        queryClient.invalidateQueries({ queryKey: indicatorKeys.all(initiativeId) }),
      ]),
  });
}
