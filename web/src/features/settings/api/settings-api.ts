// The writes of this feature: the initiative's settings, and a new initiative.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { initiative, type InitiativeInput, type InitiativePatch } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { authKeys, initiativeKeys } from '../../../lib/query-keys';

/** Saves changed settings; every screen of the initiative may show them (locks, approval), so all of it is refreshed. */
export function useSaveSettings(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: InitiativePatch) => api(initiativePath(initiativeId), { method: 'PATCH', body: patch, schema: initiative }),
    onSuccess: (saved) => {
      queryClient.setQueryData(initiativeKeys.detail(initiativeId), saved);
      return queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) });
    },
  });
}

/** Creates an initiative (the caller becomes its admin) and waits for the new membership to be known. */
export function useCreateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InitiativeInput) => api('/initiatives', { method: 'POST', body: input, schema: initiative }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: authKeys.me() });
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all() });
    },
  });
}
