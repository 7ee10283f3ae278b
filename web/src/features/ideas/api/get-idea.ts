import { queryOptions, useQuery } from '@tanstack/react-query';
import { ideaDetail } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { ideaKeys } from '../../../lib/query-keys';

export const getIdea = (initiativeId: string, ideaId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, `/ideas/${ideaId}`), { schema: ideaDetail, signal });

/** One idea with its decisions (oldest first) and the meetings that have it on their agenda. */
export const ideaQueryOptions = (initiativeId: string, ideaId: string) =>
  queryOptions({
    queryKey: ideaKeys.detail(initiativeId, ideaId),
    queryFn: ({ signal }) => getIdea(initiativeId, ideaId, signal),
  });

export const useIdea = (initiativeId: string, ideaId: string) => useQuery(ideaQueryOptions(initiativeId, ideaId));
