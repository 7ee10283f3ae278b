import { queryOptions, useQuery } from '@tanstack/react-query';
import { competenceSummary } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { actorKeys } from '../../../lib/query-keys';

export const getCompetences = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/actors/competences'), { schema: competenceSummary, signal });

export const competencesQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: [...actorKeys.all(initiativeId), 'competences'] as const,
    queryFn: ({ signal }) => getCompetences(initiativeId, signal),
  });

export const useCompetences = (initiativeId: string) => useQuery(competencesQueryOptions(initiativeId));
