// The ideas list, read by the ideas screens, the meeting agenda and the quarterly meeting deck.
import { queryOptions } from '@tanstack/react-query';
import { idea, listOf, type IdeaListQuery } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { ideaKeys } from '../lib/query-keys';

export type IdeasQuery = Pick<IdeaListQuery, 'sort' | 'status' | 'open' | 'goalId'>;

export const getIdeas = (initiativeId: string, query: IdeasQuery = {}, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/ideas'), { query: { ...query }, schema: listOf(idea), signal });

/** Ideas as the server filters and orders them (by support unless `sort` says otherwise). */
export const ideasQueryOptions = (initiativeId: string, query: IdeasQuery = {}) =>
  queryOptions({
    queryKey: ideaKeys.list(initiativeId, { ...query }),
    queryFn: ({ signal }) => getIdeas(initiativeId, query, signal),
    select: (data) => data.items,
  });
