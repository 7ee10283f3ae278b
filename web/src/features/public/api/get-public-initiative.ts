// The public view needs no sign-in: the server answers only for initiatives that have switched it on.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { publicInitiative, type CsvSeparator } from '@ci/shared';
import { api, apiUrl } from '../../../lib/api';

export const publicKeys = {
  initiative: (initiativeId: string) => ['public', initiativeId] as const,
};

export const getPublicInitiative = (initiativeId: string, signal?: AbortSignal) =>
  api(`/public/initiatives/${encodeURIComponent(initiativeId)}`, { schema: publicInitiative, signal });

export const publicInitiativeQueryOptions = (initiativeId: string) =>
  queryOptions({
    queryKey: publicKeys.initiative(initiativeId),
    queryFn: ({ signal }) => getPublicInitiative(initiativeId, signal),
    staleTime: 5 * 60_000,
  });

export const usePublicInitiative = (initiativeId: string) => useQuery(publicInitiativeQueryOptions(initiativeId));

/** The published aggregates as CSV, with the same figures withheld. */
export const publicCsvUrl = (initiativeId: string, separator: CsvSeparator) =>
  apiUrl(`/public/initiatives/${encodeURIComponent(initiativeId)}/measurements.csv`, { separator });
