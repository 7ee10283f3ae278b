import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@ci/shared';
import { api } from '../../../lib/api';
import { authKeys } from '../../../lib/query-keys';

/** Every other sign-in of the user ends; this one goes on. */
export const changePassword = (body: ChangePasswordBody) => api('/me/password', { method: 'POST', body });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // `mustChangePassword` is cleared on the server: ask again rather than guess.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
}
