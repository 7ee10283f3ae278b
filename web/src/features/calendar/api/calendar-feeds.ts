// The caller's personal calendar feed URLs (one per initiative). The secret in them is created on
// first use; renewing it replaces every URL at once.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarFeeds } from '@ci/shared';
import { api } from '../../../lib/api';

export const calendarKeys = {
  feeds: () => ['calendar-feeds'] as const,
};

export const getCalendarFeeds = (signal?: AbortSignal) => api('/me/calendar', { schema: calendarFeeds, signal });

export const calendarFeedsQueryOptions = () =>
  queryOptions({ queryKey: calendarKeys.feeds(), queryFn: ({ signal }) => getCalendarFeeds(signal), staleTime: 10 * 60_000 });

export const useCalendarFeeds = () => useQuery(calendarFeedsQueryOptions());

export const renewCalendarFeeds = () => api('/me/calendar/renew', { method: 'POST', schema: calendarFeeds });

export function useRenewCalendarFeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCalendarFeeds,
    onSuccess: (feeds) => queryClient.setQueryData(calendarKeys.feeds(), feeds),
  });
}
