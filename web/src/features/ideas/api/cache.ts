// An answer that carries the idea as it now is (after a vote) goes straight into every list and the
// idea's page on screen, so the count changes at once; the lists are then read again for their order.
import type { QueryClient } from '@tanstack/react-query';
import type { Idea, IdeaDetail } from '@ci/shared';
import { ideaKeys } from '../../../lib/query-keys';

export function putIdea(queryClient: QueryClient, initiativeId: string, idea: Idea) {
  queryClient.setQueriesData<{ items: Idea[] }>({ queryKey: [...ideaKeys.all(initiativeId), 'list'] }, (list) =>
    list ? { ...list, items: list.items.map((i) => (i.id === idea.id ? idea : i)) } : list,
  );
  queryClient.setQueryData<IdeaDetail>(ideaKeys.detail(initiativeId, idea.id), (detail) => (detail ? { ...detail, ...idea } : detail));
}
