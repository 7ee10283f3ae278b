import { queryOptions } from '@tanstack/react-query';
import { initiative } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { initiativeKeys } from '../lib/query-keys';

export const getInitiative = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId), { schema: initiative, signal });

/** The initiative itself: vision, settings (approval, locked periods, reporting deadline). */
export const initiativeQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: initiativeKeys.detail(initiativeId),
    queryFn: ({ signal }) => getInitiative(initiativeId, signal),
  });
