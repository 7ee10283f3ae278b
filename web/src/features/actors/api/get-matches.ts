import { queryOptions, useQuery } from '@tanstack/react-query';
import { needMatches } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { actorKeys } from '../../../lib/query-keys';

/** Needs meet competences: for each need, the other actors offering a matching competence. */
export const getNeedMatches = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/actors/matches'), { schema: needMatches, signal });

// Under actorKeys.all, so a changed profile (which invalidates that key) refreshes the suggestions.
export const needMatchesQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: [...actorKeys.all(initiativeId), 'matches'] as const,
    queryFn: ({ signal }) => getNeedMatches(initiativeId, signal),
    select: (data) => data.items,
  });

export const useNeedMatches = (initiativeId: string) => useQuery(needMatchesQueryOptions(initiativeId));
