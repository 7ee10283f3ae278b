import { queryOptions } from '@tanstack/react-query';
import { actor, listOf, type ActorListQuery } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { actorKeys } from '../lib/query-keys';

export const getActors = (initiativeId: string, query: ActorListQuery = {}, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/actors'), { query: { ...query }, schema: listOf(actor), signal });

/** Every actor of the initiative (names for charts and tables). */
export const actorsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: actorKeys.list(initiativeId),
    queryFn: ({ signal }) => getActors(initiativeId, {}, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
