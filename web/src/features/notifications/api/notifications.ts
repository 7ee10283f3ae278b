import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { markReadResponse, notificationList, type MarkReadBody } from '@ci/shared';
import { api } from '../../../lib/api';

/** The caller's notifications are the user's, not an initiative's: their keys stand apart. */
export const notificationKeys = {
  all: () => ['notifications'] as const,
  list: (params: { limit: number; offset?: number }) => ['notifications', 'list', params] as const,
};

export const getNotifications = (params: { limit: number; offset?: number }, signal?: AbortSignal) =>
  api('/me/notifications', { query: params, schema: notificationList, signal });

/** Refetched every minute and when the window gets focus, so the bell's count stays current. */
export const notificationsQueryOptions = (params: { limit: number; offset?: number }) =>
  queryOptions({
    queryKey: notificationKeys.list(params),
    queryFn: ({ signal }) => getNotifications(params, signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });

export const useNotifications = (params: { limit: number; offset?: number }) => useQuery(notificationsQueryOptions(params));

export const markNotificationsRead = (body: MarkReadBody) => api('/me/notifications/read', { method: 'POST', body, schema: markReadResponse });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}
