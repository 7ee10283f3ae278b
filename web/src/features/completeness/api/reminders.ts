import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { reminderResponse, reminderStatus, type ReminderBody } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';

export const reminderKeys = {
  all: (initiativeId: string) => ['initiative', initiativeId, 'reminders'] as const,
  status: (initiativeId: string, period: string) => ['initiative', initiativeId, 'reminders', period] as const,
};

export const getReminderStatus = (initiativeId: string, period: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/reminders'), { query: { period }, schema: reminderStatus, signal });

export const reminderStatusQueryOptions = (initiativeId: string, period: string) =>
  queryOptions({
    queryKey: reminderKeys.status(initiativeId, period),
    queryFn: ({ signal }) => getReminderStatus(initiativeId, period, signal),
  });

export const sendReminders = (initiativeId: string, body: ReminderBody) =>
  api(initiativePath(initiativeId, '/reminders'), { method: 'POST', body, schema: reminderResponse });

export function useSendReminders(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderBody) => sendReminders(initiativeId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.all(initiativeId) }),
  });
}
