import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { member, memberCreated, passwordReset, type MemberInput, type Role } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';

export const memberKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'members'] as const,
};

export const getMembers = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/members'), member, { signal });

export const membersQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: memberKeys.list(initiativeId),
    queryFn: ({ signal }) => getMembers(initiativeId, signal),
    select: (data) => data.items,
  });

export const addMember = (initiativeId: string, input: MemberInput) =>
  api(initiativePath(initiativeId, '/members'), { method: 'POST', body: input, schema: memberCreated });

export const updateMember = (initiativeId: string, memberId: string, patch: { role?: Role; actorIds?: string[] }) =>
  api(initiativePath(initiativeId, `/members/${memberId}`), { method: 'PATCH', body: patch, schema: member });

export const removeMember = (initiativeId: string, memberId: string) =>
  api(initiativePath(initiativeId, `/members/${memberId}`), { method: 'DELETE' });

function useInvalidate(initiativeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: memberKeys.list(initiativeId) });
}

export function useAddMember(initiativeId: string) {
  const invalidate = useInvalidate(initiativeId);
  return useMutation({ mutationFn: (input: MemberInput) => addMember(initiativeId, input), onSuccess: invalidate });
}

export function useUpdateMember(initiativeId: string) {
  const invalidate = useInvalidate(initiativeId);
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; role?: Role; actorIds?: string[] }) => updateMember(initiativeId, id, patch),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(initiativeId: string) {
  const invalidate = useInvalidate(initiativeId);
  return useMutation({ mutationFn: (id: string) => removeMember(initiativeId, id), onSuccess: invalidate });
}

/** A temporary password for the member, returned once; their sign-ins end. */
export const resetMemberPassword = (initiativeId: string, memberId: string) =>
  api(initiativePath(initiativeId, `/members/${memberId}/password-reset`), { method: 'POST', schema: passwordReset });

export function useResetMemberPassword(initiativeId: string) {
  return useMutation({ mutationFn: (id: string) => resetMemberPassword(initiativeId, id) });
}
