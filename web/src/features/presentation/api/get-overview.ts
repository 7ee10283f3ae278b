// The deck is built from the overview (goals in the agenda's order, their indicators and status).
// Same key as the overview screen, so opening the meeting mode from there draws at once.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { overviewResponse } from '@ci/shared';
import { api, initiativePath } from '../../../lib/api';
import { overviewKeys } from '../../../lib/query-keys';

export const getDeckOverview = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/overview'), { schema: overviewResponse, signal });

export const deckOverviewQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: overviewKeys.detail(initiativeId),
    queryFn: ({ signal }) => getDeckOverview(initiativeId, signal),
  });

export const useDeckOverview = (initiativeId: string) => useQuery(deckOverviewQueryOptions(initiativeId));
