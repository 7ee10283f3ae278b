import { queryOptions } from '@tanstack/react-query';
import { measurementList, type Measurement } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { measurementKeys } from '../../../lib/query-keys';

const PAGE = 1000;

/** Every value of one period (all pages): the sheet needs each cell's version to save safely. */
export async function getPeriodMeasurements(initiativeId: string, period: string, signal?: AbortSignal): Promise<Measurement[]> {
  const all: Measurement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api(initiativePath(initiativeId, '/measurements'), {
      query: { period, limit: PAGE, offset },
      schema: measurementList,
      signal,
    });
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}

export const periodMeasurementsQueryOptions = (initiativeId: string, period: string) =>
  queryOptions({
    queryKey: measurementKeys.list(initiativeId, { from: period, to: period }),
    queryFn: ({ signal }) => getPeriodMeasurements(initiativeId, period, signal),
    // Totals and category values: a disaggregated cell shows its total and opens into its categories.
    select: (items) => items.filter((m) => m.period === period),
  });
