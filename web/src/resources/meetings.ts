import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { meeting, meetingListItem, type Meeting, type MeetingListItem } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { meetingKeys } from '../lib/query-keys';

export const getMeetings = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/meetings'), meetingListItem, { signal });

export const meetingsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: meetingKeys.list(initiativeId),
    queryFn: ({ signal }) => getMeetings(initiativeId, signal),
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

export interface MeetingDetails {
  /** Every meeting in the list; details only for those `needsDetail` picked. */
  list: MeetingListItem[];
  details: Meeting[];
  isPending: boolean;
  error: unknown;
}

/**
 * The meeting list, plus the full record of the meetings that matter to a screen. The list only
 * carries counts, so agendas and attendance come from each meeting; `needsDetail` keeps that to
 * the meetings that have any (and each record is cached for every screen that reads it).
 */
export function useMeetingDetails(initiativeId: string, needsDetail: (m: MeetingListItem) => boolean): MeetingDetails {
  const list = useQuery(meetingsQueryOptions(initiativeId));
  const wanted = (list.data ?? []).filter(needsDetail);
  const details = useQueries({ queries: wanted.map((m) => meetingQueryOptions(initiativeId, m.id)) });
  return {
    list: list.data ?? [],
    details: details.flatMap((d) => (d.data ? [d.data] : [])),
    isPending: list.isPending || details.some((d) => d.isPending),
    error: list.error ?? details.find((d) => d.error)?.error ?? null,
  };
}
