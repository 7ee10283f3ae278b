import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idea } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { ideaKeys } from '../../../lib/query-keys';
import { putIdea } from './cache';

export interface Vote {
  ideaId: string;
  /** The organisation whose support is given or withdrawn: one vote per organisation. */
  actorId: string;
  support: boolean;
  /** The meeting at which the organisation gave it, when the backbone records it. */
  meetingId?: string | null;
}

export function useVote(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, actorId, support, meetingId }: Vote) =>
      api(initiativePath(initiativeId, `/ideas/${ideaId}/votes/${actorId}`), {
        method: support ? 'PUT' : 'DELETE',
        body: support && meetingId ? { meetingId } : undefined,
        schema: idea,
      }),
    onSuccess: (saved) => {
      putIdea(queryClient, initiativeId, saved);
      return queryClient.invalidateQueries({ queryKey: ideaKeys.all(initiativeId) });
    },
  });
}
