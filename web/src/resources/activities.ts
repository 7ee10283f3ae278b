import { queryOptions } from '@tanstack/react-query';
import { activity, type ActivityListQuery } from '@ci/shared';
import { initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';
import { activityKeys } from '../lib/query-keys';

export const getActivities = (initiativeId: string, query: Omit<ActivityListQuery, 'limit' | 'cursor'>, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/activities'), activity, { query: { ...query }, signal });

/** Activities, filtered by the server (e.g. those an actor leads or joins, or that serve an indicator). */
export const activitiesQueryOptions = (initiativeId: string, query: Pick<ActivityListQuery, 'actorId' | 'indicatorId' | 'goalId'> = {}) =>
  queryOptions({
    queryKey: activityKeys.list(initiativeId, { ...query }),
    queryFn: ({ signal }) => getActivities(initiativeId, query, signal),
    select: (data) => data.items,
  });
