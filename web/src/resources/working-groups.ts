import { queryOptions } from '@tanstack/react-query';
import { workingGroup } from '@ci/shared';
import { initiativePath } from '../lib/api';
import { fetchAllPages } from '../lib/pages';

export const workingGroupKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'working-groups'] as const,
};

export const getWorkingGroups = (initiativeId: string, signal?: AbortSignal) =>
  fetchAllPages(initiativePath(initiativeId, '/working-groups'), workingGroup, { signal });

export const workingGroupsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: workingGroupKeys.list(initiativeId),
    queryFn: ({ signal }) => getWorkingGroups(initiativeId, signal),
    select: (data) => data.items,
  });
