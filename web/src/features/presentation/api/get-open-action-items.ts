import { queryOptions, useQuery } from '@tanstack/react-query';
import { actionItemListItem } from '@ci/shared';
import { initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';

export const openActionItemKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'action-items', { open: true }] as const,
};

export const getOpenActionItems = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/action-items'), actionItemListItem, { query: { open: true }, signal });

/** Action items not yet done, across all meetings, soonest due first (the server's order). */
export const openActionItemsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: openActionItemKeys.list(initiativeId),
    queryFn: ({ signal }) => getOpenActionItems(initiativeId, signal),
    select: (data) => data.items,
  });

export const useOpenActionItems = (initiativeId: string) => useQuery(openActionItemsQueryOptions(initiativeId));
