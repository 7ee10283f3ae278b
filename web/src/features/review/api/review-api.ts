import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listOf, measurement, measurementList, type Measurement, type MeasurementReview } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { indicatorKeys, measurementKeys, overviewKeys } from '../../../lib/query-keys';

const PAGE = 1000;

/** Every submitted value (of one period, or of all): the list pages at 1000, so it is read to the end. */
export async function getSubmitted(initiativeId: string, period: string | null, signal?: AbortSignal): Promise<Measurement[]> {
  const items: Measurement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api(initiativePath(initiativeId, '/measurements'), {
      query: { status: 'submitted', period, limit: PAGE, offset },
      schema: measurementList,
      signal,
    });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export const submittedQueryOptions = (initiativeId: string, period: string | null) =>
  queryOptions({
    queryKey: measurementKeys.list(initiativeId, { status: 'submitted', period: period ?? undefined }),
    queryFn: ({ signal }) => getSubmitted(initiativeId, period, signal),
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
