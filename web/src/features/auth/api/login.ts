import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loginResponse } from '@ci/shared';
import { api } from '../../../lib/api';
import { meQueryOptions } from './get-me';

export interface LoginInput {
  email: string;
  password: string;
}

export const login = (input: LoginInput) => api('/auth/login', { method: 'POST', body: input, schema: loginResponse });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async () => {
      // The cookie is set; anything cached belonged to whoever was signed in before.
      queryClient.removeQueries();
      await queryClient.fetchQuery(meQueryOptions());
    },
  });
}
