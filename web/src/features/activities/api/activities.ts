import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { activity, listOf, type Activity, type ActivityInput, type ActivityPatch } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';
import { activityKeys, initiativeKeys } from '../../../lib/query-keys';

/** Every activity of the initiative: filtering happens on screen, as people type. */
export const allActivitiesQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: activityKeys.list(initiativeId, { view: 'all' }),
    queryFn: ({ signal }) => fetchAllPages(initiativePath(initiativeId, '/activities'), activity, { signal }),
    select: (data) => data.items,
  });

export function useSaveActivity(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, values }: { activityId?: string; values: ActivityInput | ActivityPatch }) =>
      activityId
        ? api(initiativePath(initiativeId, `/activities/${activityId}`), { method: 'PATCH', body: values, schema: activity })
        : api(initiativePath(initiativeId, '/activities'), { method: 'POST', body: values, schema: activity }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

export function useDeleteActivity(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activityId: string) => api(initiativePath(initiativeId, `/activities/${activityId}`), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

/**
 * Saves a new priority order (all of it, so activities hidden by a filter keep their places). The
 * list shows the new order at once and goes back to the old one if the server refuses it.
 */
export function useReorderActivities(initiativeId: string) {
  const queryClient = useQueryClient();
  const key = allActivitiesQueryOptions(initiativeId).queryKey;
  return useMutation({
    mutationFn: (ids: string[]) => api(initiativePath(initiativeId, '/activities/order'), { method: 'PUT', body: { ids }, schema: listOf(activity) }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData(key);
      if (before) {
        const byId = new Map(before.items.map((a) => [a.id, a]));
        const items = ids.flatMap((id, priority): Activity[] => {
          const a = byId.get(id);
          return a ? [{ ...a, priority }] : [];
        });
        queryClient.setQueryData(key, { items });
      }
      return { before };
    },
    onError: (_error, _ids, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}
