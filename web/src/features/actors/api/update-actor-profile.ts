import { useMutation, useQueryClient } from '@tanstack/react-query';
import { actor, type ActorProfilePatch } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { actorKeys } from '../../../lib/query-keys';

/** The profile fields a partner may change on its own actor (editors may change them too). */
export const updateActorProfile = (initiativeId: string, actorId: string, patch: ActorProfilePatch) =>
  api(initiativePath(initiativeId, `/actors/${actorId}`), { method: 'PATCH', body: patch, schema: actor });

export function useUpdateActorProfile(initiativeId: string, actorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ActorProfilePatch) => updateActorProfile(initiativeId, actorId, patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(actorKeys.detail(initiativeId, actorId), updated);
      return queryClient.invalidateQueries({ queryKey: actorKeys.all(initiativeId) });
    },
  });
}
