import { queryOptions } from '@tanstack/react-query';
import { todoResponse } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';

// Under the initiative's scope, so saving or reviewing values (which invalidates the scope) refreshes it.
export const todoKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'todo'] as const,
};

export const getTodo = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/todo'), { schema: todoResponse, signal });

export const todoQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: todoKeys.list(initiativeId),
    queryFn: ({ signal }) => getTodo(initiativeId, signal),
  });
