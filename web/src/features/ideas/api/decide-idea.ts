import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ideaDetail, type IdeaDecisionInput } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { ideaKeys, initiativeKeys } from '../../../lib/query-keys';

/** Moves an idea on; accepting it creates an activity, so activities and the overview are refreshed too. */
export function useDecideIdea(initiativeId: string, ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: IdeaDecisionInput) =>
      api(initiativePath(initiativeId, `/ideas/${ideaId}/decision`), { method: 'POST', body: decision, schema: ideaDetail }),
    onSuccess: (detail) => {
      queryClient.setQueryData(ideaKeys.detail(initiativeId, ideaId), detail);
      return queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) });
    },
  });
}
