import { queryOptions, useQuery } from '@tanstack/react-query';
import { attendancePeriod, listOf } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { meetingKeys } from '../../../lib/query-keys';

/** The actor's meeting attendance per quarter, counted by the server over the meetings held. */
export const getAttendance = (initiativeId: string, actorId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/actors/${actorId}/attendance`), { schema: listOf(attendancePeriod), signal });

export const attendanceQueryOptions = (initiativeId: string, actorId: string) =>
  queryOptions({
    queryKey: meetingKeys.attendance(initiativeId, actorId),
    queryFn: ({ signal }) => getAttendance(initiativeId, actorId, signal),
    select: (data) => data.items,
  });

export const useAttendance = (initiativeId: string, actorId: string) => useQuery(attendanceQueryOptions(initiativeId, actorId));
