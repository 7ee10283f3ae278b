import { queryOptions } from '@tanstack/react-query';
import { listOf, workingGroup } from '@ci/shared';
import { api, initiativePath } from '../lib/api';

export const workingGroupKeys = {
  list: (initiativeId: string) => ['initiative', initiativeId, 'working-groups'] as const,
};

export const getWorkingGroups = (initiativeId: string, signal?: AbortSignal) =>
  api(initiativePath(initiativeId, '/working-groups'), { schema: listOf(workingGroup), signal });

export const workingGroupsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: workingGroupKeys.list(initiativeId),
    queryFn: ({ signal }) => getWorkingGroups(initiativeId, signal),
    select: (data) => data.items,
  });
