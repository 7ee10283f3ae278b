import { useMutation, useQueryClient } from '@tanstack/react-query';
import { narrative, type NarrativeInput } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { narrativeKeys } from '../../../lib/query-keys';

export interface NarrativeDraft {
  /** Present when an existing narrative is edited. */
  id?: string;
  period: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
}

export const saveNarrative = (initiativeId: string, indicatorId: string, draft: NarrativeDraft) => {
  const { id, ...fields } = draft;
  if (id) return api(initiativePath(initiativeId, `/narratives/${id}`), { method: 'PATCH', body: fields, schema: narrative });
  const body: NarrativeInput = { indicatorId, ...fields };
  return api(initiativePath(initiativeId, '/narratives'), { method: 'POST', body, schema: narrative });
};

export function useSaveNarrative(initiativeId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: NarrativeDraft) => saveNarrative(initiativeId, indicatorId, draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: narrativeKeys.list(initiativeId, indicatorId) }),
  });
}
