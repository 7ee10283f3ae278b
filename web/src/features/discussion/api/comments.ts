import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { comment, commentCounts, type CommentCounts, type CommentInput } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';
import { commentKeys, type CellRef } from '../../../lib/query-keys';

export const threadQueryOptions = (initiativeId: string, thread: CellRef) =>
  queryOptions({
    queryKey: commentKeys.thread(initiativeId, { indicatorId: thread.indicatorId, actorId: thread.actorId, period: thread.period }),
    queryFn: ({ signal }) =>
      fetchAllPages(initiativePath(initiativeId, '/comments'), comment, {
        query: { indicatorId: thread.indicatorId, actorId: thread.actorId, period: thread.period },
        signal,
      }),
    select: (data) => data.items,
  });

export const useThread = (initiativeId: string, thread: CellRef, enabled = true) => useQuery({ ...threadQueryOptions(initiativeId, thread), enabled });

/** Comment counts per thread, for badges: one request for a whole period or indicator. */
export const commentCountsQueryOptions = (initiativeId: string, filter: { period?: string; indicatorId?: string }) =>
  queryOptions({
    queryKey: commentKeys.counts(initiativeId, filter),
    queryFn: ({ signal }) => api(initiativePath(initiativeId, '/comments/counts'), { query: filter, schema: commentCounts, signal }),
    select: countsByThread,
  });

/** Module-level, so the map is made once per answer (an inline function would make one per render). */
function countsByThread(data: CommentCounts): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const row of data.items) counts.set(threadKey(row), row.count);
  return counts;
}

/** The key of a thread in the counts map. */
export const threadKey = (t: { indicatorId: string; actorId: string | null; period: string }) => `${t.indicatorId}|${t.actorId ?? ''}|${t.period}`;

export const useCommentCounts = (initiativeId: string, filter: { period?: string; indicatorId?: string }, enabled = true) =>
  useQuery({ ...commentCountsQueryOptions(initiativeId, filter), enabled });

type Write = { kind: 'create'; input: CommentInput } | { kind: 'edit'; id: string; text: string } | { kind: 'delete'; id: string };

function write(initiativeId: string, w: Write) {
  if (w.kind === 'create') return api(initiativePath(initiativeId, '/comments'), { method: 'POST', body: w.input, schema: comment });
  if (w.kind === 'edit') return api(initiativePath(initiativeId, `/comments/${w.id}`), { method: 'PATCH', body: { text: w.text }, schema: comment });
  return api(initiativePath(initiativeId, `/comments/${w.id}`), { method: 'DELETE' });
}

/** Writing, editing and deleting comments; threads and counts on screen are refreshed after each. */
export function useCommentWrite(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: Write) => write(initiativeId, w),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.all(initiativeId) }),
  });
}
