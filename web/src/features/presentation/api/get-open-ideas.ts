import { useQuery } from '@tanstack/react-query';
import { ideasQueryOptions } from '../../../resources/ideas';

/** Ideas still waiting for a decision, most supported first (the server's order). */
export const deckIdeasQueryOptions = (initiativeId: string) => ideasQueryOptions(initiativeId, { open: 'true', sort: 'support' });

export const useDeckIdeas = (initiativeId: string) => useQuery(deckIdeasQueryOptions(initiativeId));
