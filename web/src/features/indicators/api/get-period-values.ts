import { queryOptions, useQuery } from '@tanstack/react-query';
import { measurementList } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { measurementKeys } from '../../../lib/query-keys';

/** One indicator's values of one period (totals and categories), as the caller may see them. */
export const periodValuesQueryOptions = (initiativeId: string, indicatorId: string, period: string) =>
  queryOptions({
    queryKey: measurementKeys.list(initiativeId, { indicatorId, period }),
    queryFn: ({ signal }) =>
      api(initiativePath(initiativeId, '/measurements'), { query: { indicatorId, period, limit: 1000 }, schema: measurementList, signal }),
    select: (data) => data.items,
  });

export const usePeriodValues = (initiativeId: string, indicatorId: string, period: string | null) =>
  useQuery({ ...periodValuesQueryOptions(initiativeId, indicatorId, period ?? ''), enabled: period !== null });
