// The meetings screens' reads and writes. Meeting lists and records come from the shared meeting
// resources; every write refreshes the meeting queries of the initiative.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  actionItem,
  actionItemListItem,
  attendance,
  decision,
  listOf,
  meeting,
  meetingSeries,
  type ActionItemInput,
  type ActionItemPatch,
  type AttendanceInput,
  type MeetingInput,
  type MeetingPatch,
  type MeetingSeriesInput,
  type MeetingSeriesPatch,
} from '@ci/shared';

import { api, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';

export const meetingFeatureKeys = {
  series: (initiativeId: string) => ['initiative', initiativeId, 'meetings', 'series'] as const,
  openActions: (initiativeId: string) => ['initiative', initiativeId, 'meetings', 'open-action-items'] as const,
};

export const seriesQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: meetingFeatureKeys.series(initiativeId),
    queryFn: ({ signal }) => fetchAllPages(initiativePath(initiativeId, '/meeting-series'), meetingSeries, { signal }),
    select: (data) => data.items,
  });

export const openActionItemsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: meetingFeatureKeys.openActions(initiativeId),
    queryFn: ({ signal }) =>
      fetchAllPages(initiativePath(initiativeId, '/action-items'), actionItemListItem, { query: { open: 'true' }, signal }),
    select: (data) => data.items,
  });

function useMeetingWrite<V, R>(initiativeId: string, write: (value: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    // Meetings show on the overview, the actor page and the year view too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['initiative', initiativeId] }),
  });
}

const path = (initiativeId: string, p: string) => initiativePath(initiativeId, p);

export const useSaveSeries = (id: string) =>
  useMeetingWrite(id, ({ seriesId, values }: { seriesId?: string; values: MeetingSeriesInput | MeetingSeriesPatch }) =>
    api(path(id, seriesId ? `/meeting-series/${seriesId}` : '/meeting-series'), { method: seriesId ? 'PATCH' : 'POST', body: values, schema: meetingSeries }),
  );
export const useDeleteSeries = (id: string) => useMeetingWrite(id, (seriesId: string) => api(path(id, `/meeting-series/${seriesId}`), { method: 'DELETE' }));
export const useCreateFromSeries = (id: string) =>
  useMeetingWrite(id, (seriesId: string) => api(path(id, `/meeting-series/${seriesId}/meetings`), { method: 'POST', body: {}, schema: meeting }));

export const useSaveMeeting = (id: string) =>
  useMeetingWrite(id, ({ meetingId, values }: { meetingId?: string; values: MeetingInput | MeetingPatch }) =>
    api(path(id, meetingId ? `/meetings/${meetingId}` : '/meetings'), { method: meetingId ? 'PATCH' : 'POST', body: values, schema: meeting }),
  );
export const useDeleteMeeting = (id: string) => useMeetingWrite(id, (meetingId: string) => api(path(id, `/meetings/${meetingId}`), { method: 'DELETE' }));

export const useSaveAttendance = (id: string, meetingId: string) =>
  useMeetingWrite(id, (input: AttendanceInput) => api(path(id, `/meetings/${meetingId}/attendance`), { method: 'PUT', body: input, schema: listOf(attendance) }));

export const useAddDecision = (id: string, meetingId: string) =>
  useMeetingWrite(id, (text: string) => api(path(id, `/meetings/${meetingId}/decisions`), { method: 'POST', body: { text }, schema: decision }));
export const useDeleteDecision = (id: string, meetingId: string) =>
  useMeetingWrite(id, (decisionId: string) => api(path(id, `/meetings/${meetingId}/decisions/${decisionId}`), { method: 'DELETE' }));

export const useAddActionItem = (id: string, meetingId: string) =>
  useMeetingWrite(id, (input: ActionItemInput) => api(path(id, `/meetings/${meetingId}/action-items`), { method: 'POST', body: input, schema: actionItem }));
export const useUpdateActionItem = (id: string) =>
  useMeetingWrite(id, ({ meetingId, actionItemId, patch }: { meetingId: string; actionItemId: string; patch: ActionItemPatch }) =>
    api(path(id, `/meetings/${meetingId}/action-items/${actionItemId}`), { method: 'PATCH', body: patch, schema: actionItem }),
  );
export const useDeleteActionItem = (id: string, meetingId: string) =>
  useMeetingWrite(id, (actionItemId: string) => api(path(id, `/meetings/${meetingId}/action-items/${actionItemId}`), { method: 'DELETE' }));

