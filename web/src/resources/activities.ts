import { queryOptions } from '@tanstack/react-query';
import { activity, listOf, type ActivityListQuery } from '@ci/shared';
import { api, initiativePath } from '../lib/api';
import { activityKeys } from '../lib/query-keys';

export const getActivities = (initiativeId: string, query: ActivityListQuery, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/activities'), { query: { ...query }, schema: listOf(activity), signal });

/** Activities, filtered by the server (e.g. those an actor leads or joins, or that serve an indicator). */
export const activitiesQueryOptions = (initiativeId: string, query: Pick<ActivityListQuery, 'actorId' | 'indicatorId' | 'goalId'> = {}) =>
  queryOptions({
    queryKey: activityKeys.list(initiativeId, { ...query }),
    queryFn: ({ signal }) => getActivities(initiativeId, query, signal),
    select: (data) => data.items,
  });
