import { queryOptions, useQuery } from '@tanstack/react-query';
import { actionItemListItem, listOf } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';

export const openActionItemKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'action-items', { open: true }] as const,
};

export const getOpenActionItems = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/action-items'), { query: { open: true }, schema: listOf(actionItemListItem), signal });

/** Action items not yet done, across all meetings, soonest due first (the server's order). */
export const openActionItemsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: openActionItemKeys.list(initiativeId),
    queryFn: ({ signal }) => getOpenActionItems(initiativeId, signal),
    select: (data) => data.items,
  });

export const useOpenActionItems = (initiativeId: string) => useQuery(openActionItemsQueryOptions(initiativeId));
