import { queryOptions, useQuery } from '@tanstack/react-query';
import { actor } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { actorKeys } from '../../../lib/query-keys';

export const getActor = (initiativeId: string, actorId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/actors/${actorId}`), { schema: actor, signal });

export const actorQueryOptions = (initiativeId: string, actorId: string) =>
  queryOptions({
    queryKey: actorKeys.detail(initiativeId, actorId),
    queryFn: ({ signal }) => getActor(initiativeId, actorId, signal),
  });

export const useActor = (initiativeId: string, actorId: string) => useQuery(actorQueryOptions(initiativeId, actorId));
