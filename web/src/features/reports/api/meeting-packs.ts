// Meeting packs: the report PDF frozen for one meeting, so the minutes always refer to the figures
// that were shown, whatever is corrected later.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meetingPack, type MeetingPack, type MeetingPackInput } from '@ci/shared';
import { api, apiUrl, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';
import { reportKeys } from './keys';

export const getMeetingPacks = (initiativeId: string, meetingId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, `/meetings/${meetingId}/packs`), meetingPack, { signal });

export const meetingPacksQueryOptions = (initiativeId: string, meetingId: string) =>
  queryOptions({
    queryKey: reportKeys.packs(initiativeId, meetingId),
    queryFn: ({ signal }) => getMeetingPacks(initiativeId, meetingId, signal),
    select: (data) => data.items,
  });

export const useMeetingPacks = (initiativeId: string, meetingId: string) => useQuery(meetingPacksQueryOptions(initiativeId, meetingId));

export const createMeetingPack = (initiativeId: string, meetingId: string, input: MeetingPackInput) =>
  api(initiativePath(initiativeId, `/meetings/${meetingId}/packs`), { method: 'POST', body: input, schema: meetingPack });

export function useCreateMeetingPack(initiativeId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingPackInput) => createMeetingPack(initiativeId, meetingId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.packs(initiativeId, meetingId) }),
  });
}

export const meetingPackFileUrl = (initiativeId: string, pack: Pick<MeetingPack, 'id' | 'meetingId'>) =>
  apiUrl(initiativePath(initiativeId, `/meetings/${pack.meetingId}/packs/${pack.id}.pdf`));
