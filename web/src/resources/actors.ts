import { queryOptions } from '@tanstack/react-query';
import { actor, type ActorListQuery } from '@ci/shared';
import { initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { actorKeys } from '../lib/query-keys';

export const getActors = (initiativeId: string, query: Omit<ActorListQuery, 'limit' | 'cursor'> = {}, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/actors'), actor, { query: { ...query }, signal });

/** Every actor of the initiative (names for charts and tables). */
export const actorsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: actorKeys.list(initiativeId),
    queryFn: ({ signal }) => getActors(initiativeId, {}, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
