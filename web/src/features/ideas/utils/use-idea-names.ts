import { useQuery } from '@tanstack/react-query';
import { useInitiative } from '../../../lib/initiative';
import { actorsQueryOptions } from '../../../resources/actors';
import { goalsQueryOptions } from '../../../resources/goals';

/** Names of organisations and goals, and the organisations the caller speaks for (with names). */
export function useIdeaNames(initiativeId: string) {
  const { actorIds } = useInitiative();
  const actors = useQuery(actorsQueryOptions(initiativeId));
  const goals = useQuery(goalsQueryOptions(initiativeId));
  const actorList = actors.data ?? [];
  return {
    actors: actorList,
    actorsReady: actors.isSuccess,
    goals: goals.data ?? [],
    goal: (id: string) => goals.data?.find((g) => g.id === id)?.title ?? null,
    ownActors: actorIds.flatMap((id) => {
      const actor = actorList.find((a) => a.id === id);
      return actor ? [{ id, name: actor.name }] : [];
    }),
  };
}

export type IdeaNames = ReturnType<typeof useIdeaNames>;
