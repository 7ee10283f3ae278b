import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { activity, listOf, type ActivityInput, type ActivityPatch } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { activityKeys, initiativeKeys } from '../../../lib/query-keys';

/** Every activity of the initiative: filtering happens on screen, as people type. */
export const allActivitiesQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: activityKeys.list(initiativeId, { view: 'all' }),
    queryFn: ({ signal }) => api(initiativePath(initiativeId, '/activities'), { schema: listOf(activity), signal }),
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
