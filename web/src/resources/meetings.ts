import { queryOptions } from '@tanstack/react-query';
import { meeting, meetingListItem, type MeetingListQuery } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { meetingKeys } from '../lib/query-keys';

type MeetingFilter = Pick<MeetingListQuery, 'indicatorId' | 'actorId'>;

export const getMeetings = (initiativeId: string, filter: MeetingFilter = {}, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/meetings'), meetingListItem, { query: { ...filter }, signal });

/** Meetings in time order, filtered by the server (e.g. those whose agenda took up an indicator). */
export const meetingsQueryOptions = (initiativeId: string, filter: MeetingFilter = {}) =>
  queryOptions({
    queryKey: meetingKeys.list(initiativeId, { ...filter }),
    queryFn: ({ signal }) => getMeetings(initiativeId, filter, signal),
    select: (data) => data.items,
  });

export const getMeeting = (initiativeId: string, meetingId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/meetings/${meetingId}`), { schema: meeting, signal });

export const meetingQueryOptions = (initiativeId: string, meetingId: string) =>
  queryOptions({
    queryKey: meetingKeys.detail(initiativeId, meetingId),
    queryFn: ({ signal }) => getMeeting(initiativeId, meetingId, signal),
    staleTime: 5 * 60_000,
  });
