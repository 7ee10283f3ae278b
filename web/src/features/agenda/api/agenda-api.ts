// Every write of the agenda editor: the initiative's vision, goals (with their order),
// indicators, actors and working groups. Each mutation refreshes what it may have changed.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  actor,
  goal,
  indicator,
  initiative,
  initiativePatch,
  listOf,
  workingGroup,
  type ActorInput,
  type ActorPatch,
  type GoalInput,
  type GoalPatch,
  type IndicatorInput,
  type IndicatorPatch,
  type WorkingGroupInput,
  type WorkingGroupPatch,
} from '@ci/shared';
import type { z } from 'zod';
import { api, initiativePath } from '../../../lib/api';
import { fetchAllPages } from '../../../lib/pages';
import { initiativeKeys } from '../../../lib/query-keys';

export const agendaKeys = {
  indicators: (initiativeId: string) => ['initiative', initiativeId, 'indicators', 'all-with-archived'] as const,
};

/** Current and archived indicators: the editor is where archived ones are brought back. */
export const allIndicatorsQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: agendaKeys.indicators(initiativeId),
    queryFn: ({ signal }) =>
      fetchAllPages(initiativePath(initiativeId, '/indicators'), indicator, { query: { includeArchived: 'true' }, signal }),
    select: (data) => data.items,
  });

/** Most of the initiative's screens read these resources: refresh them all after a change. */
function useRefresh(initiativeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: initiativeKeys.scope(initiativeId) });
}

function useWrite<V, R>(initiativeId: string, write: (value: V) => Promise<R>) {
  const refresh = useRefresh(initiativeId);
  return useMutation({ mutationFn: write, onSuccess: refresh });
}

type Schema = z.ZodType;
const send = <S extends Schema>(initiativeId: string, path: string, method: 'POST' | 'PATCH' | 'PUT', body: unknown, schema: S) =>
  api(initiativePath(initiativeId, path), { method, body, schema });
const remove = (initiativeId: string, path: string) => api(initiativePath(initiativeId, path), { method: 'DELETE' });

export const useUpdateInitiative = (id: string) =>
  useWrite(id, (patch: z.input<typeof initiativePatch>) => send(id, '', 'PATCH', patch, initiative));

export const useSaveGoal = (id: string) =>
  useWrite(id, ({ goalId, values }: { goalId?: string; values: GoalInput | GoalPatch }) =>
    goalId ? send(id, `/goals/${goalId}`, 'PATCH', values, goal) : send(id, '/goals', 'POST', values, goal),
  );
export const useDeleteGoal = (id: string) => useWrite(id, (goalId: string) => remove(id, `/goals/${goalId}`));
export const useOrderGoals = (id: string) => useWrite(id, (ids: string[]) => send(id, '/goals/order', 'PUT', { ids }, listOf(goal)));

export const useSaveIndicator = (id: string) =>
  useWrite(id, ({ indicatorId, values }: { indicatorId?: string; values: IndicatorInput | IndicatorPatch }) =>
    indicatorId ? send(id, `/indicators/${indicatorId}`, 'PATCH', values, indicator) : send(id, '/indicators', 'POST', values, indicator),
  );
export const useDeleteIndicator = (id: string) => useWrite(id, (indicatorId: string) => remove(id, `/indicators/${indicatorId}`));

export const useSaveActor = (id: string) =>
  useWrite(id, ({ actorId, values }: { actorId?: string; values: ActorInput | ActorPatch }) =>
    actorId ? send(id, `/actors/${actorId}`, 'PATCH', values, actor) : send(id, '/actors', 'POST', values, actor),
  );
export const useDeleteActor = (id: string) => useWrite(id, (actorId: string) => remove(id, `/actors/${actorId}`));

export const useSaveWorkingGroup = (id: string) =>
  useWrite(id, ({ groupId, values }: { groupId?: string; values: WorkingGroupInput | WorkingGroupPatch }) =>
    groupId ? send(id, `/working-groups/${groupId}`, 'PATCH', values, workingGroup) : send(id, '/working-groups', 'POST', values, workingGroup),
  );
export const useDeleteWorkingGroup = (id: string) => useWrite(id, (groupId: string) => remove(id, `/working-groups/${groupId}`));
