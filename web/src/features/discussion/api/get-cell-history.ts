import { queryOptions, useQuery } from '@tanstack/react-query';
import { valueHistory } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { historyKeys, type CellRef } from '../../../lib/query-keys';

/** Every change of one cell's value, newest first, across deletions and re-entries. */
export const getCellHistory = (initiativeId: string, cell: CellRef, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/measurements/history'), {
    query: { indicatorId: cell.indicatorId, actorId: cell.actorId ?? 'none', period: cell.period, categoryId: cell.categoryId ?? undefined },
    schema: valueHistory,
    signal,
  });

export const cellHistoryQueryOptions = (initiativeId: string, cell: CellRef) =>
  queryOptions({
    queryKey: historyKeys.cell(initiativeId, cell),
    queryFn: ({ signal }) => getCellHistory(initiativeId, cell, signal),
    select: (data) => data.items,
  });

export const useCellHistory = (initiativeId: string, cell: CellRef, enabled = true) =>
  useQuery({ ...cellHistoryQueryOptions(initiativeId, cell), enabled });
