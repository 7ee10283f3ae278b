import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ideaComment, listOf } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { ideaKeys } from '../../../lib/query-keys';

/** The idea's discussion, oldest first; a deleted comment keeps its place without its text. */
export const ideaCommentsQueryOptions = (initiativeId: string, ideaId: string) =>
  queryOptions({
    queryKey: ideaKeys.comments(initiativeId, ideaId),
    queryFn: ({ signal }) => api(initiativePath(initiativeId, `/ideas/${ideaId}/comments`), { schema: listOf(ideaComment), signal }),
    select: (data) => data.items,
  });

export const useIdeaComments = (initiativeId: string, ideaId: string) => useQuery(ideaCommentsQueryOptions(initiativeId, ideaId));

export type CommentWrite = { kind: 'create'; text: string } | { kind: 'edit'; commentId: string; text: string } | { kind: 'delete'; commentId: string };

function write(initiativeId: string, ideaId: string, w: CommentWrite) {
  const base = `/ideas/${ideaId}/comments`;
  if (w.kind === 'create') return api(initiativePath(initiativeId, base), { method: 'POST', body: { text: w.text }, schema: ideaComment });
  if (w.kind === 'edit') return api(initiativePath(initiativeId, `${base}/${w.commentId}`), { method: 'PATCH', body: { text: w.text }, schema: ideaComment });
  return api(initiativePath(initiativeId, `${base}/${w.commentId}`), { method: 'DELETE' });
}

/** Writing, editing and deleting comments; the thread and the comment counts of the idea are read again. */
export function useIdeaCommentWrite(initiativeId: string, ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: CommentWrite) => write(initiativeId, ideaId, w),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaKeys.all(initiativeId) }),
  });
}
