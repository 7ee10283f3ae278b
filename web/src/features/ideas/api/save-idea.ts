import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idea, type IdeaInput, type IdeaPatch } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { initiativeKeys } from '../../../lib/query-keys';

/** Proposing, changing and deleting an idea; the overview counts open ideas, so everything is refreshed. */
export function useCreateIdea(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: IdeaInput) => api(initiativePath(initiativeId, '/ideas'), { method: 'POST', body: values, schema: idea }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

export function useUpdateIdea(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, values }: { ideaId: string; values: IdeaPatch }) =>
      api(initiativePath(initiativeId, `/ideas/${ideaId}`), { method: 'PATCH', body: values, schema: idea }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}

export function useDeleteIdea(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ideaId: string) => api(initiativePath(initiativeId, `/ideas/${ideaId}`), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) }),
  });
}
